// What the reader looked for on a page, and whether it found it: the raw material of « Ce que
// l'extension a compris » and of the recognition report. Ids and selector names only, never page
// text. A trace is only made when the user asks (readPageTraced): the reads of every page pass no
// trace and pay nothing for it.

/** How the page kind was decided. */
export type KindSource =
  /** The address alone (a confirmed address, or nothing in the page said otherwise). */
  | 'address'
  /** A heading whose text names the page ("Mes habilitations"). */
  | 'heading'
  /** A row of tabs ("Informations générales" and "Unités de soins"). */
  | 'tabs'
  /** The login form's fields. */
  | 'login-form';

/** Each thing the reader looks for, on the page kinds where it looks for it. */
export type SignalId =
  /** The application's top banner (the only place names are read). */
  | 'banner'
  /** The current structure's name in the banner. */
  | 'structure-name'
  /** The current unit's name in the banner. */
  | 'unit-name'
  /** A logout control (says the user is logged in). */
  | 'logout'
  /** Account page: the « Mes habilitations » heading or tab. */
  | 'account-heading'
  /** Account page: the habilitations table (a table with a habilitation column), or its empty message. */
  | 'habilitations-table'
  /** Establishment fiche: the « Unités de soins » heading or tab. */
  | 'units-heading'
  /** Establishment fiche: the « Informations générales » tab. */
  | 'general-information-tab'
  /** Establishment fiche: the rendered content of the units section. */
  | 'units-section'
  /** Establishment fiche: a table or list of units, or the message that there is none. */
  | 'units-list'
  /** Establishment fiche: its title (compared with the banner's structure, a yes/no). */
  | 'establishment-title'
  /** Login page: the user-name and password fields. */
  | 'login-form';

export interface Signal {
  id: SignalId;
  found: boolean;
  /**
   * Which way of writing it matched, never page text: a tag name ("header", "h2"), a kit's tabs
   * ("role=tab", "ngbNav", "mat-tab", "p-tabview"), a banner pair ("id", "dt/dd", "label",
   * "data-libelle", "span[title]", "th/td", "one-line"), a table or list ("table", "role=table",
   * "role=grid", "mat-table", "cards", "list", "empty-message").
   */
  via?: string;
}

export interface ReadTrace {
  kindSource: KindSource;
  /** In the order the reader looked; one entry per id (a later record of the same id replaces it). */
  signals: Signal[];
}

export function newTrace(): ReadTrace {
  return { kindSource: 'address', signals: [] };
}

/** Records a signal on a trace, if there is one (the ordinary reads pass none). */
export function record(trace: ReadTrace | undefined, id: SignalId, found: boolean, via?: string): void {
  if (trace === undefined) return;
  const signal: Signal = via === undefined ? { id, found } : { id, found, via };
  const index = trace.signals.findIndex((candidate) => candidate.id === id);
  if (index >= 0) trace.signals[index] = signal;
  else trace.signals.push(signal);
}

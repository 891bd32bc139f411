// What the reader looked for on a page, and whether it found it: the raw material of « Ce que
// l'extension a compris » and of the recognition report. Derived from the reader's results
// (traceOf), never recorded along the way; ids and closed "via" values only, never page text.

import type { BannerVia } from './banner';
import type { TableVia } from './tables';
import type { HeadingVia } from './tabs';

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

/** Which element served as the app's top banner. */
export type BannerTag = 'header' | 'nav' | 'role=banner';

/** Each thing the reader looks for, in the order it looks, on the page kinds where it looks for it. */
export const SIGNAL_IDS = [
  /** A logout control (says the user is logged in). */
  'logout',
  /** Login page: the user-name and password fields. */
  'login-form',
  /** The application's top banner (the only place the structure and unit are looked for). */
  'banner',
  /** The current structure's name in the banner (seen, never kept). */
  'structure-name',
  /** The current unit's name in the banner (seen, never kept). */
  'unit-name',
  /** Account page: the « Mes habilitations » heading or tab. */
  'account-heading',
  /** Account page: the habilitations table (a table with a habilitation column), or its empty message. */
  'habilitations-table',
  /** Establishment fiche: the « Unités de soins » heading or tab. */
  'units-heading',
  /** Establishment fiche: the « Informations générales » tab. */
  'general-information-tab',
  /** Establishment fiche: the rendered content of the units section. */
  'units-section',
  /** Establishment fiche: a table or list of units, or the message that there is none. */
  'units-list',
  /** Establishment fiche: its title (compared with the banner's structure, a yes/no). */
  'establishment-title',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** Which way of writing matched: values of the recognisers' own sets, never page text. */
export type Via = BannerTag | BannerVia | HeadingVia | TableVia;

export interface Signal {
  id: SignalId;
  found: boolean;
  via?: Via;
}

/** What one read looked for: a signal per id looked for on this page, by id. */
export type Findings = Partial<Record<SignalId, { found: boolean; via?: Via | undefined }>>;

export interface ReadTrace {
  kindSource: KindSource;
  /** In the order the reader looks (SIGNAL_IDS); one entry per id looked for. */
  signals: Signal[];
}

/** The trace of one read, from its findings. */
export function traceOf(kindSource: KindSource, findings: Findings): ReadTrace {
  const signals: Signal[] = [];
  for (const id of SIGNAL_IDS) {
    const finding = findings[id];
    if (finding === undefined) continue;
    signals.push(
      finding.via === undefined
        ? { id, found: finding.found }
        : { id, found: finding.found, via: finding.via },
    );
  }
  return { kindSource, signals };
}

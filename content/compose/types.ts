// The shapes the composer's modules share (a draft, its référents, the page's names), in a module of
// their own: forms.ts, drafts.ts and prefill.ts each use them, and none needs another for its types.

/** A ViaTrajectoire référent, as the guide asks: nom, prénom, mail, fonction dans l'établissement. */
export interface Referent {
  lastName: string;
  firstName: string;
  email: string;
  role: string;
}

/** One form's draft: its fields by id, and its référents rows (empty for forms without them). */
export interface Draft {
  values: Record<string, string>;
  referents: Referent[];
}

/** What the page showed, to pre-fill the composer's empty fields. */
export interface Prefill {
  structureName?: string;
  unitName?: string;
}

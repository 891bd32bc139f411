// The shapes the composer's modules share (a draft, its référents), in a module of their own:
// forms.ts and drafts.ts each use them, and neither needs the other for its types.

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

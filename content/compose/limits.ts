// How long a composer field may be, by kind: its input's maxlength, the hint that says so, and the
// bound of a stored draft's value (a longer stored value is cut to it, never dropped). Pure.

// The length of a structure's or unit's name as the user types it: the composer's name fields
// (« Mes coordonnées » included) and the organisation's policy hold no more.

/** Characters of a name kept, in UTF-16 code units as an input's maxlength counts them. */
export const MAX_NAME_LENGTH = 120;

/** Characters, counted as the browser counts them for maxlength (UTF-16 code units). */
export const MAX_LENGTH = {
  /** A name (a person's, a structure's, a unit's) or a function. */
  text: MAX_NAME_LENGTH,
  /** Free text: a postal address, a unit's activity. */
  longText: 500,
  /** One e-mail address (RFC 5321's limit). */
  email: 254,
  /** A few addresses, separated by commas. */
  emails: 1000,
  /** A FINESS number: 9 characters, with room for the spaces people type. */
  finess: 20,
  /** A list's choice (an option's value). */
  select: 64,
} as const;

/** The kinds of composer fields: each one has its length above. */
export type FieldKind = keyof typeof MAX_LENGTH;

/** The most référents rows a form offers, and a stored draft keeps. */
export const MAX_REFERENTS = 10;

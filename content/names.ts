// The length of a structure's or unit's name as the user types it: the composer's name fields
// (« Mes coordonnées » included) and the organisation's policy hold no more.

/** Characters of a name kept, in UTF-16 code units as an input's maxlength counts them. */
export const MAX_NAME_LENGTH = 120;

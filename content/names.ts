// The length of a structure's or unit's name: the reader cuts the banner's names to it, and the
// composer's name fields (« Mes coordonnées » included) hold no more.

/** Characters of a name kept, in UTF-16 code units as an input's maxlength counts them: chrome text, never a document. */
export const MAX_NAME_LENGTH = 120;

/** The name cut to MAX_NAME_LENGTH, never in the middle of a character (a surrogate pair). */
export function capName(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  const cut = name.slice(0, MAX_NAME_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

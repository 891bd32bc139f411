// Labels on ViaTrajectoire vary in case, accents and spacing across screens and versions:
// compare them through one normalisation so "Équipe Soignante" and "EQUIPE  SOIGNANTE" are one label.

/**
 * The combining marks that Latin letters decompose into (NFD): U+0300 to U+036F. Not `\p{M}`,
 * whose class costs about 0.6 ms to build on each page, for marks no French label carries.
 */
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, accents removed (NFD, combining marks dropped), white space runs (NBSP included) as one space, trimmed. */
export function normalizeLabel(s: string): string {
  return s.normalize('NFD').replace(LATIN_COMBINING_MARKS, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** normalizeLabel, then punctuation as spaces: for finding a label as a phrase inside a longer cell. */
export function labelWords(s: string): string {
  return normalizeLabel(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const normalizedCache = new WeakMap<readonly string[], readonly string[]>();

/** The label lists are constants (content/viatrajectoire/selectors): each is normalised once. */
function normalizedLabels(labels: readonly string[]): readonly string[] {
  let normalized = normalizedCache.get(labels);
  if (normalized === undefined) {
    normalized = labels.map(normalizeLabel);
    normalizedCache.set(labels, normalized);
  }
  return normalized;
}

/** normalizeLabel without a trailing colon ("Unité :" is the label "Unité"). */
const withoutColon = (text: string): string => normalizeLabel(text).replace(/\s*:$/u, '');

/**
 * A title: a heading, a tab, a column header or a control's text. The label, its plural, or the
 * label followed by more words ("Unités de soins (3)": tabs show counts). Only for answers that
 * carry no page text (a page kind, a column's position, logged in), never for a label that yields a name.
 */
export function matchesTitle(text: string, labels: readonly string[]): boolean {
  const normalized = withoutColon(text);
  return normalizedLabels(labels).some(
    (label) => normalized === label || normalized === `${label}s` || normalized.startsWith(`${label} `),
  );
}

/**
 * A label whose next element is a name ("Unité :" then the unit's name): exactly the label, a
 * trailing colon allowed. Never a prefix: "Unité d'hospitalisation" or "Structure d'accueil" is
 * another label, and what follows it may be a patient's.
 */
export function matchesNameLabel(text: string, labels: readonly string[]): boolean {
  const normalized = withoutColon(text);
  return normalizedLabels(labels).includes(normalized);
}

/** The start of a message ("Aucune unité de soins n'est rattachée…"): yields a boolean, never text. */
export function startsWithLabel(text: string, labels: readonly string[]): boolean {
  const normalized = normalizeLabel(text);
  return normalizedLabels(labels).some((label) => normalized.startsWith(label));
}

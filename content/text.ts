// Labels on ViaTrajectoire vary in case, accents and spacing across screens and versions:
// compare them through one normalisation so "Équipe Soignante" and "EQUIPE  SOIGNANTE" are one label.

/** Lower case, accents removed (NFD, combining marks dropped), white space runs (NBSP included) as one space, trimmed. */
export function normalizeLabel(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** normalizeLabel, then punctuation as spaces: for finding a label as a phrase inside a longer cell. */
export function labelWords(s: string): string {
  return normalizeLabel(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// The token rule of a recognition report: an id, a class, an attribute value, a custom element's
// name or a path segment is cut into words, numbers and separators; a word is kept only when it is
// in the shipped dictionary (./dictionary), every other word becomes ⟨mot⟩ and every number
// ⟨nombre⟩, separators as written. So "nav-item" stays "nav-item", "row-dupont-12" becomes
// "row-⟨mot⟩-⟨nombre⟩", "rowDupontJean" becomes "row⟨mot⟩⟨mot⟩": the shape a maintainer needs,
// never a word the page wrote that the extension does not ship.
// Masking twice gives the same text (a page made from a report, scripts/fixture.mjs, reports alike).

import { MASKED_ID, MASKED_NUMBER, MASKED_VALUE, MASKED_WORD } from '../lib/report-markers.mjs';
import { isKnownWord } from './dictionary';

const PLACEHOLDERS: readonly string[] = [MASKED_WORD, MASKED_NUMBER, MASKED_ID, MASKED_VALUE];
const PLACEHOLDER = PLACEHOLDERS.join('|');

// One piece at a time: a placeholder already there, a number, a run of ASCII punctuation and white
// space (a separator), or a run of anything else (a word, in any script, with its marks).
const PIECE = new RegExp(
  `(${PLACEHOLDER})|(\\p{N}+)|([\\s!-/:-@[-\`{-~]+)|((?:(?!${PLACEHOLDER})[^\\p{N}\\s!-/:-@[-\`{-~])+)`,
  'gu',
);

// A word's camelCase parts: "MDCTab" is MDC + Tab, "gvHabilitations" gv + Habilitations; anything
// that is neither an upper- nor a lower-case letter makes a part of its own (never in the dictionary).
const PART =
  /\p{Lu}[\p{Lu}\p{M}]*(?=\p{Lu}[\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}[\p{Lu}\p{M}]*|[^\p{Lu}\p{Ll}]+/gu;

/** A word (no digit, no separator) as the report shows it: each camelCase part kept if known, else ⟨mot⟩. */
function maskWord(word: string): string {
  return (word.match(PART) ?? []).map((part) => (isKnownWord(part) ? part : MASKED_WORD)).join('');
}

/** A value under the token rule; nothing the page wrote passes but dictionary words and separators. */
export function maskWords(value: string): string {
  let shown = '';
  for (const [, placeholder, number, separator, word] of value.matchAll(PIECE)) {
    if (placeholder !== undefined) shown += placeholder;
    else if (number !== undefined) shown += MASKED_NUMBER;
    else if (separator !== undefined) shown += separator;
    else if (word !== undefined) shown += maskWord(word);
  }
  return shown;
}

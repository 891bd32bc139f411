// What a recognition report keeps of the page's text and of its text-like attributes: only the
// known labels the reader matches (selectors.ts labelLists); every other non-empty text becomes « … »,
// so a non-empty cell stays non-empty. No name is taken from the reader: none is shown, even masked.

import { reportLabels } from '../text/fr/report';
import { labelWords, normalizeLabel } from '../viatrajectoire/normalize';
import { creatingHabilitationLabels, labelLists } from '../viatrajectoire/selectors';

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const withoutColon = (text: string): string => normalizeLabel(text).replace(/\s*:$/u, '');

// Longest first, so "Unité de soins …" wins over "Unité …".
const KNOWN_LABELS: ReadonlyArray<readonly [label: string, normalized: string]> = Object.values(labelLists)
  .flat()
  .map((label) => [label, normalizeLabel(label)] as const)
  .sort((a, b) => b[1].length - a[1].length);

const CREATING_PHRASES = creatingHabilitationLabels.map(
  (label) => [label, ` ${labelWords(label)} `] as const,
);

/** A known label, its plural, a trailing colon allowed: the page's words are kept as written. */
export function isKnownLabel(text: string): boolean {
  const normalized = withoutColon(text);
  return KNOWN_LABELS.some(([, label]) => normalized === label || normalized === `${label}s`);
}

/** The known label a title starts with ("Unités de soins (2)" gives "Unités de soins"), if any. */
function labelPrefix(text: string): string | undefined {
  const normalized = normalizeLabel(text);
  for (const [label, normalizedLabel] of KNOWN_LABELS) {
    for (const [suffix, shown] of [
      ['s', `${label}s`],
      ['', label],
    ] as const) {
      const start = normalizedLabel + suffix;
      // A whole word only: "Unitées" is not "Unité", "Unité d'hospitalisation" starts with "Unité".
      if (normalized.startsWith(start) && !/^[\p{L}\p{N}]/u.test(normalized.slice(start.length)))
        return shown;
    }
  }
  return undefined;
}

const PAIR_SEPARATOR = /(\s+[|–·]\s+)/u;

/** « Libellé : valeur » pairs, several on a line: each known label kept, each value masked. */
function maskPairs(text: string): string | undefined {
  if (!text.includes(':')) return undefined;
  let matched = false;
  const parts = text.split(PAIR_SEPARATOR).map((part, index) => {
    if (index % 2 === 1) return ` ${part.trim()} `;
    const pair = /^(.*?)\s*:\s*(.*)$/u.exec(part);
    if (pair === null) return reportLabels.masked;
    // An unknown label keeps the shape of a pair (« … : … »): the reader ends the value before it there.
    if (!isKnownLabel(pair[1] ?? ''))
      return `${reportLabels.masked}${reportLabels.separator}${reportLabels.masked}`;
    matched = true;
    const shown = collapse(pair[2] ?? '') === '' ? '' : reportLabels.masked;
    return `${pair[1]}${reportLabels.separator}${shown}`.trimEnd();
  });
  return matched ? parts.join('') : undefined;
}

/** A creating habilitation named inside a longer cell ("Sanitaire - Equipe soignante"). */
function creatingPhrase(text: string): string | undefined {
  const words = ` ${labelWords(text)} `;
  return CREATING_PHRASES.find(([, phrase]) => words.includes(phrase))?.[0];
}

/** A text node as the report shows it; '' for white space. */
export function maskText(raw: string): string {
  const text = collapse(raw);
  if (text === '') return '';
  if (isKnownLabel(text)) return text;
  const pairs = maskPairs(text);
  if (pairs !== undefined) return pairs;
  const prefix = labelPrefix(text);
  if (prefix !== undefined) return `${prefix} ${reportLabels.masked}`;
  const phrase = creatingPhrase(text);
  if (phrase !== undefined) return `${reportLabels.masked} ${phrase} ${reportLabels.masked}`;
  return reportLabels.masked;
}

/**
 * A title or PrimeNG header attribute: a known label (or a title starting with one); any other
 * non-empty text is « … », as in the page's text, so that a selector on the attribute's presence
 * (span[title]) finds the same elements in a page made from the report; nothing when empty.
 */
export function maskLabelAttribute(raw: string): string | undefined {
  const text = collapse(raw);
  if (text === '') return undefined;
  if (isKnownLabel(text)) return text;
  const prefix = labelPrefix(text);
  return prefix === undefined ? reportLabels.masked : `${prefix} ${reportLabels.masked}`;
}

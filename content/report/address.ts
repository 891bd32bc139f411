// An address as a recognition report shows it: the path's shape, never what identifies a patient,
// a request or a user. Numbers, ids and query values are masked; query keys are kept; no fragment.

import { MASKED_ID, MASKED_NUMBER, MASKED_VALUE } from './markers.mjs';

const NUMBER = /^\d+$/u;
// A plain code-like word: ASCII letters, joined by single dots, dashes or underscores ("App.aspx", "TDB"),
// without a surname-like run of capitals (hasNameLikeCapitals).
const CODE_WORD = /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/u;
// Letters only, yet an id: a long run of hex digits ("deadbeefcafe").
const HEX_ID = /^[a-f]{8,}$/iu;
const MAX_SEGMENT = 40;
const CAPITAL_RUN = /[A-Z]{2,}/gu;
// Capitals that are code, not a name: framework prefixes (WebForms ctl, Angular Material mat/mdc,
// ng-bootstrap ngb, Angular ng, PrimeNG p) and the app's own words [C] TDB (dashboard), FINESS (query key).
const CODE_CAPITALS = new Set(['ctl', 'mat', 'mdc', 'ngb', 'ng', 'p', 'ui', 'id', 'tdb', 'finess']);

/** A run of two capitals or more that is not a known code word: a surname in capitals, maybe. */
export const hasNameLikeCapitals = (word: string): boolean =>
  (word.match(CAPITAL_RUN) ?? []).some((run) => !CODE_CAPITALS.has(run.toLowerCase()));
const PLACEHOLDERS: readonly string[] = [MASKED_NUMBER, MASKED_ID, MASKED_VALUE];

/** One path segment or query key, masked unless it is a plain code-like word (or already a placeholder). */
export function maskSegment(segment: string): string {
  if (segment === '') return '';
  const decoded = safeDecode(segment);
  if (PLACEHOLDERS.includes(decoded)) return decoded;
  if (NUMBER.test(decoded)) return MASKED_NUMBER;
  if (
    decoded.length > MAX_SEGMENT ||
    !CODE_WORD.test(decoded) ||
    HEX_ID.test(decoded) ||
    hasNameLikeCapitals(decoded)
  )
    return MASKED_ID;
  return decoded;
}

/** A path with every segment masked as maskSegment says ("/Trajectoire/…/Edition/⟨nombre⟩"). */
export function maskPath(pathname: string): string {
  return pathname.split('/').map(maskSegment).join('/');
}

/** The path and the query's keys, each value masked; the fragment dropped. */
export function maskAddress(url: URL): string {
  const keys = [...url.searchParams.keys()].map((key) => `${maskSegment(key)}=${MASKED_VALUE}`);
  return keys.length === 0 ? maskPath(url.pathname) : `${maskPath(url.pathname)}?${keys.join('&')}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

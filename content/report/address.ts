// An address as a recognition report shows it: the path's shape, never what identifies a patient,
// a request or a user. Numbers, ids and query values are masked; query keys are kept; no fragment.

import { MASKED_ID, MASKED_NUMBER, MASKED_VALUE } from './markers.mjs';

const NUMBER = /^\d+$/u;
// A plain code-like word: ASCII letters, joined by single dots, dashes or underscores ("App.aspx", "TDB").
const CODE_WORD = /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/u;
// Letters only, yet an id: a long run of hex digits ("deadbeefcafe").
const HEX_ID = /^[a-f]{8,}$/iu;
const MAX_SEGMENT = 40;
const PLACEHOLDERS: readonly string[] = [MASKED_NUMBER, MASKED_ID, MASKED_VALUE];

/** One path segment or query key, masked unless it is a plain code-like word (or already a placeholder). */
export function maskSegment(segment: string): string {
  if (segment === '') return '';
  const decoded = safeDecode(segment);
  if (PLACEHOLDERS.includes(decoded)) return decoded;
  if (NUMBER.test(decoded)) return MASKED_NUMBER;
  if (decoded.length > MAX_SEGMENT || !CODE_WORD.test(decoded) || HEX_ID.test(decoded)) return MASKED_ID;
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

// An address as a recognition report shows it: the path's shape, never what identifies a patient,
// a request or a user. Numbers, ids and query values are masked; a word is kept only when it is in
// the report's dictionary (./tokens); query keys are masked alike; no fragment.

import { MASKED_ID, MASKED_NUMBER, MASKED_VALUE, MASKED_WORD } from '../lib/report-markers.mjs';
import { maskWords } from './tokens';

const NUMBER = /^\d+$/u;
// Letters joined by dots, dashes or underscores ("App.aspx", "TDB", "mon-compte"), or a masked word
// already there: cut into words by the token rule (./tokens), each unknown word shown as ⟨mot⟩.
const CODE_WORD = /^(?:[A-Za-z._-]|⟨mot⟩)+$/u;
// Letters only, yet an id: a long run of hex digits ("deadbeefcafe").
const HEX_ID = /^[a-f]{8,}$/iu;
const MAX_SEGMENT = 40;
const PLACEHOLDERS: readonly string[] = [MASKED_NUMBER, MASKED_ID, MASKED_VALUE, MASKED_WORD];

/**
 * One path segment or query key: a number is ⟨nombre⟩; a long or hex-like segment, or one with other
 * characters (spaces, accents, digits among letters), is ⟨id⟩; a code-like word keeps its dictionary
 * words, the others becoming ⟨mot⟩ ("MonCompte" stays, "jean-dupont" is "⟨mot⟩-⟨mot⟩").
 */
export function maskSegment(segment: string): string {
  if (segment === '') return '';
  const decoded = safeDecode(segment);
  if (PLACEHOLDERS.includes(decoded)) return decoded;
  if (NUMBER.test(decoded)) return MASKED_NUMBER;
  if (decoded.length > MAX_SEGMENT || !CODE_WORD.test(decoded) || HEX_ID.test(decoded)) return MASKED_ID;
  return maskWords(decoded);
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

// @vitest-environment node
// The durations PRIVACY.md and PERMISSIONS.md promise are the code's: each number the documents
// give for a duration is read from their text and compared with the constant the code uses. The
// behaviour tests use the constants (tests/unit/session.test.ts, compose-drafts.test.ts,
// compose-handoff.test.ts, tests/e2e/hostile.spec.ts): a constant changed alone fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DRAFT_MAX_AGE_MS } from '../../content/compose/drafts';
import { SESSION_MAX_AGE_MS } from '../../content/session';
import { PLACEMENT_CHECK_MS } from '../../entrypoints/viatrajectoire.content/shadow-host';
import { OPEN_COMPOSER_INTERVAL_MS } from '../../utils/open-composer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Both documents, French and English, their lines joined (a number and its unit may be split by a line break). */
const DOCS = ['PRIVACY.md', 'PERMISSIONS.md']
  .map((file) => readFileSync(`${ROOT}${file}`, 'utf8'))
  .join('\n')
  .replace(/\s+/gu, ' ');

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
const DAY = 24 * HOUR;

/** Every number the documents give in these phrases. */
const numbersIn = (patterns: RegExp[]): number[] =>
  patterns.flatMap((pattern) => [...DOCS.matchAll(pattern)].map((match) => Number(match[1])));

/** Each pattern is in the documents, and every number they give there, in `unit`, is `constant`. */
function expectSaid(patterns: RegExp[], unit: number, constant: number) {
  for (const pattern of patterns) expect(DOCS, `no « ${pattern.source} » in the documents`).toMatch(pattern);
  expect(new Set(numbersIn(patterns).map((number) => number * unit))).toEqual(new Set([constant]));
}

describe('the durations the documents promise are the code’s', () => {
  it('facts and chosen situation: « 12 heures au plus »', () => {
    expectSaid([/(\d+) (?:heures au plus|hours at most)/gu], HOUR, SESSION_MAX_AGE_MS);
  });

  it('drafts: « 30 jours » without a change', () => {
    expectSaid([/(\d+)\*{0,2} (?:jours|days)/gu], DAY, DRAFT_MAX_AGE_MS);
  });

  it('one composer per tab: « toutes les 5 secondes au plus par onglet »', () => {
    expectSaid(
      [/(\d+) (?:secondes au plus par onglet|seconds per tab at most)/gu, /par (\d+) s\b/gu],
      SECOND,
      OPEN_COMPOSER_INTERVAL_MS,
    );
  });

  it('the panel put back: « au plus tard 2 secondes après »', () => {
    expectSaid(
      [/(\d+) (?:secondes après si elle le retire|seconds if the page keeps removing)/gu],
      SECOND,
      PLACEMENT_CHECK_MS,
    );
  });
});

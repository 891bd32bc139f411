// @vitest-environment node
// PRIVACY.md and PERMISSIONS.md end with a table "claim → test that proves it". Each test named
// there must exist: the file, and in it a test whose title holds the quoted words. A claim whose
// test was renamed or deleted fails here, so the documents cannot outlive their proof.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROOF_HEADING = /^## (Ce qui le prouve|Preuves)/mu;

interface Proof {
  claim: string;
  file: string;
  title: string;
}

/** The rows of the document's proof table: one per (claim, test) pair. */
function proofsOf(markdown: string): Proof[] {
  const start = markdown.search(PROOF_HEADING);
  if (start < 0) return [];
  const section = markdown.slice(start).split(/\n## /u)[0] ?? '';
  const proofs: Proof[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || /^-+$/u.test(cells[1] ?? '') || cells[1] === 'Promesse') continue;
    const claim = cells[1] ?? '';
    // `tests/…/file.ts` « title », several separated by ";".
    for (const match of (cells[2] ?? '').matchAll(/`(tests\/[^`]+)`\s*«\s*([^»]+?)\s*»/gu)) {
      proofs.push({ claim, file: match[1] as string, title: match[2] as string });
    }
  }
  return proofs;
}

/**
 * Test titles as written in a test file: the first argument of test(), it(), describe(), also
 * after .each(table) and .describe.
 */
function titlesIn(source: string): string[] {
  // `])(` closes an .each([…]) table written over several lines.
  const call = /(?:\b(?:test|it|describe)[\w.]*(?:\([^()]*\))?|\]\))\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gu;
  return [...source.matchAll(call)].map((match) => (match[2] as string).replace(/\\(.)/gu, '$1'));
}

for (const document of ['PRIVACY.md', 'PERMISSIONS.md']) {
  describe(`${document}: every claim points at a real test`, () => {
    const markdown = readFileSync(`${ROOT}${document}`, 'utf8');
    const proofs = proofsOf(markdown);

    it('has a proof table with at least one test per claim', () => {
      expect(proofs.length).toBeGreaterThan(5);
      const claims = new Set(proofs.map((proof) => proof.claim));
      const section = markdown.slice(markdown.search(PROOF_HEADING)).split(/\n## /u)[0] ?? '';
      const rows = section.split('\n').filter((line) => /^\|(?!\s*-)/u.test(line) && !/Promesse/u.test(line));
      expect(claims.size, 'a row of the table names no test in the `file` « title » form').toBe(rows.length);
    });

    for (const proof of proofs) {
      it(`${proof.file} « ${proof.title} »`, () => {
        expect(existsSync(`${ROOT}${proof.file}`), `${proof.file} does not exist`).toBe(true);
        const titles = titlesIn(readFileSync(`${ROOT}${proof.file}`, 'utf8'));
        expect(
          titles.some((title) => title.includes(proof.title)),
          `no test titled « ${proof.title} » in ${proof.file} (for: ${proof.claim})`,
        ).toBe(true);
      });
    }
  });
}

describe('the proof table reader', () => {
  it('finds each `file` « title » of a row, and nothing in the header', () => {
    const sample = [
      '## Ce qui le prouve',
      '',
      '| Promesse | Test |',
      '| --- | --- |',
      '| Rien ne part | `tests/e2e/smoke.spec.ts` « caught and recorded » ; `tests/unit/a.test.ts` « b » |',
      '',
      '## Next',
      '| Not | `tests/x.ts` « y » |',
    ].join('\n');
    expect(proofsOf(sample)).toEqual([
      { claim: 'Rien ne part', file: 'tests/e2e/smoke.spec.ts', title: 'caught and recorded' },
      { claim: 'Rien ne part', file: 'tests/unit/a.test.ts', title: 'b' },
    ]);
  });
});

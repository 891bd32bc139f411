// @vitest-environment node
// The store listings (store/): what each store accepts, French typography, the contact address,
// and the screenshots' size. That they match the built manifest (name, description, one
// justification per permission) is checked on the build: tests/build/store.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../content/text/fr/typography';
import { permissionSections } from '../build/store-listing';

const STORE = fileURLToPath(new URL('../../store/', import.meta.url));
const read = (file: string): string => readFileSync(`${STORE}${file}`, 'utf8').trim();

/** The texts pasted as they are into a store's form. */
const LISTING_TEXTS = ['nom.txt', 'description-courte.txt', 'description-longue.txt', 'objectif-unique.txt'];

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('store listing texts', () => {
  it("the name fits every store (AMO's 50 characters, the tightest)", () => {
    const name = read('nom.txt');
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(50);
    expect(name).not.toContain('\n');
  });

  it("the short description fits Chrome's 132 characters, on one line", () => {
    const summary = read('description-courte.txt');
    expect(summary.length).toBeGreaterThan(40);
    expect(summary.length, summary).toBeLessThanOrEqual(132);
    expect(summary).not.toContain('\n');
  });

  it("the long description fits Chrome's 16,000 characters and gives SESAN's contact address", () => {
    const description = read('description-longue.txt');
    expect(description.length).toBeLessThanOrEqual(16_000);
    expect(description).toContain('viatrajectoire.creation@sesan.fr');
    // The only address in a listing is the guide's own contact.
    expect(description.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu)).toEqual(['viatrajectoire.creation@sesan.fr']);
  });

  it("the single-purpose statement fits Chrome's 1,000 characters", () => {
    const purpose = read('objectif-unique.txt');
    expect(purpose.length).toBeGreaterThan(40);
    expect(purpose.length).toBeLessThanOrEqual(1_000);
  });

  it('every text pasted into a store follows French typography (typography.ts)', () => {
    const texts: [string, string][] = [
      ...LISTING_TEXTS.map((file): [string, string] => [file, read(file)]),
      ...[...permissionSections(read('permissions.md'))].map(([permission, text]): [string, string] => [
        `permissions.md « ${permission} »`,
        // Code spans are names, not French.
        text.replace(/`[^`]*`/gu, 'code'),
      ]),
    ];
    expect(texts.length).toBeGreaterThan(LISTING_TEXTS.length);
    for (const [where, text] of texts) {
      expect
        .soft(text, `store/${where} is not typeset: ${frenchTypography(text)}`)
        .toBe(frenchTypography(text));
      // The other no-break space, typed by hand, is a mistake frenchTypography cannot see.
      expect
        .soft(text, `store/${where}: U+202F before « : » or U+00A0 before ; ! ?`)
        .not.toMatch(/\u202f:|\u00a0[;!?]|«\u202f|\u202f»/u);
    }
  });

  it('the permissions file has a non-empty justification under each heading', () => {
    const sections = permissionSections(read('permissions.md'));
    expect(sections.size).toBeGreaterThan(0);
    for (const [permission, text] of sections) expect(text.length, permission).toBeGreaterThan(80);
  });
});

describe('store screenshots', () => {
  const screenshots = readdirSync(`${STORE}screenshots`).filter((file) => file.endsWith('.png'));

  it("1 to 5 PNGs (Chrome's limit), each exactly 1280×800", () => {
    expect(screenshots.length).toBeGreaterThan(0);
    expect(screenshots.length).toBeLessThanOrEqual(5);
    for (const file of screenshots)
      expect(pngSize(`${STORE}screenshots/${file}`), file).toEqual({ width: 1280, height: 800 });
  });
});

describe('the permissions file reader', () => {
  it('gives each heading without its backticks, and the text under it', () => {
    const sections = permissionSections(
      '# T\n\nintro\n\n## `storage`\n\nKeep.\n\n## `https://x/*`\n\nShow.\n',
    );
    expect([...sections]).toEqual([
      ['storage', 'Keep.'],
      ['https://x/*', 'Show.'],
    ]);
  });
});

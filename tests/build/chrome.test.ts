// Build checks on the Chromium build, run by `npm run test:build` after `npm run build`.
import { beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_KEYS } from '../../content/managed';
import { describeManifest, describeNoNetwork, describeNoRemoteCode, describeNoTestData } from './checks';
import { bundleSizes, kB, listFiles, readManifest, readText, SIZE_BUDGETS } from './output';

describeManifest('chrome-mv3');
describeNoNetwork('chrome-mv3');
describeNoRemoteCode('chrome-mv3');
describeNoTestData('chrome-mv3');

describe('chrome-mv3: size budgets (gzip, level 9)', () => {
  let sizes: ReturnType<typeof bundleSizes>;
  let table = '';
  beforeAll(() => {
    sizes = bundleSizes('chrome-mv3');
    table = Object.entries(sizes)
      .map(([part, size]) => {
        const budget = SIZE_BUDGETS[part as keyof typeof SIZE_BUDGETS];
        const files = size.files.map((file) => `${file.file} ${kB(file.gzip)}`).join(', ');
        return `  ${part.padEnd(10)} ${kB(size.gzip).padStart(10)} gzip  ${kB(size.bytes).padStart(10)} raw  budget ${budget ? kB(budget) : 'none'}  (${files})`;
      })
      .join('\n');
    // Printed on every run: the figures the README's "Performance" section reports.
    console.log(`Bundle sizes, .output/chrome-mv3 (1 kB = 1,000 bytes):\n${table}`);
  });

  it('finds the files of each part', () => {
    expect(sizes.content.files.map((file) => file.file)).toContain('content-scripts/viatrajectoire.js');
    expect(sizes.popup.files.some((file) => file.file.endsWith('.js'))).toBe(true);
    expect(sizes.background.files.length).toBeGreaterThan(0);
  });

  it(`content script (JS + CSS) ≤ ${kB(SIZE_BUDGETS.content)}`, () => {
    expect(sizes.content.gzip, `content script gzip\n${table}`).toBeLessThanOrEqual(SIZE_BUDGETS.content);
  });

  it(`popup (its chunks + CSS) ≤ ${kB(SIZE_BUDGETS.popup)}`, () => {
    expect(sizes.popup.gzip, `popup gzip\n${table}`).toBeLessThanOrEqual(SIZE_BUDGETS.popup);
  });
});

describe('chrome-mv3: managed configuration', () => {
  it('declares the managed schema, and ships it with the keys the extension reads', () => {
    const schemaFile = readManifest('chrome-mv3').storage?.managed_schema;
    expect(schemaFile, 'storage.managed_schema').toBe('managed_schema.json');
    expect(listFiles('chrome-mv3')).toContain(schemaFile);
    const schema = JSON.parse(readText('chrome-mv3', schemaFile));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual([...MANAGED_KEYS]);
  });
});

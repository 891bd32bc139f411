// @vitest-environment node
// One visual system for popup, panel, composer and options: three text sizes, defined once in
// components/guidance-base.css, and a focus colour that cannot be mistaken for the error colour.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(process.cwd(), 'components');
const sheets = readdirSync(DIR)
  .filter((name) => name.endsWith('.css'))
  .map((name) => ({ name, css: readFileSync(resolve(DIR, name), 'utf8') }));
const base = readFileSync(resolve(DIR, 'guidance-base.css'), 'utf8');
const token = (name: string) => base.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1]?.trim();

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

describe('the visual system', () => {
  it('sizes text only with the three size tokens', () => {
    const sizes = sheets.flatMap(({ name, css }) =>
      [...css.matchAll(/font-size:\s*([^;]+);/g)].map((match) => `${name}: ${match[1]}`),
    );
    const stray = sizes.filter((size) => !/var\(--vt-size-(small|body|title)\)$/.test(size));
    expect(stray).toEqual([]);
    expect(['vt-size-small', 'vt-size-body', 'vt-size-title'].map(token)).toEqual(['13px', '15px', '18px']);
  });

  it('keeps every view in the body font: no code font, not even for the address', () => {
    for (const { name, css } of sheets) expect(`${name}: ${/monospace/.test(css)}`).toBe(`${name}: false`);
  });

  it('gives focus a colour far from the error colour (hue apart, not another red)', () => {
    const focus = rgb(token('vt-focus') ?? '#000000');
    const danger = rgb(token('vt-danger') ?? '#000000');
    // The focus ring is blue: more blue than red. The error colour is red: more red than blue.
    expect(focus[2]).toBeGreaterThan(focus[0] + 60);
    expect(danger[0]).toBeGreaterThan(danger[2] + 60);
  });
});

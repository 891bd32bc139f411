// A text found on a page, as the reader holds it: comparable inside the reader, readable by no one.
// This is what lets a recogniser hand a banner's name to the reader without the name going further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageText } from '../../content/viatrajectoire/page-text';

describe('PageText', () => {
  it('can be compared, never read back', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        (raw) => {
          const text = PageText.of(raw);
          if (text === undefined) return;
          expect(text.sameAs(PageText.of(raw) as PageText)).toBe(true);
          // Every way a value becomes text or data gives nothing of it.
          expect(JSON.stringify(text)).toBe('{}');
          expect(JSON.stringify({ name: text })).toBe('{"name":{}}');
          expect(String(text)).toBe('');
          expect(`${text}`).toBe('');
          expect(Object.keys(text)).toEqual([]);
          expect(Object.getOwnPropertyNames(text)).toEqual([]);
          expect(structuredClone(text)).toEqual({});
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares without case, accents or extra spaces; two different names differ', () => {
    const a = PageText.of('  Hôpital  Saint-Louis ') as PageText;
    expect(a.sameAs(PageText.of('HOPITAL SAINT-LOUIS') as PageText)).toBe(true);
    expect(a.sameAs(PageText.of('Hôpital Saint-Louis Nord') as PageText)).toBe(false);
  });

  it('is nothing for white space only', () => {
    expect(PageText.of(' \n\u00a0 ')).toBeUndefined();
  });
});

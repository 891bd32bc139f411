// The names the reader saw in a page's banner, for the recognisers' tests. The reader gives no
// name back (content/viatrajectoire/page-text.ts): a PageText can only be compared, so the tests
// compare it with the name they expect and assert the comparison.
import { PageText } from '../../content/viatrajectoire/page-text';
import { bannerTexts } from '../../content/viatrajectoire/read';

export interface Names {
  structureName?: string;
  unitName?: string;
}

/** Whether the reader saw exactly `expected`: a text the same once normalised, or nothing for undefined. */
export const sameText = (text: PageText | undefined, expected: string | undefined): boolean =>
  text === undefined
    ? expected === undefined
    : expected !== undefined && text.sameAs(PageText.of(expected) as PageText);

/** For each name, whether the reader saw `expected` in the banner: MATCH when it saw exactly those. */
export function names(
  doc: Document,
  url: URL,
  expected: Names,
): { structureName: boolean; unitName: boolean } {
  const texts = bannerTexts(doc, url);
  return {
    structureName: sameText(texts.structure, expected.structureName),
    unitName: sameText(texts.unit, expected.unitName),
  };
}

export const MATCH = { structureName: true, unitName: true } as const;
export const noNames: Names = {};

// The ways of writing a name in the banner, in the order they are tried: the first that finds a
// value wins. Adding a way is one file here (with its selectors, examples and fixture page) and
// one line in BANNER_RECOGNISERS.

import { byId } from './by-id';
import { keyValueTable } from './key-value-table';
import { labelValue } from './label-value';
import { oneLine } from './one-line';
import type { BannerField, BannerRecogniser, BannerValue } from './shared';
import { titled } from './titled';

export type { BannerField, BannerValue, BannerVia } from './shared';
export { topBanner } from './top';

export const BANNER_RECOGNISERS: readonly BannerRecogniser[] = [
  byId,
  labelValue,
  titled,
  keyValueTable,
  oneLine,
];

/** Every selector of every banner recogniser. */
export const BANNER_VOCABULARY: readonly string[] = BANNER_RECOGNISERS.flatMap(
  (recogniser) => recogniser.vocabulary,
);

/** The banner's value for one field, by the first way of writing that gives one. */
export function readBannerField(banner: Element, field: BannerField): BannerValue | undefined {
  for (const recogniser of BANNER_RECOGNISERS) {
    const found = recogniser.find(banner, field);
    if (found !== undefined) return found;
  }
  return undefined;
}

// A name in the banner as a value whose title attribute is its label: a compact header showing
// values only (<span title="Établissement">…</span>). A guess [I 2026-11].

import { all } from '../dom';
import { matchesNameLabel } from '../normalize';
import type { SelectorExamples } from '../selectors';
import { type BannerRecogniser, FIELD_LABELS, nameIn, readableInBanner } from './shared';

/** Value elements in the banner whose title attribute is their label. */
export const titledValues = [
  'span[title]', // [I 2026-11] a compact header showing values only, their label as a tooltip
];
export const titledValues_: SelectorExamples = {
  'span[title]': { 'establishment-units-mat-tab header': 1 },
};

export const titled: BannerRecogniser = {
  vocabulary: titledValues,
  find(banner, field) {
    for (const value of all(banner, titledValues)) {
      const title = value.getAttribute('title') ?? '';
      if (!readableInBanner(banner, value) || !matchesNameLabel(title, FIELD_LABELS[field])) continue;
      const text = nameIn(value);
      if (text !== undefined) return { text, via: 'span[title]' };
    }
    return undefined;
  },
};

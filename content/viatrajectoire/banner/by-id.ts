// A name in the banner as a value element found by its id (WebForms Label controls: the id ends
// with the control's name). A guess [I 2026-11]: no public trace shows the banner.

import { all } from '../dom';
import type { SelectorExamples } from '../selectors';
import { type BannerField, type BannerRecogniser, nameIn, readableInBanner } from './shared';

/** A value element for the current structure in the banner. */
export const structureNameValue = [
  '[id$="lblEtablissement" i]', // [I 2026-11] WebForms Label control in the shell's header
  '[id$="lblStructure" i]', // [I 2026-11] same, other wording
];
export const structureNameValue_: SelectorExamples = {
  '[id$="lblEtablissement" i]': { request: 1, dashboard: 0 },
  '[id$="lblStructure" i]': { 'establishment-units': 1, 'establishment-no-unit': 1 },
};

/** A value element for the current unit in the banner. */
export const unitNameValue = [
  '[id$="lblUnite" i]', // [I 2026-11] WebForms Label control in the shell's header
];
export const unitNameValue_: SelectorExamples = {
  '[id$="lblUnite" i]': {
    request: 1,
    // In an <article> of the content: not the banner, never read.
    'other-patient-header': 1,
  },
};

const VALUES: Readonly<Record<BannerField, readonly string[]>> = {
  structure: structureNameValue,
  unit: unitNameValue,
};

export const byId: BannerRecogniser = {
  vocabulary: [...structureNameValue, ...unitNameValue],
  find(banner, field) {
    for (const value of all(banner, VALUES[field])) {
      if (!readableInBanner(banner, value)) continue;
      const text = nameIn(value);
      if (text !== undefined) return { text, via: 'id' };
    }
    return undefined;
  },
};

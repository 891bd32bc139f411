// A name in the banner as a label element followed by its value: <dt>Unité</dt><dd>…</dd>,
// <label>Structure</label><span>…</span>, <span data-libelle>Établissement</span><span>…</span>.
// A guess [I 2026-11]: no public trace shows the banner.

import { all, textOf } from '../dom';
import { matchesNameLabel } from '../normalize';
import type { SelectorExamples } from '../selectors';
import { type BannerRecogniser, type BannerVia, FIELD_LABELS, nameIn, readableInBanner } from './shared';

/** Label elements in the banner followed by their value ("Établissement : Centre X"). */
export const contextLabelCandidates = [
  'dt', // [I 2026-11] a definition list in the header, value in the next <dd>
  'label', // [I 2026-11] a label then its value; a label before a form control (a chooser) yields nothing
  '[data-libelle]', // [I 2026-11] explicit label spans
];
export const contextLabelCandidates_: SelectorExamples = {
  dt: {
    'dashboard header': 2,
    // The patient banner in <main>: dt/dd and label + span, like the app's.
    'request-patient-banner main': 6,
  },
  label: { 'account-prescriber header': 2, 'request-patient-banner main': 4 },
  '[data-libelle]': { 'other-annuaires': 2, 'dashboard-last-file': 1 },
};

const viaOf = (label: Element): BannerVia =>
  label.localName === 'dt' ? 'dt/dd' : label.localName === 'label' ? 'label' : 'data-libelle';

export const labelValue: BannerRecogniser = {
  vocabulary: contextLabelCandidates,
  find(banner, field) {
    for (const label of all(banner, contextLabelCandidates)) {
      if (!readableInBanner(banner, label) || !matchesNameLabel(textOf(label), FIELD_LABELS[field])) continue;
      const value = label.nextElementSibling;
      if (value === null || !readableInBanner(banner, value)) continue;
      const text = nameIn(value);
      if (text !== undefined) return { text, via: viaOf(label) };
    }
    return undefined;
  },
};

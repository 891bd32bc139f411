// WAI-ARIA tabs (role=tab), as Angular Material and CDK render them: the panel by aria-controls,
// else the panel labelled by the tab. [C] the fiche établissement has tabs; [I 2026-11] written with ARIA.

import { all } from '../dom';
import type { SelectorExamples } from '../selectors';
import { shown, type TabKit } from './shared';

export const ariaTabs = [
  '[role="tab"]', // [C] the fiche établissement has tabs; [I 2026-11] Angular Material renders them as role=tab
];
export const ariaTabs_: SelectorExamples = {
  '[role="tab"]': { 'establishment-units': 3 },
};

/** A tab's panel, found from the tab by aria-labelledby when the tab has no aria-controls. */
export const tabPanels = [
  '[role="tabpanel"][aria-labelledby]', // [I 2026-11] WAI-ARIA tabs, as Angular Material renders them
];
export const tabPanels_: SelectorExamples = {
  '[role="tabpanel"][aria-labelledby]': { 'establishment-units': 1 },
};

export const aria: TabKit = {
  tabs: ariaTabs,
  vocabulary: [...ariaTabs, ...tabPanels],
  via: () => 'role=tab',
  sectionOf(doc, tab) {
    const controls = tab.getAttribute('aria-controls');
    const panel =
      (controls ? doc.getElementById(controls) : null) ??
      all(doc, tabPanels).find(
        (candidate) =>
          tab.id !== '' && candidate.getAttribute('aria-labelledby')?.split(/\s+/u).includes(tab.id),
      );
    return shown(panel);
  },
};

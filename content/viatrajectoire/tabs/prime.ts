// PrimeNG tab views: rendered headers and panels paired by position, and tabs as written in
// templates (p-tabpanel[header]), whose title is the header attribute. [I 2026-11] no public
// evidence of PrimeNG on the site.

import { first, isHidden } from '../dom';
import type { SelectorExamples } from '../selectors';
import { panelByPosition } from './by-position';
import { shown, type TabKit } from './shared';

export const primeTabViews = [
  'p-tabview', // [I 2026-11] PrimeNG's element
];
export const primeTabViews_: SelectorExamples = {
  'p-tabview': { 'establishment-units-primeng': 1, 'establishment-no-unit-p-tabpanel': 1 },
};
export const primeTabHeaders = [
  '.p-tabview-nav > li', // [I 2026-11] PrimeNG rendered header, the selected one li.p-highlight
];
export const primeTabHeaders_: SelectorExamples = {
  '.p-tabview-nav > li': { 'establishment-units-primeng': 2, 'establishment-no-unit-p-tabpanel': 0 },
};
export const primeTabPanels = [
  '.p-tabview-panel', // [I 2026-11] PrimeNG rendered panel (inside its p-tabpanel), the unselected ones [hidden]
];
export const primeTabPanels_: SelectorExamples = {
  '.p-tabview-panel': { 'establishment-units-primeng': 2, 'establishment-no-unit-p-tabpanel': 0 },
};
/** PrimeNG tabs as written in templates: the title is the header attribute, the section the element itself. */
export const primeTemplateTabs = [
  'p-tabpanel[header]', // [I 2026-11] rendered, it still carries the attribute and holds its .p-tabview-panel
];
export const primeTemplateTabs_: SelectorExamples = {
  'p-tabpanel[header]': { 'establishment-no-unit-p-tabpanel': 2, 'establishment-units-primeng': 2 },
};

export const PRIME_ACTIVE = ['p-highlight'];

const kit = { groups: primeTabViews, labels: primeTabHeaders, panels: primeTabPanels, active: PRIME_ACTIVE };

export const prime: TabKit = {
  tabs: primeTabHeaders,
  vocabulary: [...primeTabViews, ...primeTabHeaders, ...primeTabPanels, ...PRIME_ACTIVE],
  via: () => 'p-tabview',
  sectionOf: (_doc, tab) => panelByPosition(tab, kit),
};

export const primeTemplate: TabKit = {
  tabs: primeTemplateTabs,
  vocabulary: primeTemplateTabs,
  via: () => 'p-tabview',
  // Its text is the whole tab's body: the title is the attribute.
  title: (tab) => tab.getAttribute('header') ?? '',
  sectionOf(_doc, tab) {
    // Rendered, the p-tabpanel holds its panel ([hidden] when not selected); as written, it is the section.
    const rendered = first(tab, primeTabPanels);
    return isHidden(tab) ? undefined : rendered ? shown(rendered) : tab;
  },
};

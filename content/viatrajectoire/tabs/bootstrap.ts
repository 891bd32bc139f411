// Bootstrap 3–5 and ng-bootstrap's ngbNav tabs, written without ARIA roles: the selected one
// carries "active"; its pane is found by its target id, else as the shown pane next to the tab row.
// [C] Bootstrap-style markup is used on the site (its modals); [I 2026-11] its tabs too.

import { all } from '../dom';
import type { SelectorExamples } from '../selectors';
import { isActive, shown, type TabKit } from './shared';

export const bootstrapTabs = [
  'ul.nav-tabs > li.nav-item > a.nav-link', // [I 2026-11] Bootstrap 4-5 / ngbNav tabs, the selected one a.nav-link.active
  'ul.nav-tabs > li', // [I 2026-11] Bootstrap 3 tabs (plain li, the selected one li.active)
];
export const bootstrapTabs_: SelectorExamples = {
  'ul.nav-tabs > li.nav-item > a.nav-link': { 'establishment-no-unit-bootstrap': 3 },
  'ul.nav-tabs > li': { 'establishment-no-unit-bootstrap': 3 },
};

/** The panes of a row of tabs, the shown one .active (ngbNav renders only that one). */
export const bootstrapTabPanes = [
  '.tab-content > .tab-pane', // [I 2026-11] Bootstrap 3-5 and ngbNav's outlet
];
export const bootstrapTabPanes_: SelectorExamples = {
  '.tab-content > .tab-pane': { 'establishment-no-unit-bootstrap': 3 },
};

/** The class of the selected tab and of the shown pane. */
export const BOOTSTRAP_ACTIVE = ['active'];

export const bootstrap: TabKit = {
  tabs: bootstrapTabs,
  vocabulary: [...bootstrapTabs, ...bootstrapTabPanes, ...BOOTSTRAP_ACTIVE],
  via: () => 'ngbNav',
  sectionOf(doc, tab) {
    const item = tab.localName === 'li' ? tab : tab.closest('li');
    const link = tab.localName === 'li' ? tab.querySelector('a, button') : tab;
    if (![tab, item, link].some((element) => isActive(element, BOOTSTRAP_ACTIVE))) return undefined;
    const target = (
      link?.getAttribute('href') ??
      link?.getAttribute('data-bs-target') ??
      link?.getAttribute('data-target') ??
      ''
    ).trim();
    const byId = target.startsWith('#') && target.length > 1 ? doc.getElementById(target.slice(1)) : null;
    if (byId) return shown(byId);
    // ngbNav renders the selected pane alone, in an outlet after the tab row, often a level up.
    const row = tab.closest('ul');
    for (
      let scope = row?.parentElement, level = 0;
      scope && level < 2;
      scope = scope.parentElement, level++
    ) {
      const panes = all(scope, bootstrapTabPanes);
      if (panes.length > 0) return shown(panes.find((pane) => isActive(pane, BOOTSTRAP_ACTIVE)));
    }
    return undefined;
  },
};

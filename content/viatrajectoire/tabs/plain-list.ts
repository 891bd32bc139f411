// Tabs written as a plain list whose selected item (or its link) carries an "active" class, with
// panes linked to nothing (no ids, no ARIA): there, the one visible pane after the list belongs to
// the active tab. [I 2026-12] a common way for a hand-written Angular component to draw tabs.

import { CHROME_ZONES, isHidden } from '../dom';
import type { SelectorExamples } from '../selectors';
import { isActive, type TabKit } from './shared';

export const plainListTabs = [
  'ul:has(> li.active) > li', // [I 2026-12] <ul><li class="active">Unités de soins</li>…</ul>
  'ul:has(> li > a.active) > li', // [I 2026-12] the class on the link inside the item
];
export const plainListTabs_: SelectorExamples = {
  'ul:has(> li.active) > li': { 'establishment-units-plain-list': 3, 'establishment-no-unit-plain-list': 0 },
  'ul:has(> li > a.active) > li': {
    'establishment-no-unit-plain-list': 3,
    // The menu in the dashboard's <nav> marks its current item the same way: refused (accepts, below).
    'dashboard nav': 5,
  },
};

const PLAIN_ACTIVE = ['active'];

/** Visible: not hidden by attribute, ARIA or style (checkVisibility where the browser has it). */
function isVisible(element: Element): boolean {
  if (isHidden(element)) return false;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

/** The panes after the list, a level up at most: the one visible among several, or the one block shown. */
function visiblePaneAfter(list: Element): Element | undefined {
  for (
    let anchor: Element | null = list, level = 0;
    anchor && level < 2;
    anchor = anchor.parentElement, level++
  ) {
    const next = anchor.nextElementSibling;
    if (next === null) continue;
    const panes = Array.from(next.children);
    if (panes.length >= 2) {
      const visible = panes.filter(isVisible);
      return visible.length === 1 ? visible[0] : undefined;
    }
    return isVisible(next) ? next : undefined;
  }
  return undefined;
}

export const plainList: TabKit = {
  tabs: plainListTabs,
  vocabulary: [...plainListTabs, ...PLAIN_ACTIVE],
  // A menu in the page's chrome (nav, header) marks its current item the same way: not tabs.
  accepts: (element) => element.closest(CHROME_ZONES) === null,
  via: () => 'plain-list',
  sectionOf(_doc, tab) {
    if (!isActive(tab, PLAIN_ACTIVE) && !isActive(tab.querySelector('a, button'), PLAIN_ACTIVE))
      return undefined;
    const list = tab.parentElement;
    return list === null ? undefined : visiblePaneAfter(list);
  },
};

// The ways of writing tabs and section headings, in the order they are tried: an element is
// handled by the first kit that claims it. Adding a way is one file here (with its selectors,
// examples and fixture page) and one line in TAB_KITS.

import { textOf } from '../dom';
import { aria } from './aria';
import { bootstrap } from './bootstrap';
import { headings } from './headings';
import { mat } from './mat';
import { plainList } from './plain-list';
import { prime, primeTemplate } from './prime';
import type { HeadingVia, TabKit } from './shared';

export type { HeadingVia } from './shared';

/** Kits first (a kit's tab may also carry role=tab: the kit knows its panes), then ARIA, then plain headings. */
export const TAB_KITS: readonly TabKit[] = [bootstrap, mat, prime, primeTemplate, plainList, aria, headings];

const SELECTORS = TAB_KITS.map((kit) => kit.tabs.join(', '));

/** Every selector and class name of every kit. */
export const TAB_VOCABULARY: readonly string[] = TAB_KITS.flatMap((kit) => kit.vocabulary);

/** Every heading or tab of every kit, as one selector: the page walk matches it once per element. */
export const HEADING_SELECTORS = SELECTORS.join(', ');

/** The kit that claims this element, if any. */
function kitOf(element: Element): TabKit | undefined {
  return TAB_KITS.find(
    (kit, index) => element.matches(SELECTORS[index] as string) && (kit.accepts?.(element) ?? true),
  );
}

/** Whether an element matching HEADING_SELECTORS is a heading or tab of some kit. */
export const isHeading = (element: Element): boolean => kitOf(element) !== undefined;

export const headingTitle = (heading: Element): string => {
  const kit = kitOf(heading);
  return kit?.title?.(heading) ?? textOf(heading);
};

export const headingVia = (heading: Element): HeadingVia | undefined => kitOf(heading)?.via(heading);

/** The section a heading or tab names, by each kit claiming it in turn (a kit's tab with role=tab: ARIA, then the kit's way). */
export function sectionOf(doc: Document, heading: Element): Element | undefined {
  if (heading.getAttribute('role') === 'tab') {
    const section = aria.sectionOf(doc, heading);
    if (section !== undefined) return section;
  }
  return kitOf(heading)?.sectionOf(doc, heading);
}

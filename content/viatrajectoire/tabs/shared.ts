// What the ways of writing tabs and section headings share. A "kit" here is one way of writing
// them: WAI-ARIA tabs, Bootstrap/ngbNav, Angular Material, PrimeNG, a plain list, plain headings.

import { isHidden } from '../dom';

/** How a heading or tab was written, for « Ce que l'extension a compris » and the report. */
export type HeadingVia =
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'legend'
  | 'role=heading'
  | 'role=tab'
  | 'ngbNav'
  | 'mat-tab'
  | 'p-tabview'
  | 'plain-list';

export interface TabKit {
  /** This kit's tabs or headings (selectors): the page's headings are the elements matching any kit's. */
  readonly tabs: readonly string[];
  /** Every selector and class name the kit relies on: the recognition report keeps their words (content/report/dictionary.ts). */
  readonly vocabulary: readonly string[];
  /** For an element matching `tabs`: whether it really is one of this kit's (a finer test than a selector). */
  accepts?(element: Element): boolean;
  /** How this element was written. */
  via(element: Element): HeadingVia;
  /** The title the tab shows (its text, by default). */
  title?(element: Element): string;
  /**
   * The rendered container of the section the tab or heading names; undefined when not rendered.
   * For a tab, only the pane shown for it: another tab's pane, or a hidden one, says "unknown", never "empty".
   */
  sectionOf(doc: Document, element: Element): Element | undefined;
}

/** Marked as the selected tab or the shown pane: aria-selected, or one of the kit's class names. */
export const isActive = (element: Element | null | undefined, classes: readonly string[]): boolean =>
  element != null &&
  (element.getAttribute('aria-selected') === 'true' ||
    classes.some((name) => element.classList.contains(name)));

export const shown = (panel: Element | null | undefined): Element | undefined =>
  panel != null && !isHidden(panel) ? panel : undefined;

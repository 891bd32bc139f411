// What every way of writing the banner's names shares: which labels name which field, where in
// the banner a value may be read, and what a value must look like. A recogniser hands the reader
// a PageText, which can only be compared (../page-text.ts): no name leaves the reader.

import { collapse, FORM_CONTROLS, NOT_CHROME, textOf } from '../dom';
import { PageText } from '../page-text';
import { structureLabels, unitLabels } from '../selectors';

/** The two names the banner may show: the user's current structure and unit. */
export type BannerField = 'structure' | 'unit';

/** The labels naming each field, matched exactly (normalize.ts matchesNameLabel). */
export const FIELD_LABELS: Readonly<Record<BannerField, readonly string[]>> = {
  structure: structureLabels,
  unit: unitLabels,
};

/**
 * How a name was written in the banner, for « Ce que l'extension a compris » and the report: one
 * recogniser file each (./by-id.ts, ./label-value.ts, ./titled.ts, ./key-value-table.ts, ./one-line.ts).
 */
export type BannerVia = 'id' | 'dt/dd' | 'label' | 'data-libelle' | 'span[title]' | 'th/td' | 'one-line';

export interface BannerValue {
  text: PageText;
  via: BannerVia;
}

/** One way of writing a name in the banner. */
export interface BannerRecogniser {
  /** Every selector it relies on: the recognition report keeps their words (content/report/dictionary.ts). */
  readonly vocabulary: readonly string[];
  /** The first value of `field` this way of writing shows in the banner, if any. */
  find(banner: Element, field: BannerField): BannerValue | undefined;
}

/** Not inside a form, a table, a section, a patient zone… nested in the banner. */
export function readableInBanner(banner: Element, element: Element): boolean {
  const container = element.closest(NOT_CHROME);
  return container === null || !banner.contains(container);
}

/** The name a value element shows; nothing from a form control (never an input's value or a select's option). */
export function nameIn(value: Element): PageText | undefined {
  if (value.matches(FORM_CONTROLS) || value.querySelector(FORM_CONTROLS) !== null) return undefined;
  const text = collapse(textOf(value));
  return looksLikeMoreThanAName(text) ? undefined : PageText.of(text);
}

// A structure or unit name is a few words, not a record. A date, ten digits (a NIR, a phone, a file
// number) or three parts or more ("Maladies infectieuses – chambre 12 – NOM Prénom") is not a name:
// such a value says nothing about the user's context, so it is not counted as one.
const DATE = /\b\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/u;
const TEN_DIGITS = /(?:\d[\s.-]?){10}/u;
const PART_SEPARATOR = /\s[-–—|·•]\s/gu;

export function looksLikeMoreThanAName(text: string): boolean {
  return DATE.test(text) || TEN_DIGITS.test(text) || (text.match(PART_SEPARATOR)?.length ?? 0) >= 2;
}

// Small DOM helpers and the zones every recogniser keeps out of, built once from ./selectors.

import {
  chromeZones,
  contentContainers,
  dataRows,
  formControls,
  mainContent,
  patientZones,
} from './selectors';

export const first = (scope: Document | Element, selectors: readonly string[]): Element | null =>
  selectors.length === 0 ? null : scope.querySelector(selectors.join(', '));

export const all = (scope: Document | Element, selectors: readonly string[]): Element[] =>
  selectors.length === 0 ? [] : Array.from(scope.querySelectorAll(selectors.join(', ')));

/** The text of one small chrome element. Never called on body or html (tests/unit/read.test.ts). */
export const textOf = (element: Element): string => element.textContent ?? '';

export const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export const isHidden = (element: Element): boolean =>
  element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';

export const PATIENT_ZONES = patientZones.join(', ');
export const DATA_ROWS = dataRows.join(', ');
export const OFF_LIMITS = `${PATIENT_ZONES}, ${DATA_ROWS}`;
export const CHROME_ZONES = chromeZones.join(', ');
export const MAIN_CONTENT = mainContent.join(', ');
export const CONTENT_CONTAINERS = contentContainers.join(', ');
export const FORM_CONTROLS = formControls.join(', ');
/** Where neither the banner nor anything read in it may sit. */
export const NOT_CHROME = `${OFF_LIMITS}, ${MAIN_CONTENT}, ${CONTENT_CONTAINERS}`;

/** Inside a request file's patient zones: never read, on any page. */
export const inPatientZone = (element: Element): boolean => element.closest(PATIENT_ZONES) !== null;

/** Inside a patient zone or a data row (dashboard rows): never read as chrome. */
export const offLimitsForChrome = (element: Element): boolean =>
  inPatientZone(element) || element.closest(DATA_ROWS) !== null;

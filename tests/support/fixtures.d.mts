import type { BrowserContext } from '@playwright/test';

/** One demo page of tests/fixtures/pages.json. */
export interface FixturePage {
  /** Stable name, e.g. "public-home". */
  name: string;
  /** File name in tests/fixtures/pages/. */
  file: string;
  /** The real ViaTrajectoire address the page is served at. */
  url: string;
  /** The kind of ViaTrajectoire page it imitates. */
  pageKind: string;
  /** The guide's situation the page illustrates (a situation id). */
  situation: string;
  /** Invented patient data present on the page, which the extension must never read. */
  patientData: unknown[];
}

export const VIATRAJECTOIRE_ORIGIN: 'https://trajectoire.sante-ra.fr';
export const VIATRAJECTOIRE_PATTERN: string;
export const FIXTURE_PAGES: readonly FixturePage[];
/** The demo page of that name in pages.json; throws on a name the list does not have. */
export function fixture(name: string): FixturePage;
/** The real ViaTrajectoire address the demo page of that name is served at. */
export function fixtureUrl(name: string): string;
export function fixturePath(name: string): string;
export function fixtureBody(fixture: FixturePage): string;
export function fixtureFor(url: string): FixturePage | undefined;
export function notFoundPage(url: string): string;
export function routeViaTrajectoire(context: BrowserContext): Promise<void>;

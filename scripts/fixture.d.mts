import type { PageKind } from '../content/viatrajectoire/urls';

export class FixtureError extends Error {}
export interface FixtureEntry {
  name: string;
  file: string;
  url: string;
  pageKind: PageKind;
  situation: 'unknown';
  patientData: string[];
}
export function reportFacts(report: string): Record<string, unknown> | undefined;
export function reportSkeleton(report: string): string | undefined;
export function plausibleUrl(path: string): string;
export function checkedPath(path: unknown): string;
export function cleanSkeleton(skeleton: string): { html: string; removed: Map<string, number> };
export function fixtureFromReport(
  report: string,
  options?: { name?: string },
): { name: string; file: string; html: string; entry: FixtureEntry; removed: Map<string, number> };
export function withEntry(pagesJson: string, entry: FixtureEntry): string;

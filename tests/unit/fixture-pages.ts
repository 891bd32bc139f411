// The saved ViaTrajectoire imitations (tests/fixtures/pages.json), parsed for unit tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SituationId } from '../../content/guide/schema';
import type { PageKind } from '../../content/viatrajectoire/urls';

export interface FixturePage {
  name: string;
  file: string;
  url: string;
  pageKind: PageKind;
  situation: SituationId | 'unknown';
  patientData: string[];
}

// A string, not new URL(): happy-dom's URL global is not Node's and refuses file: paths.
const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export const fixturePages: FixturePage[] = JSON.parse(readFileSync(join(fixturesDir, 'pages.json'), 'utf8'));

export function fixtureHtml(name: string): string {
  const page = fixturePages.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`no fixture named ${name} in tests/fixtures/pages.json`);
  return readFileSync(join(fixturesDir, 'pages', page.file), 'utf8');
}

/** A fresh Document for the fixture (parsed in the test only: shipped code never parses HTML). */
export function fixtureDocument(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

export function fixtureUrl(name: string): URL {
  const page = fixturePages.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`no fixture named ${name} in tests/fixtures/pages.json`);
  return new URL(page.url);
}

export const fixtureNames = fixturePages.map((page) => page.name);

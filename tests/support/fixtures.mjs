// The demo pages that imitate ViaTrajectoire, served at ViaTrajectoire's real addresses through
// Playwright request routing. Used by the end-to-end tests (tests/e2e/extension.ts) and by
// `npm start` (scripts/start.mjs). The list lives in tests/fixtures/pages.json; the pages in
// tests/fixtures/pages/. Types: fixtures.d.mts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VIATRAJECTOIRE_ORIGIN = 'https://trajectoire.sante-ra.fr';
export const VIATRAJECTOIRE_PATTERN = `${VIATRAJECTOIRE_ORIGIN}/**`;

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** @type {import('./fixtures.d.mts').FixturePage[]} */
export const FIXTURE_PAGES = JSON.parse(readFileSync(`${FIXTURES_DIR}pages.json`, 'utf8'));

/**
 * The demo page of that name in pages.json; throws on a name the list does not have.
 * @param {string} name
 * @returns {import('./fixtures.d.mts').FixturePage}
 */
export function fixture(name) {
  const found = FIXTURE_PAGES.find((page) => page.name === name);
  if (!found) throw new Error(`no fixture named ${name} in tests/fixtures/pages.json`);
  return found;
}

/**
 * The real ViaTrajectoire address the demo page of that name is served at.
 * @param {string} name
 */
export function fixtureUrl(name) {
  return fixture(name).url;
}

/** @param {string} name */
export function fixturePath(name) {
  return `${PAGES_DIR}${name}`;
}

/** @param {import('./fixtures.d.mts').FixturePage} fixture */
export function fixtureBody(fixture) {
  // Read at each request, so an edited page shows without restarting anything.
  return readFileSync(fixturePath(fixture.file), 'utf8');
}

/** @param {string} url */
function parse(url) {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The fixture page for an address: same address (the #fragment ignored), else same path and
 * query, else same path (both case-insensitive, ViaTrajectoire's server ignores case), on the
 * same origin. Undefined when none.
 * @param {string} url
 */
export function fixtureFor(url) {
  const wanted = parse(url);
  if (!wanted) return undefined;
  wanted.hash = '';
  const candidates = FIXTURE_PAGES.flatMap((fixture) => {
    const at = parse(fixture.url);
    if (!at || at.origin !== wanted.origin) return [];
    at.hash = '';
    return [{ fixture, at }];
  });
  const lower = (/** @type {string} */ text) => text.toLowerCase();
  return (
    candidates.find(({ at }) => at.href === wanted.href) ??
    candidates.find(({ at }) => lower(at.pathname + at.search) === lower(wanted.pathname + wanted.search)) ??
    candidates.find(({ at }) => lower(at.pathname) === lower(wanted.pathname))
  )?.fixture;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** @param {string} url */
export function notFoundPage(url) {
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>Page de démonstration absente</title></head>
  <body>
    <main>
      <h1>Page de démonstration absente</h1>
      <p>Ceci est une page de démonstration : aucune page d’exemple de ViaTrajectoire n’existe à
        l’adresse <code>${escapeHtml(url)}</code>. Rien n’a été demandé au vrai site.</p>
      <p lang="en">This is a demo page: there is no ViaTrajectoire example page at this address.
        Nothing was requested from the real site.</p>
    </main>
  </body>
</html>
`;
}

/**
 * Serves every request to ViaTrajectoire's host from the fixture pages (a 404 demo page for an
 * address without one), so nothing reaches the real site.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function routeViaTrajectoire(context) {
  await context.route(VIATRAJECTOIRE_PATTERN, async (route) => {
    const url = route.request().url();
    const fixture = fixtureFor(url);
    await route.fulfill({
      status: fixture ? 200 : 404,
      contentType: 'text/html; charset=utf-8',
      body: fixture ? fixtureBody(fixture) : notFoundPage(url),
    });
  });
}

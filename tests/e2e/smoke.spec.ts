import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/launch.mjs';
import { FIXTURE_PAGES, fixtureBody, fixtureFor } from '../support/fixtures.mjs';
import { expect, test } from './extension';

const HOME = 'https://trajectoire.sante-ra.fr/Trajectoire/';

test('the extension loads: its service worker runs and gives its id', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const workers = context.serviceWorkers().map((worker) => worker.url());
  expect(workers).toContain(`chrome-extension://${extensionId}/background.js`);
});

test('popup.html opens, in French, with content in <main>', async ({ page, popupUrl }) => {
  await page.goto(popupUrl);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const main = page.locator('main');
  await expect(main).toHaveCount(1);
  await expect(main).toHaveText(/\S/);
});

test('the public home fixture is served at ViaTrajectoire’s real address, nothing else is asked', async ({
  page,
  externalRequests,
}) => {
  const fixture = fixtureFor(HOME);
  expect(fixture?.name).toBe('public-home');
  const response = await page.goto(HOME);
  expect(response?.status()).toBe(200);
  expect(await response?.text()).toBe(fixture && fixtureBody(fixture));
  await page.waitForLoadState('load');
  expect(page.url()).toBe(HOME);
  expect(externalRequests).toEqual([]);
});

test('every fixture page is served at its address; unknown addresses get a demo 404', async ({
  page,
  externalRequests,
}) => {
  for (const fixture of FIXTURE_PAGES) {
    const response = await page.goto(fixture.url);
    expect(response?.status(), fixture.name).toBe(200);
    expect(await response?.text(), fixture.name).toBe(fixtureBody(fixture));
  }
  const missing = await page.goto('https://trajectoire.sante-ra.fr/Trajectoire/Pas/De/Page/Ici');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page de démonstration absente');
  expect(externalRequests).toEqual([]);
});

test('requests to any other host are aborted and recorded', async ({ page, externalRequests }) => {
  await page.goto(HOME);
  const outcome = await page.evaluate(() =>
    fetch('https://example.org/ping', { mode: 'no-cors' }).then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(externalRequests).toEqual(['https://example.org/ping']);
  // Seen: the fixture's final check (no request left the host) would fail this test. Emptied so
  // that it does not.
  externalRequests.length = 0;
});

// The final check of every test covers the extension's service worker too: a request it made
// would be caught and recorded like a page's.
test('a request from the extension’s service worker is caught and recorded', async ({
  extensionWorker,
  externalRequests,
}) => {
  const outcome = await extensionWorker.evaluate(() =>
    fetch('https://example.org/from-worker').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(externalRequests).toEqual(['https://example.org/from-worker']);
  externalRequests.length = 0;
});

// The final check also covers ViaTrajectoire's own host: only page loads may ask it.
test('a request to ViaTrajectoire’s host other than a page load is recorded', async ({
  page,
  hostRequests,
}) => {
  await page.goto(HOME);
  await page.evaluate(() => fetch('/Trajectoire/api/quelque-chose').catch(() => undefined));
  expect(hostRequests).toEqual(['fetch https://trajectoire.sante-ra.fr/Trajectoire/api/quelque-chose']);
  hostRequests.length = 0;
});

// A build check: the guide misspells the contact address twice ("vitrajectoire…"); the right
// one is viatrajectoire.creation@sesan.fr. No file of the built extension may hold the typo.
test('the built extension never contains the misspelled contact address', () => {
  const files = readdirSync(EXTENSION_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  expect(files.length).toBeGreaterThan(0);
  // Every file, read as latin1 so that binaries are searched too (the typo is plain ASCII).
  const offenders = files.filter((file) => /vitrajectoire/i.test(readFileSync(file, 'latin1')));
  expect(offenders.map((file) => relative(EXTENSION_DIR, file))).toEqual([]);
});

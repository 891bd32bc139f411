// Nothing of a patient's file is read, shown, kept or sent (PRIVACY.md). Every demo page that
// carries invented patient data (tests/fixtures/pages.json, `patientData`) is opened; then the
// patient strings are looked for everywhere the extension could put them: the panel's text and
// markup (every disclosure open; it has no mail link at all), its links, storage.local and
// storage.session, the clipboard after every copy button, and, through the panel's message button,
// the composer and its stored draft, again once the page's tab has handled the stored choice
// (every write it asked for settled).
import type { Locator, Page } from '@playwright/test';
import { FIXTURE_PAGES, type FixturePage } from '../support/fixtures.mjs';
import { expect, storedText, test } from './extension';
import { panelInPage } from './open-panel';
import { countOf, expectCountAbove, expectReadAfter } from './signals';

const PATIENT_PAGES = FIXTURE_PAGES.filter((fixture) => fixture.patientData.length > 0);
/** What the test types in the composer: the user's own details, never a patient's. */
const TYPED = { lastName: 'Soignante-Test', unitActivity: 'Accueil de jour' };

/** Mail links as a person's mail client reads them: recipients, subject and body, decoded. */
async function decodedMailLinks(scope: Locator): Promise<string> {
  const hrefs = await scope
    .locator('a[href^="mailto:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.replaceAll('+', ' '))).join('\n');
}

/** Every place a patient string must not be, as one labelled text each. */
type Places = Record<string, string>;

function expectNoPatientData(fixture: FixturePage, places: Places) {
  for (const value of fixture.patientData.map(String)) {
    for (const [place, text] of Object.entries(places)) {
      expect(text, `${fixture.name}: « ${value} » found in ${place}`).not.toContain(value);
    }
  }
}

/** The panel opened as the user would (a tab where nothing calls for an action), every disclosure open. */
async function openAll(panel: Locator) {
  if ((await panel.getAttribute('data-open')) === 'false') await panel.locator('.panel-tab').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
  // One at a time: each click changes what the selector matches.
  const closed = panel.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  const hidden = panel.locator('.added-toggle[aria-expanded="false"]');
  while ((await hidden.count()) > 0) await hidden.first().click();
}

async function panelPlaces(page: Page, panel: Locator): Promise<Places> {
  await openAll(panel);
  const places: Places = {
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what is shown.
    'the panel’s text': await panel.innerText(),
    'the panel’s markup': await panel.evaluate((aside) => aside.outerHTML),
    'the panel’s links': (
      await panel.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    ).join('\n'),
  };
  // Every message is written in the composer: the page holds no mail link of the extension's.
  await expect(panel.locator('a[href^="mailto:"]')).toHaveCount(0);
  // Every copy button, pressed by the mouse; what lands on the clipboard, each time.
  const copies = panel.getByRole('button', { name: /^Copier/ });
  for (let index = 0; index < (await copies.count()); index++) {
    await copies.nth(index).click();
    places[`the clipboard after copy button ${index + 1}`] = await page.evaluate(() =>
      navigator.clipboard.readText(),
    );
  }
  return places;
}

for (const fixture of PATIENT_PAGES) {
  test(`${fixture.name}: no invented patient data in the panel, its links, the clipboard or storage`, async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(fixture.url).origin,
    });
    const body = await page.goto(fixture.url).then((response) => response?.text() ?? '');
    // The page does show them: a panel that copied them would be caught.
    for (const value of fixture.patientData.map(String)) expect(body).toContain(value);
    // Asked for where the page holds nothing of ours (all four prerequisites seen).
    const panel = await panelInPage(page);
    await expect(panel).toHaveAttribute('data-situation', fixture.situation);
    // The page was read and what that read stored (what it learnt, the panel's state) has landed.
    await expectReadAfter(page, 0);

    expectNoPatientData(fixture, { ...(await panelPlaces(page, panel)), storage: await storedText(worker) });
  });

  test(`${fixture.name}: through « Rédiger le message », the composer and its draft hold no patient data`, async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    await page.goto(fixture.url);
    const panel = await panelInPage(page);
    await expect(panel).toHaveAttribute('data-situation', fixture.situation);
    await openAll(panel);
    // The situation whose message carries the most page context: a unit to add (structure and unit).
    const changesBefore = await countOf(page, 'changes');
    await panel.getByRole('button', { name: /mon unité/i }).click();
    await expect(panel).toHaveAttribute('data-situation', 'no-unit');
    const composerOpened = context.waitForEvent('page');
    await panel.locator('.primary-action [data-compose="no-unit"]').click();
    const composer = await composerOpened;
    await expect(composer.locator('#composer-no-unit-lastName')).toBeVisible();
    await composer.locator('#composer-no-unit-lastName').fill(TYPED.lastName);
    await composer.locator('#composer-no-unit-unitActivity').fill(TYPED.unitActivity);

    // The draft is written: the check below looks at a real draft, not at an empty store.
    await expect.poll(() => storedText(worker)).toContain(TYPED.unitActivity);
    const fieldValues = await composer
      .locator('input, select, textarea')
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value).join('\n'));
    const places: Places = {
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what is shown.
      'the composer’s text': await composer.locator('body').innerText(),
      'the composer’s fields': fieldValues,
      'the composer’s mail link': await decodedMailLinks(composer.locator('body')),
      'storage, once the draft is written': await storedText(worker),
    };
    // Later writes are caught too: the choice has landed and the page's tab has handled a stored
    // change since, every write it asked for settled (the composer's writes are one queue: the draft
    // seen above was its last).
    await expect
      .poll(async () => JSON.parse(await storedText(worker)).local.chosenSituation?.situation)
      .toBe('no-unit');
    await expectCountAbove(page, 'changes', changesBefore);
    places['storage, once the page’s tab settled'] = await storedText(worker);
    expectNoPatientData(fixture, places);
  });
}

test('the privacy suite has patient pages to look at, request files and dashboards among them', () => {
  const kinds = new Set(PATIENT_PAGES.map((fixture) => fixture.pageKind));
  expect(kinds).toContain('request');
  expect(kinds).toContain('dashboard');
});

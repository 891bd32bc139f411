// « Ce que l'extension a compris » and « Copier un rapport de reconnaissance », at the panel's foot
// under « Pour l'équipe technique » (e2e build, open shadow root): the section says the page kind, its source and the rule; « introuvable » for a
// missing part; the copied report masks the address, holds none of a page's patient strings, and
// nothing of a request file but its kind; a script's click copies nothing.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { FIXTURE_PAGES, fixture, VIATRAJECTOIRE_ORIGIN } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { panelInPage, panelOf } from './open-panel';

const NBSP = '\u00a0';
const PATIENT_PAGES = FIXTURE_PAGES.filter((fixture) => fixture.patientData.length > 0);

async function allowClipboard(context: BrowserContext) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: VIATRAJECTOIRE_ORIGIN });
}

/** Loads the page, opens the panel as the user does (its tab, where it starts as one) and the section. */
async function openSection(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  // Asked for where the page holds nothing of ours (all four prerequisites seen).
  const panel = await panelInPage(page);
  await expect(panel).not.toHaveAttribute('data-situation', '');
  // The panel may open by itself once the page is read: the tab is clicked only if it stays a tab.
  if ((await panel.getAttribute('data-open')) === 'false') await panel.locator('.panel-tab').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
  const section = panel.locator('details.understanding');
  await expect(section).not.toHaveAttribute('open', '');
  await section.locator('summary').click();
  await expect(section).toHaveAttribute('open', '');
  return section;
}

/** The report the button copies, read back from the clipboard. */
async function copiedReport(page: Page, section: Locator): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('avant'));
  await section.getByRole('button', { name: 'Copier un rapport de reconnaissance' }).click();
  await expect(section.getByRole('status')).toHaveText('Rapport copié');
  return page.evaluate(() => navigator.clipboard.readText());
}

const term = (section: Locator, name: string) =>
  section
    .locator('.understood-terms div')
    .filter({ has: section.page().locator('dt', { hasText: name }) })
    .locator('dd');

test('on an account page: the kind, found by its heading, and the rule that chose the situation', async ({
  page,
}) => {
  const section = await openSection(page, fixture('account-prescriber').url);
  await expect(term(section, 'Page')).toHaveText(`Mon compte («${NBSP}Mes habilitations${NBSP}»)`);
  await expect(term(section, 'Reconnue par')).toHaveText('un titre de la page');
  await expect(term(section, 'Pourquoi')).toHaveText(
    `Une ligne du tableau «${NBSP}Mes habilitations${NBSP}» permet de créer des demandes.`,
  );
  // Logged in: the account is a fact of this session, with its time.
  await expect(section.locator('li', { hasText: 'Compte' })).toHaveText(
    /^Compte\u00a0: oui, vu à \d{1,2}\u00a0h\u00a0\d{2}$/,
  );
  await expect(section.locator('.added-note')).toBeVisible();
});

test('on an establishment fiche: the kind and the rule; the report masks its address', async ({
  page,
  context,
}) => {
  await allowClipboard(context);
  const { url } = fixture('establishment-no-unit');
  const section = await openSection(page, url);
  await expect(term(section, 'Page')).toHaveText('fiche établissement');
  // Its address is not one that says the kind by itself: the page's chrome did.
  await expect(term(section, 'Reconnue par')).toHaveText(/^(les onglets|un titre) de la page$/);
  await expect(term(section, 'Pourquoi')).toHaveText(
    'La fiche de votre établissement (celui du bandeau) ne liste aucune unité.',
  );
  // What this fiche taught, with its time.
  await expect(section.locator('li', { hasText: /^Unité\u00a0: non, vu à / })).toHaveCount(1);
  const report = await copiedReport(page, section);
  expect(report).toContain('establishment');
  expect(report).toContain('FicheStructure.aspx?Id=');
  // The fiche's id (?Id=4821) is masked.
  expect(report).not.toContain(new URL(url).searchParams.get('Id') ?? 'missing id');
});

test('a page whose expected part has not rendered says « introuvable »', async ({ page }) => {
  // The account's address, its Angular root still empty: no heading, no table.
  const url = `${VIATRAJECTOIRE_ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>App</title><app-root></app-root>',
    }),
  );
  const section = await openSection(page, url);
  await expect(section.locator('li', { hasText: 'introuvable' }).first()).toBeVisible();
  await expect(section).toContainText(`tableau «${NBSP}Mes habilitations${NBSP}»${NBSP}: introuvable`);
});

for (const patientPage of PATIENT_PAGES) {
  test(`${patientPage.name}: the copied report holds none of the page’s patient strings`, async ({
    page,
    context,
  }) => {
    await allowClipboard(context);
    const section = await openSection(page, patientPage.url);
    // The page does show them: a report that copied them would be caught.
    const pageText = await page.content();
    for (const value of patientPage.patientData.map(String)) expect(pageText).toContain(value);
    const report = await copiedReport(page, section);
    expect(report.length).toBeGreaterThan(100);
    for (const value of patientPage.patientData.map(String))
      expect(report, `« ${value} » in the report`).not.toContain(value);
    // Nor does the section's own text.
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what is shown.
    const shown = await section.innerText();
    for (const value of patientPage.patientData.map(String)) expect(shown).not.toContain(value);
  });
}

test('on a request file: the section and the report give the page kind and no path beyond it', async ({
  page,
  context,
}) => {
  await allowClipboard(context);
  const section = await openSection(page, fixture('request').url);
  await expect(term(section, 'Page')).toHaveText('dossier de demande');
  await expect(section.locator('.understood-terms dt')).toHaveCount(1);
  const report = await copiedReport(page, section);
  expect(report).toContain(`Type de page${NBSP}: request`);
  for (const part of ['/Trajectoire', 'Dossier', 'Edition', '900001', 'Adresse'])
    expect(report, `« ${part} » in a request file's report`).not.toContain(part);
});

test('a script’s click on the copy button copies nothing', async ({ page, context }) => {
  await allowClipboard(context);
  const section = await openSection(page, fixture('account-prescriber').url);
  await page.evaluate(() => navigator.clipboard.writeText('avant'));
  const button = section.getByRole('button', { name: 'Copier un rapport de reconnaissance' });
  await button.evaluate((element) => (element as HTMLButtonElement).click());
  // A copy starts within the click (the report is built there): this frame's clipboard read,
  // asked for after it, would see it.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('avant');
  await expect(section.getByRole('status')).toHaveText('');
  // The same button, clicked by a person, does copy: the check above could fail.
  await button.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Type de page');
});

test('a script’s click on the summary does not open the section', async ({ page }) => {
  await page.goto(fixture('account-prescriber').url);
  const panel = await panelInPage(page);
  if ((await panel.getAttribute('data-open')) === 'false') await panel.locator('.panel-tab').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
  const section = panel.locator('details.understanding');
  await expect(section.locator('summary')).toBeVisible();
  // A summary's click toggles its <details> within the click itself: the check right after is final.
  const opened = await section.locator('summary').evaluate((element) => {
    (element as HTMLElement).click();
    return (element.parentElement as HTMLDetailsElement).open;
  });
  expect(opened).toBe(false);
  await expect(section).not.toHaveAttribute('open', '');
});

test('without a maintainers’ address (the default build), only the copy is offered, never a mail link', async ({
  page,
}) => {
  const section = await openSection(page, fixture('account-prescriber').url);
  await expect(section.getByRole('button', { name: 'Copier un rapport de reconnaissance' })).toBeVisible();
  await expect(section.locator('.report-address')).toHaveCount(0);
  await expect(section.locator('a[href^="mailto:"]')).toHaveCount(0);
});

test('the section sits at the panel’s foot, closed, off the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(fixture('account-prescriber').url);
  const panel = await panelInPage(page);
  if ((await panel.getAttribute('data-open')) === 'false') await panel.locator('.panel-tab').click();
  const section = panel.locator('.panel-foot > details.understanding');
  await expect(section.locator('summary')).toHaveText('Pour l’équipe technique');
  await expect(section).not.toHaveAttribute('open', '');
  // Below the situation's next step.
  const primary = await panel.locator('.primary-action').boundingBox();
  const foot = await section.boundingBox();
  expect(foot?.y ?? 0).toBeGreaterThan((primary?.y ?? Number.POSITIVE_INFINITY) + (primary?.height ?? 0));
});

test('at 1280×800 the open section fits the panel’s width, nothing cut (screenshot attached)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const section = await openSection(page, fixture('establishment-no-unit').url);
  const body = panelOf(page).locator('.panel-body');
  const { scrollWidth, clientWidth } = await body.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth, 'the panel scrolls sideways').toBeLessThanOrEqual(clientWidth);
  await section.getByRole('button', { name: 'Copier un rapport de reconnaissance' }).scrollIntoViewIfNeeded();
  await expect(section.getByRole('button', { name: 'Copier un rapport de reconnaissance' })).toBeInViewport();
  await test.info().attach('understanding-open', { body: await page.screenshot(), contentType: 'image/png' });
});

// The toolbar popup, as a user drives it: short (the checklist first, one line under what is
// missing, then the contact and the resources), folded into « Tout est en place (4/4) » once every
// prerequisite is met, the guide's introduction one click away. Its axe audits, in every state,
// are in a11y.spec.ts.
import type { Page } from '@playwright/test';
import { CONTACT_ADDRESS as CONTACT } from '../../content/guide';
import { expect, test } from './extension';

// Only for the type checker: page.evaluate runs these in the extension's popup page.
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

/** The popup's width in the toolbar (components/popup.css). */
const POPUP_WIDTH = 400;
const TITLE = 'Où en êtes-vous\u202f?';
const STRUCTURE = 'Ma structure est décrite dans ViaTrajectoire';
const ACCOUNT = 'J’ai un compte ViaTrajectoire actif';

test.beforeEach(async ({ page, popupUrl }) => {
  await page.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  await page.goto(popupUrl);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
});

const allSet = (page: Page) => page.getByText('Tout est en place (4/4)');
const foldToggle = (page: Page) => page.locator('button[aria-controls="checklist-list"]');

test('it starts with « Où en êtes-vous ? », then the resources; nothing comes before the checklist', async ({
  page,
}) => {
  const headings = await page.locator('main h2:visible').allTextContents();
  expect(headings).toEqual([TITLE, 'Ressources utiles']);
  // The first control of the page, after nothing but the header, is the first prerequisite.
  await expect(page.locator('input, button, a, summary').first()).toHaveAccessibleName(STRUCTURE);
});

test('nothing ticked, at 400 px wide, the whole popup is 1,200 px tall at most', async ({ page }) => {
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  // Every prerequisite's line is rendered: the popup is at its tallest.
  await expect(page.locator('.next-step')).toHaveCount(4);
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  expect(width).toBe(POPUP_WIDTH);
  expect(height, 'the popup’s height, nothing ticked').toBeLessThanOrEqual(1200);
});

test('ticked prerequisites are kept across a reload, with the progress count', async ({ page }) => {
  await expect(page.locator('.progress-count')).toHaveText('0 sur 4');
  await page.getByLabel(STRUCTURE).check();
  await page.getByLabel(ACCOUNT).check();
  await expect(page.locator('.progress-count')).toHaveText('2 sur 4');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 prérequis remplis sur 4');

  await page.reload();
  await expect(page.getByLabel(STRUCTURE)).toBeChecked();
  await expect(page.getByLabel(ACCOUNT)).toBeChecked();
  await expect(page.getByLabel('Au moins une unité de ma structure est renseignée')).not.toBeChecked();
  await expect(page.locator('.progress-count')).toHaveText('2 sur 4');
});

test('under each unmet prerequisite, one line: the message that gets it done, in the composer', async ({
  page,
  context,
}) => {
  const structure = page.locator('[data-prerequisite="structure-described"]');
  await expect(structure.locator('.next-step')).toHaveText(
    /^\s*Écrire à SESAN pour référencer ma structure$/,
  );
  // One line, not a situation's whole guidance.
  await expect(page.locator('.guidance, .steps, .did-you-know')).toHaveCount(0);
  await expect(page.getByText(/Le saviez-vous/)).toHaveCount(0);

  await page.getByLabel(STRUCTURE).check();
  await expect(structure.locator('.next-step')).toHaveCount(0);
  await expect(page.locator('.next-step')).toHaveCount(3);

  // The line opens the composer on that message, in a tab of its own.
  const unit = page.locator('[data-prerequisite="structure-unit"]');
  const opened = context.waitForEvent('page', (candidate) => candidate.url().includes('/composer.html'));
  await unit.getByRole('button', { name: 'Écrire à SESAN pour ajouter mon unité' }).click();
  const composer = await opened;
  expect(new URL(composer.url()).hash).toBe('#no-unit');
});

test('once every prerequisite is met, the list folds into « Tout est en place (4/4) », and unfolds', async ({
  page,
}) => {
  await expect(allSet(page)).toHaveCount(0);
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();

  // Folded: the status with its check icon (an SVG, not a text character), the boxes out of sight.
  await expect(allSet(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tout est en place (4/4)' })).toHaveCount(1);
  // Said once: no « 4 sur 4 » beside it, no progress bar.
  await expect(page.locator('.progress-count')).toHaveCount(0);
  await expect(page.locator('progress')).toHaveCount(0);
  await expect(page.getByTestId('all-set').locator('svg')).toHaveCount(1);
  const boxes = page.locator('input[type="checkbox"]');
  await expect(boxes).toHaveCount(4);
  for (const checkbox of await boxes.all()) await expect(checkbox).toBeHidden();
  // The box just ticked went out of sight: the focus is on what unfolds the list, not lost.
  const toggle = foldToggle(page);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveText('Revoir les prérequis');
  // The next step is the guide's: learn how to create a request.
  await expect(
    page.getByRole('link', { name: /^FAQ ViaTrajectoire – Formation SESAN/ }).first(),
  ).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText('Replier les prérequis');
  for (const checkbox of await boxes.all()) await expect(checkbox).toBeVisible();
  // Unticking one brings the list back for good, with the progress.
  await page.getByLabel(ACCOUNT).uncheck();
  await expect(allSet(page)).toHaveCount(0);
  await expect(page.locator('.progress-count')).toHaveText('3 sur 4');
  await expect(toggle).toHaveCount(0);
  await expect(page.getByLabel(ACCOUNT)).toBeVisible();
});

test('what ViaTrajectoire showed counts: learnt facts alone open the popup folded', async ({ page }) => {
  const at = Date.now();
  await page.evaluate(
    (now) =>
      chrome.storage.local.set({
        learnt: {
          hasAccount: { value: true, at: now },
          hasUnit: { value: true, at: now },
          hasHabilitation: { value: true, at: now },
        },
      }),
    at,
  );
  await page.reload();
  await expect(allSet(page)).toBeVisible();
  await expect(foldToggle(page)).toHaveAttribute('aria-expanded', 'false');
  const structure = page.locator('#prerequisite-structure-described');
  await expect(structure).toHaveCount(1);
  await expect(structure).toBeHidden();
  await foldToggle(page).click();
  // Seen on ViaTrajectoire: checked, not the user's to untick, and said in words.
  await expect(page.getByRole('checkbox', { name: STRUCTURE })).toBeDisabled();
  await expect(page.locator('.seen-tag')).toHaveCount(4);
});

test('the copy button puts exactly the contact address on the clipboard, and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const contact = page.locator('.contact');
  await expect(contact.getByRole('heading')).toHaveText('Contact\u00a0:');
  await expect(contact.locator('.address')).toHaveText(CONTACT);
  await contact.getByRole('button', { name: 'Copier l’adresse' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CONTACT);
  const status = contact.getByRole('status');
  await expect(status).toHaveText(/Adresse copiée/);
  await expect(status).toBeVisible();
});

test('every mail link writes to SESAN, and says so', async ({ page }) => {
  const mail = page.locator('.contact').getByRole('link', { name: 'Écrire à SESAN' });
  await expect(mail).toHaveAttribute('href', `mailto:${CONTACT}`);
  // The icons are SVG, never text characters.
  await expect(mail.locator('svg')).toHaveCount(1);
  await expect(page.locator('body')).not.toContainText(/[✎✉→✓◉]/);
  const hrefs = await page
    .locator('a[href^="mailto:"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual([`mailto:${CONTACT}`, 'mailto:viatrajectoire@sesan.fr']);
});

test('resources link to real addresses, labelled by where they go; the extension’s own are marked', async ({
  page,
}) => {
  const resources = page.locator('section', {
    has: page.getByRole('heading', { name: 'Ressources utiles' }),
  });
  const hrefs = await resources
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThanOrEqual(5);
  for (const href of hrefs) expect(href).toMatch(/^(https:\/\/[^#]+|mailto:[^#]+)$/);
  await expect(resources.getByRole('link', { name: /Guichet Unique Régional/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.iledefrance\.ars\.sante\.fr\//,
  );
  // The training site's FAQ is named as what it is, once.
  const training = resources.locator('li', { hasText: 'Tutoriels' });
  await expect(training.getByRole('link')).toHaveAccessibleName(/^FAQ ViaTrajectoire – Formation SESAN/);
  await expect(training.getByRole('link')).toHaveAttribute(
    'href',
    'https://formation.sesan.fr/via-trajectoire/faq/',
  );
  await expect(resources.getByRole('link', { name: /^FAQ ViaTrajectoire/ })).toHaveCount(1);
  // No notes about unconfirmed addresses.
  await expect(page.getByText(/n’est pas confirmée/)).toHaveCount(0);

  // What the guide does not name says so, lightly, with its source one click away.
  const added = resources.locator('li', {
    hasText: 'Les dispositifs de soins résidentiels en Île-de-France',
  });
  const mark = added.getByRole('button', { name: '(ajout de l’extension)' });
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
  await expect(added.locator('.added-source')).toBeHidden();
  await mark.click();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  await expect(added.locator('.added-source')).toBeVisible();
  await expect(added.locator('.added-source')).toContainText('Source\u00a0: site de l’ARS Île-de-France');
  await expect(
    resources.locator('li', { hasText: 'viatrajectoire@sesan.fr' }).getByRole('button'),
  ).toHaveText('(ajout de l’extension)');
  await expect(
    resources.locator('li', { hasText: /Guichet Unique Régional/ }).getByRole('button'),
  ).toHaveCount(0);
});

test('the guide’s title, introduction and closing line wait behind « À propos du guide de SESAN »', async ({
  page,
}) => {
  const intro = page.getByText(/suivre en temps réel toutes les demandes.*tableau de bord/);
  const title = page.getByRole('heading', {
    name: 'Démarrer l’utilisation de ViaTrajectoire pour envoyer des demandes de prise en charge en ACT',
  });
  await expect(intro).toBeHidden();
  await expect(title).toBeHidden();
  await page.getByText('À propos du guide de SESAN').click();
  await expect(title).toBeVisible();
  await expect(intro).toBeVisible();
  await expect(
    page.getByText('Prêt·e à utiliser ViaTrajectoire pour envoyer des demandes de prise en charge en ACT'),
  ).toBeVisible();
  await expect(page.getByText(/Source\s: guide SESAN, version du 18\/11\/2025/)).toBeVisible();
});

test('keyboard only: reach a prerequisite, tick it with Space, focus is visible', async ({ page }) => {
  const first = page.getByLabel(STRUCTURE);
  for (
    let presses = 0;
    presses < 10 && !(await first.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(page.locator('.progress-count')).toHaveText('1 sur 4');
});

test('at 200 % zoom the popup still fits: nothing scrolls sideways', async ({ page }) => {
  // A 400 px popup at 200 % zoom lays out in 200 CSS pixels.
  await page.setViewportSize({ width: 200, height: 600 });
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

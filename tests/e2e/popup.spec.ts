// The toolbar popup, as a user drives it: the checklist, the guidance under what is missing, the
// contact actions and the resources.
import { CONTACT_ADDRESS as CONTACT } from '../../content/guide';
import { expect, test } from './extension';

test.beforeEach(async ({ page, popupUrl }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(popupUrl);
  await expect(page.getByRole('heading', { name: 'Mes prérequis' })).toBeVisible();
});

test('ticked prerequisites are kept across a reload, with the progress count', async ({ page }) => {
  await expect(page.locator('.progress-count')).toHaveText('0 sur 4');
  await page.getByLabel('Ma structure est décrite dans ViaTrajectoire').check();
  await page.getByLabel("J'ai un compte ViaTrajectoire actif".replace("'", '’')).check();
  await expect(page.locator('.progress-count')).toHaveText('2 sur 4');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 prérequis remplis sur 4');

  await page.reload();
  await expect(page.getByLabel('Ma structure est décrite dans ViaTrajectoire')).toBeChecked();
  await expect(page.getByLabel('J’ai un compte ViaTrajectoire actif')).toBeChecked();
  await expect(page.getByLabel('Au moins une unité de ma structure est renseignée')).not.toBeChecked();
  await expect(page.locator('.progress-count')).toHaveText('2 sur 4');
});

/** A prerequisite's own disclosure, not the « Autres façons d’écrire » inside its guidance. */
const GUIDANCE_DETAILS = 'details:not(.other-ways)';

test('under each unmet prerequisite, what to do; the first one is open', async ({ page }) => {
  const unit = page.locator('[data-prerequisite="structure-unit"]');
  const structure = page.locator('[data-prerequisite="structure-described"]');
  await expect(structure.locator(GUIDANCE_DETAILS)).toHaveAttribute('open', '');
  await expect(structure.getByText('J’interroge ma direction.')).toBeVisible();
  await expect(unit.locator(GUIDANCE_DETAILS)).not.toHaveAttribute('open', '');

  await page.getByLabel('Ma structure est décrite dans ViaTrajectoire').check();
  await expect(structure.locator(GUIDANCE_DETAILS)).toHaveCount(0);
  // The next unmet prerequisite now shows its guidance.
  await expect(unit.locator(GUIDANCE_DETAILS)).toHaveAttribute('open', '');
  // One primary action, « Rédiger le message »; the quick mail link waits behind « Autres façons d’écrire ».
  await expect(unit.getByRole('button', { name: 'Rédiger le message' })).toBeVisible();
  const mail = unit.getByRole('link', { name: /Écrire à SESAN pour ajouter mon unité/ });
  await expect(mail).toBeHidden();
  await unit.locator('.other-ways > summary').click();
  await expect(mail).toBeVisible();
});

test('when every prerequisite is met, the guidance for creating and sending a request', async ({ page }) => {
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
  await expect(page.locator('.progress-count')).toHaveText('4 sur 4');
  const done = page.getByTestId('all-done');
  await expect(done).toContainText('Tous les prérequis sont remplis');
  await expect(done.getByText('Je consulte le parcours de formation.')).toBeVisible();
});

test('the copy button puts exactly the contact address on the clipboard, and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const contact = page.locator('section', { has: page.getByRole('heading', { name: 'Contact' }) });
  await contact.getByRole('button', { name: 'Copier l’adresse' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CONTACT);
  const status = contact.getByRole('status');
  await expect(status).toHaveText(/Adresse copiée/);
  await expect(status).toBeVisible();
});

test('the mail link writes to the contact address', async ({ page }) => {
  const contact = page.locator('section', { has: page.getByRole('heading', { name: 'Contact' }) });
  await expect(contact.getByRole('link', { name: new RegExp(CONTACT) })).toHaveAttribute(
    'href',
    `mailto:${CONTACT}`,
  );
  // Every pre-filled mail goes to the contact address or, for the référents, to nobody yet.
  const hrefs = await page
    .locator('.mail a[href^="mailto:"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length, 'pre-filled mail links in the popup').toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href).toMatch(new RegExp(`^mailto:(${CONTACT.replace(/\./g, '\\.')})?(\\?|$)`));
  }
});

test('every situation is reachable by hand, whatever is ticked', async ({ page }) => {
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
  const situations = page.locator('details.situation');
  await expect(situations).toHaveCount(5);
  for (const [id, title] of [
    ['no-structure', '… ma structure n’est pas décrite dans ViaTrajectoire'],
    ['no-unit', '… ma structure est décrite dans ViaTrajectoire, mais pas mon unité'],
    ['no-account', '… je n’ai pas de compte'],
    ['how-to-request', '… je ne sais pas comment créer et envoyer une demande'],
  ] as const) {
    const situation = page.locator(`details.situation[data-situation="${id}"]`);
    await expect(situation.locator(':scope > summary')).toContainText(title);
    await situation.locator(':scope > summary').click();
    await expect(situation.locator('.steps')).toBeVisible();
    await expect(situation.getByText('Le saviez-vous ?'.replace(' ?', '\u202f?'))).toBeVisible();
  }
});

test('resources link to real addresses, and the guide version is shown', async ({ page }) => {
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
  await expect(page.locator('footer')).toContainText('version du 18/11/2025');
});

test('keyboard only: reach a prerequisite, tick it with Space, focus is visible', async ({ page }) => {
  const first = page.getByLabel('Ma structure est décrite dans ViaTrajectoire');
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
  await expect(page.getByRole('heading', { name: 'Mes prérequis' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the guide’s title, introduction and closing line are shown; what is ours says so in words', async ({
  page,
}) => {
  await expect(
    page.getByRole('heading', {
      name: 'Démarrer l’utilisation de ViaTrajectoire pour envoyer des demandes de prise en charge en ACT',
    }),
  ).toBeVisible();
  await expect(page.getByText(/suivre en temps réel toutes les demandes.*tableau de bord/)).toBeVisible();
  await expect(page.locator('footer')).toContainText(
    'Prêt·e à utiliser ViaTrajectoire pour envoyer des demandes de prise en charge en ACT',
  );
  // The situation the guide only implies, its box, and the resources it does not name: marked in
  // visible text, with their source.
  const implied = page.locator('details.situation[data-situation="no-habilitation"]');
  await implied.locator(':scope > summary').click();
  await expect(implied.locator('.added-note')).toHaveCount(2);
  await expect(implied.locator('.added-note').first()).toHaveText(
    /^Ajouté par l’extension \(hors guide\) Source\s:/,
  );
  const resources = page.locator('section', {
    has: page.getByRole('heading', { name: 'Ressources utiles' }),
  });
  for (const label of ['Les dispositifs de soins résidentiels en Île-de-France', 'viatrajectoire@sesan.fr']) {
    await expect(resources.locator('li', { hasText: label }).locator('.added-note')).toBeVisible();
  }
  await expect(
    resources.locator('li', { hasText: /Guichet Unique Régional/ }).locator('.added-note'),
  ).toHaveCount(0);
  // A link says where it goes: the training site's FAQ, not « the parcours »; the words say where it is.
  await expect(resources.getByRole('link', { name: /Parcours de formation/ })).toHaveCount(0);
  const training = resources.locator('li', { hasText: 'Tutoriels' });
  await expect(training.getByRole('link')).toHaveText(/^FAQ ViaTrajectoire – Formation SESAN/);
  await expect(training.getByRole('link')).toHaveAttribute(
    'href',
    'https://formation.sesan.fr/via-trajectoire/faq/',
  );
  await expect(training).toContainText(
    'Le parcours de formation, que cite le guide, devrait se trouver sur ce site',
  );
  // The FAQ is one resource: listed once, however many steps point to it.
  await expect(resources.getByRole('link', { name: /^FAQ ViaTrajectoire/ })).toHaveCount(1);
  await expect(page.getByText('page la plus proche connue')).toHaveCount(0);
});

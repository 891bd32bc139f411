// The options page, the popup's way to it, and the toolbar badge, on the e2e build. The
// badge and panel tests go through the content script (entrypoints/viatrajectoire.content sends
// BADGE_MESSAGE and reads the options).
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { fixtureUrl } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { openByItsTab, panelOf } from './open-panel';
import { WCAG_TAGS } from './wcag';

// Only for the type checker: page.evaluate and worker.evaluate run these in the extension.
declare const chrome: {
  storage: {
    local: {
      get(keys: null | string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(
        listener: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void,
      ): void;
    };
    session: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  tabs: { query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

const NBSP = '\u00a0';

const optionsUrlOf = (extensionId: string) => `chrome-extension://${extensionId}/options.html`;

async function openOptions(page: Page, extensionId: string) {
  await page.goto(optionsUrlOf(extensionId));
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
}

const readLocal = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));

/** What an extension that was used for a while keeps (the keys of every part of it). */
const USED_STORAGE = {
  checklist: { ticked: { 'structure-described': true } },
  checklist$: { v: 2 },
  learnt: { hasAccount: { value: true, at: Date.now() } },
  chosenSituation: { situation: 'no-unit', at: Date.now() },
  panel: { open: false },
  options: { panelSide: 'left', autoOpen: false },
  drafts: { 'no-structure': { structureName: 'Centre de l’Exemple' } },
  myDetails: { lastName: 'Martin', structureName: 'Centre de l’Exemple' },
};

test.describe('the options page', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
  });

  test('saves the panel side and the opening on change, says « Enregistré »', async ({ page }) => {
    await expect(page.getByRole('radio', { name: 'À droite' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Le panneau s’ouvre de lui-même' })).toBeChecked();

    await page.getByRole('radio', { name: 'À gauche' }).check();
    await expect(page.getByTestId('settings-status')).toHaveText('Enregistré');
    expect((await readLocal(page)).options).toEqual({
      panelSide: 'left',
      autoOpen: true,
      panelTab: 'until-done',
    });

    await page.getByRole('radio', { name: /reste réduit à un onglet/ }).check();
    await expect
      .poll(async () => (await readLocal(page)).options)
      .toEqual({ panelSide: 'left', autoOpen: false, panelTab: 'until-done' });
    // Open ViaTrajectoire pages follow at once: their panel collapses to its tab.
    expect((await readLocal(page)).panel).toEqual({ open: false, dismissed: [] });
    await expect(page.getByTestId('settings-status')).toHaveText('Enregistré');

    await page.reload();
    await expect(page.getByRole('radio', { name: 'À gauche' })).toBeChecked();
    await expect(page.getByRole('radio', { name: /reste réduit à un onglet/ })).toBeChecked();
  });

  test('keyboard only: arrows change the side, and it is saved', async ({ page }) => {
    const right = page.getByRole('radio', { name: 'À droite' });
    for (
      let presses = 0;
      presses < 10 && !(await right.evaluate((el) => el === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(right).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'À gauche' })).toBeChecked();
    await expect
      .poll(async () => (await readLocal(page)).options)
      .toEqual({ panelSide: 'left', autoOpen: true, panelTab: 'until-done' });
  });

  test('erase asks first; « Oui, tout effacer » leaves both storage areas empty', async ({ page }) => {
    await page.evaluate(async (stored) => {
      await chrome.storage.local.set(stored);
      await chrome.storage.session.set({ composerOpen: true });
    }, USED_STORAGE);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'À gauche' })).toBeChecked();

    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    const question = page.getByRole('group', { name: /Effacer toutes les données de l’extension/ });
    await expect(question).toBeVisible();
    // Focus on the harmless answer; nothing is erased yet.
    await expect(question.getByRole('button', { name: 'Annuler' })).toBeFocused();
    expect(Object.keys(await readLocal(page)).sort()).toEqual(Object.keys(USED_STORAGE).sort());

    await question.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByTestId('erase-status')).toHaveText('Toutes vos données ont été effacées.');
    expect(await readLocal(page)).toEqual({});
    expect(await page.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    await expect(question).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Effacer toutes mes données' })).toBeFocused();
    // The page shows the defaults again.
    await expect(page.getByRole('radio', { name: 'À droite' })).toBeChecked();
  });

  test('« Oui, tout effacer » empties an open composer, which writes nothing back', async ({
    page,
    context,
    extensionId,
  }) => {
    const composer = await context.newPage();
    await composer.goto(`chrome-extension://${extensionId}/composer.html#no-unit`);
    const lastName = composer.locator('#composer-no-unit-lastName');
    await composer.locator('#composer-no-unit-structureName').fill('Hôpital Saint-Louis');
    await expect.poll(async () => (await readLocal(composer)).drafts).toBeDefined();
    // Every change of the stored drafts, from here on, as the composer's page is told of them.
    await composer.evaluate(() => {
      const changes: { oldValue?: unknown; newValue?: unknown }[] = [];
      Object.defineProperty(window, '__draftChanges', { value: changes });
      chrome.storage.onChanged.addListener((changed, area) => {
        if (area === 'local' && changed.drafts) changes.push(changed.drafts);
      });
    });
    // Typed just before the erase: its draft is being written as the storage is cleared.
    await lastName.fill('Martin');
    await page.bringToFront();
    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByTestId('erase-status')).toHaveText('Toutes vos données ont été effacées.');

    await expect(lastName).toHaveValue('');
    await expect(composer.locator('#composer-no-unit-structureName')).toHaveValue('');
    await expect(composer.locator('.composer-status')).toHaveText(
      `Toutes vos données ont été effacées depuis les réglages${NBSP}: ce formulaire a été vidé.`,
    );
    await expect(composer.locator('.composer-status')).toHaveAttribute('role', 'status');
    // Typing again afterwards is a new draft, kept as usual.
    await lastName.fill('Durand');
    await expect
      .poll(async () => (await readLocal(composer)).drafts)
      .toEqual({ 'no-unit': { values: { lastName: 'Durand' }, referents: [], savedAt: expect.any(Number) } });
    // The composer writes one change at a time (utils/drafts.ts): what this draft
    // replaced is what every write asked before it left, and that is nothing.
    const changes = await composer.evaluate(
      () =>
        (window as unknown as { __draftChanges: { oldValue?: unknown; newValue?: unknown }[] })
          .__draftChanges,
    );
    const durand = changes.findLast((change) => JSON.stringify(change.newValue).includes('Durand'));
    expect(durand, 'the stored change that wrote « Durand »').toBeDefined();
    expect(durand?.oldValue, 'the drafts left by the writes before « Durand »').toBeUndefined();
  });

  test('« Mes coordonnées » typed once here fill the composer’s next form, and go with « Effacer toutes mes données »', async ({
    page,
    context,
    extensionId,
  }) => {
    const section = page.getByTestId('my-details');
    const mine = {
      Nom: 'Martin',
      Prénom: 'Léa',
      'Adresse mail professionnelle': 'lea.martin@hopital.fr',
      Fonction: 'Assistante sociale',
      'Nom de la structure': 'Hôpital Saint-Louis',
      Unité: 'ELSA',
    };
    // A bad address is said, and nothing is kept.
    await section.getByLabel('Adresse mail professionnelle').fill('lea.martin@');
    await section.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
    await expect(page.getByTestId('my-details-status')).toHaveText(/Adresse mail non valide/);
    await expect(section.getByLabel('Adresse mail professionnelle')).toBeFocused();
    expect((await readLocal(page)).myDetails).toBeUndefined();

    for (const [label, value] of Object.entries(mine))
      await section.getByLabel(label, { exact: true }).fill(value);
    await section.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
    await expect(page.getByTestId('my-details-status')).toHaveText('Coordonnées enregistrées.');
    expect((await readLocal(page)).myDetails).toEqual({
      lastName: 'Martin',
      firstName: 'Léa',
      email: 'lea.martin@hopital.fr',
      role: 'Assistante sociale',
      structureName: 'Hôpital Saint-Louis',
      unitName: 'ELSA',
    });

    const composer = await context.newPage();
    await composer.goto(`chrome-extension://${extensionId}/composer.html#referents-account`);
    const input = (id: string) => composer.locator(`#composer-referents-account-${id}`);
    await expect(input('lastName')).toHaveValue('Martin');
    await expect(input('email')).toHaveValue('lea.martin@hopital.fr');
    await expect(input('unitName')).toHaveValue('ELSA');

    await page.bringToFront();
    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByTestId('erase-status')).toHaveText('Toutes vos données ont été effacées.');
    expect(await readLocal(page)).toEqual({});
    for (const label of Object.keys(mine))
      await expect(section.getByLabel(label, { exact: true })).toHaveValue('');
    // The open composer is emptied, not filled again with the erased details.
    for (const id of ['lastName', 'email', 'unitName']) await expect(input(id)).toHaveValue('');
    await composer.reload();
    await expect(input('lastName')).toHaveValue('');
  });

  test('« Annuler » (or Escape) leaves everything as it was', async ({ page }) => {
    await page.evaluate((stored) => chrome.storage.local.set(stored), USED_STORAGE);
    const before = await readLocal(page);

    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByTestId('erase-status')).toHaveText('Rien n’a été effacé.');
    await expect(page.getByRole('button', { name: 'Effacer toutes mes données' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: /Effacer toutes les données/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Effacer toutes mes données' })).toBeFocused();

    expect(await readLocal(page)).toEqual(before);
  });

  test('axe finds no WCAG 2.2 AA violation, before and during the confirmation', async ({ page }) => {
    const audit = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
        ),
        `axe violations ${where}`,
      ).toEqual([]);
    };
    await page.getByRole('radio', { name: 'À gauche' }).check();
    await expect(page.getByTestId('settings-status')).toHaveText('Enregistré');
    await audit('after a change');
    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    await expect(page.getByRole('button', { name: 'Oui, tout effacer' })).toBeVisible();
    await audit('in the confirmation');
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByTestId('erase-status')).toHaveText('Toutes vos données ont été effacées.');
    await audit('after erasing');
  });

  test('at 200 % zoom (320 px) nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the popup’s button opens the options page in a tab', async ({
  page,
  context,
  popupUrl,
  extensionId,
}) => {
  await page.goto(popupUrl);
  const opened = context.waitForEvent('page', (candidate) => candidate.url() === optionsUrlOf(extensionId));
  await page.getByRole('button', { name: 'Réglages et effacement de mes données' }).click();
  const options = await opened;
  await expect(options.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
});

// --- Needs the content script's wiring (entrypoints/viatrajectoire.content) ---------------------

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The id of the tab showing `page`: without the `tabs` permission, the active tab's id. */
async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  await page.bringToFront();
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

const badgeOf = (worker: Worker, tabId: number) =>
  worker.evaluate(
    (id) => Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]),
    tabId,
  );

test.describe('the toolbar badge', () => {
  test('the badge shows how many prerequisites remain on a ViaTrajectoire tab, ✓ when none', async ({
    page,
    context,
    popupUrl,
  }) => {
    const worker = await serviceWorker(context);
    // The public home page proves nothing: all four remain.
    await page.goto(fixtureUrl('public-home'));
    await expect(page.locator('vt-act-guide')).toHaveCount(1);
    const tabId = await tabIdOf(page, worker);
    await expect.poll(() => badgeOf(worker, tabId)).toEqual(['4', `Guide ACT${NBSP}: 4 prérequis restants`]);

    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await popup.getByLabel('Ma structure est décrite dans ViaTrajectoire').check();
    await popup.getByLabel('J’ai un compte ViaTrajectoire actif').check();
    await expect.poll(() => badgeOf(worker, tabId)).toEqual(['2', `Guide ACT${NBSP}: 2 prérequis restants`]);
    for (const checkbox of await popup.getByRole('checkbox').all()) await checkbox.check();
    await expect
      .poll(() => badgeOf(worker, tabId))
      .toEqual(['✓', `Guide ACT${NBSP}: tous les prérequis sont remplis`]);
    // The popup's own tab is no ViaTrajectoire page: no badge there.
    expect((await badgeOf(worker, await tabIdOf(popup, worker)))[0]).toBe('');

    // A new page on ViaTrajectoire asks again (Chrome clears a tab's badge on each new page).
    await page.goto(fixtureUrl('login'));
    await expect
      .poll(() => badgeOf(worker, tabId))
      .toEqual(['✓', `Guide ACT${NBSP}: tous les prérequis sont remplis`]);

    // Away from ViaTrajectoire the badge goes, and a change of the checklist does not bring it back.
    await page.goto('about:blank');
    expect((await badgeOf(worker, tabId))[0]).toBe('');
    // Another ViaTrajectoire tab, whose badge does follow the checklist: once it changed, the
    // background has handled the change.
    const other = await context.newPage();
    await other.goto(fixtureUrl('login'));
    const otherTabId = await tabIdOf(other, worker);
    await expect.poll(async () => (await badgeOf(worker, otherTabId))[0]).toBe('✓');
    // All met, the popup's list is folded: unfold it first.
    await popup.getByRole('button', { name: 'Revoir les prérequis' }).click();
    await popup.getByLabel('Ma structure est décrite dans ViaTrajectoire').uncheck();
    await expect.poll(async () => (await badgeOf(worker, otherTabId))[0]).toBe('1');
    expect(await badgeOf(worker, tabId)).toEqual(['', 'Guide ACT ViaTrajectoire']);
  });
});

test.describe('the panel follows the options', () => {
  async function setOptions(context: BrowserContext, popupUrl: string, options: object) {
    const extensionPage = await context.newPage();
    await extensionPage.goto(popupUrl);
    await extensionPage.evaluate((value) => chrome.storage.local.set({ options: value }), options);
    await extensionPage.close();
  }

  test('« À gauche » puts the panel against the left edge', async ({ page, context, popupUrl }) => {
    await setOptions(context, popupUrl, { panelSide: 'left', autoOpen: true });
    await page.goto(fixtureUrl('public-home'));
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-side', 'left');
    await openByItsTab(panel);
    const box = await panel.locator('.panel-body').boundingBox();
    expect(box?.x).toBe(0);
    await panel.getByRole('button', { name: 'Réduire le guide' }).click();
    const tab = await panel.locator('.panel-tab').boundingBox();
    expect(tab?.x).toBe(0);
  });

  test('« reste réduit à un onglet » opens every page with the tab only', async ({
    page,
    context,
    popupUrl,
  }) => {
    await setOptions(context, popupUrl, { panelSide: 'right', autoOpen: false });
    await page.goto(fixtureUrl('public-home'));
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-open', 'false');
    await expect(panel.locator('.panel-tab')).toBeVisible();
    await page.goto(fixtureUrl('login'));
    await expect(panel).toHaveAttribute('data-open', 'false');
  });

  test('a change on the options page moves the panel on an open page', async ({
    page,
    context,
    extensionId,
  }) => {
    await page.goto(fixtureUrl('public-home'));
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-side', 'right');
    const options = await context.newPage();
    await openOptions(options, extensionId);
    await options.getByRole('radio', { name: 'À gauche' }).check();
    await expect(panel).toHaveAttribute('data-side', 'left');
  });
});

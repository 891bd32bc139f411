// Calm by default (content/options.ts): the panel opens by itself only for a blocker the user has
// not closed it on, the login page and the public home start as the tab, the tab says what is left
// to do, and once the four prerequisites are met nothing of the extension is in the page until the
// user asks for it (the toolbar popup's « Afficher le guide sur cette page », Alt+Shift+V).
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { labels } from '../../content/text/fr/panel';
import { SHOW_PANEL_MESSAGE, TOGGLE_PANEL_MESSAGE } from '../../utils/messages';
import { fixtureUrl } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { panelOf } from './open-panel';
import { countOf, expectDecided, expectStarted } from './signals';
import { WCAG_TAGS } from './wcag';

// Only for the type checker: these callbacks run in the extension's service worker or pages.
declare const chrome: {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
  tabs: {
    query(query: { active: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** The four prerequisites ticked in the popup: a user who is all set up. */
const ALL_TICKED = {
  checklist: {
    ticked: {
      'structure-described': true,
      'structure-unit': true,
      'user-account': true,
      'user-habilitation': true,
    },
  },
  checklist$: { v: 2 },
};

const setLocal = (worker: Worker, items: Record<string, unknown>) =>
  worker.evaluate((values) => chrome.storage.local.set(values), items);
const readLocal = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));

/** What the background does on Alt+Shift+V (headless Chromium routes no key to `commands`), or what the popup's button sends. */
const relay = (worker: Worker, type: string) =>
  worker.evaluate(async (messageType) => {
    const tab = (await chrome.tabs.query({ active: true })).find((candidate) => candidate.id !== undefined);
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { type: messageType });
  }, type);

/** Loads a page and waits until the content script read it and decided whether it shows itself. */
async function visit(page: Page, name: string) {
  await page.goto(fixtureUrl(name));
  await expectDecided(page);
  return panelOf(page);
}

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('the login page and the public home', () => {
  for (const name of ['login', 'public-home']) {
    test(`${name}: the tab, never open by itself, saying what is left`, async ({ page }) => {
      const panel = await visit(page, name);
      await expect(panel).toHaveAttribute('data-situation', 'no-account');
      await expect(panel).toHaveAttribute('data-open', 'false');
      const tab = panel.locator('.panel-tab');
      await expect(tab).toHaveText(`Guide ACT · 4\u00a0à faire`);
      await expect(tab).toHaveAccessibleName(
        'Guide ACT\u00a0: 4\u00a0prérequis sur 4 restent à remplir. Ouvrir le guide (Alt+Maj+V)',
      );
    });
  }
});

test('closed on a blocker, the panel never reopens by itself for it: other pages, a log-out and a log-in, a new day', async ({
  page,
  extensionWorker,
}) => {
  // A new blocker: the panel opens by itself, once.
  let panel = await visit(page, 'account-no-habilitation');
  await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
  await expect(panel).toHaveAttribute('data-open', 'true');
  await panel.getByRole('button', { name: labels.panelCollapse }).click();
  await expect(panel).toHaveAttribute('data-open', 'false');

  // The dashboard still knows the blocker (learnt on the account page): a tab.
  panel = await visit(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
  await expect(panel).toHaveAttribute('data-open', 'false');
  // Log out: the login page asks, as a tab.
  panel = await visit(page, 'login');
  await expect(panel).toHaveAttribute('data-open', 'false');
  // Log in again: the dashboard, still a tab.
  panel = await visit(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
  await expect(panel).toHaveAttribute('data-open', 'false');

  // What is kept: the blocker's id, nothing else.
  expect((await readLocal(extensionWorker)).panel).toEqual({ open: false, dismissed: ['no-habilitation'] });

  // The next day the browser starts afresh (the background forgets the session's facts): the account
  // page shows the same blocker again, and the panel stays a tab.
  await extensionWorker.evaluate(() => chrome.storage.local.remove(['learnt', 'chosenSituation']));
  panel = await visit(page, 'account-no-habilitation');
  await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
  await expect(panel).toHaveAttribute('data-open', 'false');

  // Another blocker is news: it opens by itself.
  panel = await visit(page, 'establishment-no-unit');
  await expect(panel).toHaveAttribute('data-situation', 'no-unit');
  await expect(panel).toHaveAttribute('data-open', 'true');
});

test('« je ne sais pas comment créer… » never opens the panel by itself; seen all set up, nothing in the page', async ({
  page,
}) => {
  const panel = await visit(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  await expect(panel).toHaveAttribute('data-open', 'false');
  // The account page shows an account, a unit and a habilitation that creates requests (a unit
  // proves the structure described): nothing is left, and the page holds nothing of ours.
  await visit(page, 'account-prescriber');
  await expectStarted(page, 'hidden');
  await expect(page.locator('vt-act-guide')).toHaveCount(0);
});

test('the tab counts what is left, and follows the popup’s ticks', async ({ page, extensionWorker }) => {
  // Logged in: the account is seen, three prerequisites are left.
  const panel = await visit(page, 'dashboard');
  const tab = panel.locator('.panel-tab');
  await expect(tab).toHaveText(`Guide ACT · 3\u00a0à faire`);
  await expect(tab).toHaveAccessibleName(
    'Guide ACT\u00a0: 3\u00a0prérequis sur 4 restent à remplir. Ouvrir le guide (Alt+Maj+V)',
  );
  // Ticked in the popup: the open page's tab follows.
  await setLocal(extensionWorker, {
    checklist: { ticked: { 'structure-described': true, 'structure-unit': true } },
    checklist$: { v: 2 },
  });
  await expect(tab).toHaveText(`Guide ACT · 1\u00a0à faire`);
  await expect(tab).toHaveAccessibleName(
    'Guide ACT\u00a0: 1\u00a0prérequis sur 4 reste à remplir. Ouvrir le guide (Alt+Maj+V)',
  );
  // The last one ticked: the tab stays under the user's eyes, saying nothing is left…
  await setLocal(extensionWorker, ALL_TICKED);
  await expect(tab).toHaveText('Guide ACT');
  // …and the next page holds nothing.
  await visit(page, 'dashboard');
  await expectStarted(page, 'out');
  await expect(page.locator('vt-act-guide')).toHaveCount(0);
});

test.describe('the set-up user (4/4)', () => {
  test.beforeEach(async ({ extensionWorker }) => {
    await setLocal(extensionWorker, ALL_TICKED);
  });

  test('gets nothing in the page, on any page', async ({ page }) => {
    for (const name of ['dashboard', 'login', 'request']) {
      await visit(page, name);
      await expectStarted(page, 'out');
      await expect(page.locator('vt-act-guide')).toHaveCount(0);
      expect(await countOf(page, 'panels')).toBe(0);
    }
  });

  test('the popup’s button to show the guide on this page shows it, open', async ({
    page,
    context,
    popupUrl,
  }) => {
    await visit(page, 'dashboard');
    await expectStarted(page, 'out');
    const popup = await context.newPage();
    // The popup acts on the active tab: the ViaTrajectoire page, in front.
    await page.bringToFront();
    await popup.goto(popupUrl);
    const button = popup.getByRole('button', { name: labels.tab.showOnPage });
    await expect(button).toBeVisible();
    // The popup with its new button passes the accessibility audit.
    const audit = await new AxeBuilder({ page: popup }).withTags(WCAG_TAGS).analyze();
    expect(audit.violations.map((violation) => violation.id)).toEqual([]);
    const closed = popup.waitForEvent('close');
    await button.click();
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-open', 'true');
    await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
    // The popup closes itself, so the page is seen.
    await closed;
  });

  test('the popup offers no button where the tab is not ViaTrajectoire', async ({ context, popupUrl }) => {
    const other = await context.newPage();
    await other.goto('about:blank');
    const popup = await context.newPage();
    await other.bringToFront();
    await popup.goto(popupUrl);
    await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
    // The answer (none) has come once the checklist shows; give the query a moment all the same.
    await popup.waitForTimeout(300);
    await expect(popup.getByRole('button', { name: labels.tab.showOnPage })).toHaveCount(0);
  });

  test('Alt+Shift+V puts it in the page, open, then toggles it', async ({ page, extensionWorker }) => {
    await visit(page, 'dashboard');
    await expectStarted(page, 'out');
    await relay(extensionWorker, TOGGLE_PANEL_MESSAGE);
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-open', 'true');
    // The user pressed a key for it: focus is in the panel, as after a click on its tab.
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('vt-act-guide');
    await relay(extensionWorker, TOGGLE_PANEL_MESSAGE);
    await expect(panel).toHaveAttribute('data-open', 'false');
    await relay(extensionWorker, TOGGLE_PANEL_MESSAGE);
    await expect(panel).toHaveAttribute('data-open', 'true');
  });

  test('a missing prerequisite brings the guide back: a page showing no habilitation', async ({ page }) => {
    await visit(page, 'dashboard');
    await expectStarted(page, 'out');
    // Ticked by hand, but this page shows none: a blocker seen for the first time opens the panel.
    let panel = await visit(page, 'account-no-habilitation');
    await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
    await expect(panel).toHaveAttribute('data-open', 'true');
    await panel.getByRole('button', { name: labels.panelCollapse }).click();
    // Dismissed, it stays a tab, which says what is left.
    panel = await visit(page, 'dashboard');
    await expect(panel).toHaveAttribute('data-open', 'false');
    await expect(panel.locator('.panel-tab')).toHaveText(`Guide ACT · 1\u00a0à faire`);
  });
});

test.describe('« Onglet du guide »', () => {
  async function setTab(context: BrowserContext, extensionId: string, choice: string) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('radio', { name: choice }).check();
    await expect(options.getByTestId('settings-status')).toHaveText('Enregistré');
    await options.close();
  }

  test('« Toujours »: the tab on every page, also once all is done', async ({
    page,
    context,
    extensionId,
    extensionWorker,
  }) => {
    await setLocal(extensionWorker, ALL_TICKED);
    await setTab(context, extensionId, 'Toujours');
    const panel = await visit(page, 'dashboard');
    await expect(panel.locator('.panel-tab')).toHaveText('Guide ACT');
    await expect(panel.locator('.panel-tab')).toHaveAccessibleName(
      'Guide ACT\u00a0: tous les prérequis sont remplis. Ouvrir le guide (Alt+Maj+V)',
    );
  });

  test('« Jamais »: nothing in the page, not even for a new blocker, until asked', async ({
    page,
    context,
    extensionId,
    extensionWorker,
  }) => {
    await setTab(context, extensionId, 'Jamais');
    await visit(page, 'account-no-habilitation');
    await expectStarted(page, 'hidden');
    await expect(page.locator('vt-act-guide')).toHaveCount(0);
    await relay(extensionWorker, SHOW_PANEL_MESSAGE);
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-open', 'true');
    await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
  });

  test('« Tant qu’il reste quelque chose à faire », the default: the tab while something is left; a change applies to an open page', async ({
    page,
    context,
    extensionId,
  }) => {
    const panel = await visit(page, 'dashboard');
    await expect(panel.locator('.panel-tab')).toBeVisible();
    await setTab(context, extensionId, 'Jamais');
    await expect(page.locator('vt-act-guide')).toHaveCount(0);
    await setTab(context, extensionId, 'Tant qu’il reste quelque chose à faire');
    await expect(panel.locator('.panel-tab')).toHaveText(`Guide ACT · 3\u00a0à faire`);
  });
});

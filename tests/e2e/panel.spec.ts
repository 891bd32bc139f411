// End-to-end tests of the in-page panel on the e2e test build (the shipped code with the panel’s
// shadow root open), with the fixture pages served at ViaTrajectoire's real addresses
// (tests/e2e/extension.ts): what a user of the panel relies on, page by page.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { CONTACT_ADDRESS } from '../../content/guide';
import { SITUATIONS_CALLING_FOR_ACTION } from '../../content/options';
import { labels } from '../../content/text/fr/panel';
import { TOGGLE_PANEL_MESSAGE } from '../../utils/messages';
import {
  FIXTURE_PAGES,
  fixture,
  fixturePath,
  VIATRAJECTOIRE_ORIGIN as VT_ORIGIN,
} from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { askForPanel, openByItsTab, panelOf } from './open-panel';
import { expectDecided, expectReadAfter } from './signals';

// Only for the type checker: page.evaluate runs these in the extension's popup page.
declare const chrome: {
  tabs: {
    query(query: { active: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

/** The dashboard fixture's header shows this structure name: hostile markup, as text. */
const HOSTILE_STRUCTURE = "Centre <img src=x onerror=alert(1)> de l'Exemple";

/** Whether the panel opens by itself on this situation (content/options.ts); elsewhere, a tab. */
const callsForAction = (situation: string): boolean =>
  (SITUATIONS_CALLING_FOR_ACTION as readonly string[]).includes(situation);

/**
 * The fixtures that show all four prerequisites met (an account page with a habilitation that
 * creates requests, whose unit proves the structure described): with the default « Onglet du
 * guide », nothing of the extension is in such a page until the user asks for it.
 */
const ALL_SEEN = new Set(['account-prescriber', 'account-grid', 'account-cards']);

/**
 * Loads a fixture and returns its panel, open: it opens by itself on a blocker (content/options.ts);
 * elsewhere it starts as a tab (checked here), which the user clicks; where nothing is left to do,
 * nothing is in the page and the user asks for it from the popup.
 */
async function openFixture(page: Page, name: string, situation = fixture(name).situation): Promise<Locator> {
  const { url } = fixture(name);
  await page.goto(url);
  const panel = panelOf(page);
  if ((await expectDecided(page)) !== 'panel') {
    await expect(page.locator('vt-act-guide')).toHaveCount(0);
    await askForPanel(page);
  }
  await expect(panel).toHaveCount(1);
  await expect(panel).toHaveAttribute('data-situation', situation);
  if ((await panel.getAttribute('data-open')) === 'false') {
    expect(callsForAction(situation), 'a blocker seen for the first time opens the panel').toBe(false);
    await panel.locator('.panel-tab').click();
  }
  await expect(panel).toHaveAttribute('data-open', 'true');
  return panel;
}

/** Opens the panel's « Ce n'est pas votre cas ? » chooser (if it is not open). */
async function openChooser(panel: Locator) {
  const details = panel.locator('.chooser details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/** Picks a situation by hand in the chooser. */
async function chooseSituation(panel: Locator, title: RegExp) {
  await openChooser(panel);
  await panel.getByRole('button', { name: title }).click();
}

/** Everything the extension keeps, read from one of its own pages. */
// --- 1. Every fixture: the right page kind and situation --------------------------------------------

test.describe('on each fixture page, the panel shows its page kind and situation', () => {
  for (const page of FIXTURE_PAGES) {
    test(`${page.name}: data-page=${page.pageKind}, data-situation=${page.situation}`, async ({
      page: tab,
      externalRequests,
    }) => {
      await tab.goto(page.url);
      const panel = panelOf(tab);
      if (ALL_SEEN.has(page.name)) {
        // All four met: nothing in the page, until the user asks for it (the popup's button).
        expect(await expectDecided(tab)).not.toBe('panel');
        await expect(tab.locator('vt-act-guide')).toHaveCount(0);
        await askForPanel(tab);
        await expect(panel).toHaveAttribute('data-open', 'true');
      } else {
        // Opens by itself only on a blocker: elsewhere, a tab.
        await expect(panel).toHaveAttribute('data-open', String(callsForAction(page.situation)));
      }
      await expect(panel).toHaveAttribute('data-page', page.pageKind);
      await expect(panel).toHaveAttribute('data-situation', page.situation);
      await expect(tab.locator('vt-act-guide')).toHaveCount(1);
      expect(externalRequests).toEqual([]);
    });
  }
});

// --- 2. Single-page navigation ----------------------------------------------------------------------

/** Changes the address as Angular does (pushState), without a reload. */
async function pushState(page: Page, url: string) {
  await page.evaluate((url) => history.pushState({}, '', url), url);
}

test('pushState to another page kind updates data-page and data-situation without a reload', async ({
  page,
}) => {
  const panel = await openFixture(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-page', 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  // A marker that a reload would wipe.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // How fast is the bench's to measure: here, that the panel follows (Playwright's expect timeout).
  await pushState(page, fixture('request').url);
  await expect(panel).toHaveAttribute('data-page', 'request');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  // On a request file, the next step is the training (« Ouvrir le parcours de formation »).
  await expect(panel.locator('.primary-action [data-resource="sesan-formation"]')).toBeVisible();

  // An account address whose DOM is not there: the kind changes from the address alone.
  await pushState(page, fixture('account-no-habilitation').url);
  await expect(panel).toHaveAttribute('data-page', 'account');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(page.locator('vt-act-guide')).toHaveCount(1);
});

/** The <main> of a fixture page, as markup, to render it later as Angular would. */
function mainMarkupOf(name: string): string {
  const html = readFileSync(fixturePath(fixture(name).file), 'utf8');
  const main = /<main>([\s\S]*?)<\/main>/.exec(html)?.[1];
  if (!main) throw new Error(`no <main> in ${name}`);
  return main;
}

/**
 * pushState to `url`, empties <main> at once (the old view goes), renders `markup` into it after
 * `delayMs` (the new view comes late) and resolves, once rendered, with the page kind and the
 * situation the panel showed just before the render.
 */
async function lateRender(page: Page, url: string, markup: string, delayMs = 300) {
  return page.evaluate(
    ({ url, markup, delayMs }) =>
      new Promise<{ before: string | null; pageBefore: string | null }>((resolve) => {
        const aside = document.querySelector('vt-act-guide')?.shadowRoot?.querySelector('aside.panel');
        const main = document.querySelector('main');
        if (!aside || !main) throw new Error('panel or <main> missing');
        history.pushState({}, '', url);
        main.replaceChildren();
        setTimeout(() => {
          const before = aside.getAttribute('data-situation');
          const pageBefore = aside.getAttribute('data-page');
          const parsed = new DOMParser().parseFromString(`<main>${markup}</main>`, 'text/html');
          main.append(...Array.from(parsed.body.querySelector('main')?.childNodes ?? []));
          resolve({ before, pageBefore });
        }, delayMs);
      }),
    { url, markup, delayMs },
  );
}

test('pushState to an account page whose table renders late: the situation follows the table', async ({
  page,
}) => {
  const panel = await openFixture(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');

  // Habilitations that cannot create requests, rendered 300 ms after the address changed.
  const noHabilitation = await lateRender(
    page,
    fixture('account-no-habilitation').url,
    mainMarkupOf('account-no-habilitation'),
  );
  expect(noHabilitation.pageBefore).toBe('account');
  expect(noHabilitation.before, 'before the table renders, what the session knows').toBe('how-to-request');
  await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');

  // Then "Mon compte" with a habilitation that creates requests (account-prescriber's table).
  const prescriber = await lateRender(
    page,
    fixture('account-prescriber').url,
    mainMarkupOf('account-prescriber'),
  );
  expect(prescriber.pageBefore).toBe('account');
  expect(prescriber.before, 'before the table renders: learnt this session').toBe('no-habilitation');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  await expect(page.locator('vt-act-guide')).toHaveCount(1);
});

// --- 3. What is learnt follows the user across pages, and ticks the popup ---------------------------

test('a fact learnt on the account page carries to the dashboard and ticks the popup', async ({
  page,
  context,
  popupUrl,
}) => {
  const account = await openFixture(page, 'account-no-habilitation');
  await expect(account).toHaveAttribute('data-situation', 'no-habilitation');

  // What was learnt makes the dashboard's situation no-habilitation, which opens the panel.
  const dashboard = await openFixture(page, 'dashboard', 'no-habilitation');
  await expect(dashboard).toHaveAttribute('data-page', 'dashboard');
  await expect(dashboard).toHaveAttribute('data-situation', 'no-habilitation');

  const popup = await context.newPage();
  await popup.goto(popupUrl);
  const accountBox = popup.locator('#prerequisite-user-account');
  await expect(accountBox).toBeChecked();
  const accountRow = popup.locator('[data-prerequisite="user-account"] .prerequisite-row');
  await expect(accountRow).toContainText('vu sur ViaTrajectoire');
  await expect(popup.locator('#prerequisite-user-account-seen')).toHaveText('vu sur ViaTrajectoire');
  await expect(popup.locator('#prerequisite-user-habilitation')).not.toBeChecked();
  await expect(popup.locator('[data-prerequisite="user-habilitation"] .prerequisite-row')).not.toContainText(
    'vu sur ViaTrajectoire',
  );
});

// --- 4. Copy button ---------------------------------------------------------------------------------

test('"Copier l’adresse" puts exactly the contact address on the clipboard, with visible feedback', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: VT_ORIGIN });
  const panel = await openFixture(page, 'dashboard');
  // Something else on the clipboard first, so a copy that does nothing cannot pass.
  await page.evaluate(() => navigator.clipboard.writeText('avant'));
  const status = panel.locator('.copy-address [role="status"]');
  await expect(status).toHaveText('');

  // A plain way under the primary action: no disclosure to open first.
  await panel.getByRole('button', { name: /Copier l.adresse/ }).click();
  await expect(status).toContainText('Adresse copiée');
  await expect(panel.getByText('Adresse copiée')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CONTACT_ADDRESS);
});

// --- 5. No mail link in the page: every message is written in the composer -----------------------------

/** Opens every disclosure of the panel and every « (ajout de l'extension) » source, as a person would. */
async function openEverything(panel: Locator) {
  // One at a time: each click changes what the selector matches.
  const closed = panel.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  const hidden = panel.locator('.added-toggle[aria-expanded="false"]');
  while ((await hidden.count()) > 0) await hidden.first().click();
}

test('no mail link anywhere in the panel, in every situation, opened fully', async ({ page }) => {
  const panel = await openFixture(page, 'dashboard');
  const situations = ['no-structure', 'no-unit', 'no-account', 'no-habilitation', 'how-to-request'];
  for (const situation of situations) {
    const title = new RegExp(titlePattern(situation), 'i');
    await chooseSituation(panel, title);
    await expect(panel).toHaveAttribute('data-situation', situation);
    await openEverything(panel);
    // Something to look at: the situation's messages, as buttons that open the composer.
    expect(await panel.locator('[data-compose]').count(), situation).toBeGreaterThan(0);
    await expect(panel.locator('a[href^="mailto:"]'), situation).toHaveCount(0);
  }
  // The login page (its own status line) and a page where the user chooses, once the choice is undone.
  await panel.getByRole('button', { name: labels.undoChoice }).click();
  await expect(panel.locator('.status-line')).toContainText(labels.status.notSeen);
  for (const name of ['login', 'other-public-charte']) {
    const other = await openFixture(page, name);
    await openEverything(other);
    await expect(other.locator('a[href^="mailto:"]'), name).toHaveCount(0);
  }
});

/** The start of a situation's title in the guide, to pick it in the chooser. */
function titlePattern(situation: string): string {
  const titles: Record<string, string> = {
    'no-structure': 'ma structure n.est pas décrite',
    'no-unit': 'mais pas mon unité',
    'no-account': 'je n.ai pas de compte',
    'no-habilitation': 'pas d.habilitation',
    'how-to-request': 'je ne sais pas comment',
  };
  return titles[situation] ?? situation;
}

// --- 6. The manual choice persists and can be undone --------------------------------------------------

test('a situation chosen by hand survives a reload and can be undone', async ({ page }) => {
  const panel = await openFixture(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');

  await chooseSituation(panel, /je n.ai pas de compte/i);
  await expect(panel).toHaveAttribute('data-situation', 'no-account');
  // The chooser closes on a choice; opened again, it shows which one is pressed.
  await openChooser(panel);
  await expect(panel.getByRole('button', { name: /je n.ai pas de compte/i })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(panel.getByRole('button', { name: /ma structure n.est pas décrite/i })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // The live region says it.
  await expect(panel.locator('p.visually-hidden[role="status"]')).toContainText(/je n.ai pas de compte/i);

  await page.reload();
  await expect(panel).toHaveAttribute('data-situation', 'no-account');
  // A chosen situation is no blocker: the panel starts as the tab (calm by default).
  await openByItsTab(panel);

  await panel.getByRole('button', { name: 'Revenir à la situation déduite de la page' }).click();
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  await expect(panel.getByRole('button', { name: 'Revenir à la situation déduite de la page' })).toHaveCount(
    0,
  );

  await page.reload();
  await expect(panel).toHaveAttribute('data-page', 'dashboard');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
});

// --- 7. Collapse, expand, keyboard --------------------------------------------------------------------

test('collapse to a tab, which stays collapsed after a reload; keyboard opens and closes it', async ({
  page,
}) => {
  const panel = await openFixture(page, 'dashboard');
  const tabButton = panel.getByRole('button', { name: /Guide ACT/ }).and(panel.locator('.panel-tab'));

  await panel.getByRole('button', { name: 'Réduire le guide' }).click();
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(tabButton).toBeVisible();
  await expect(tabButton).toHaveAttribute('aria-expanded', 'false');
  await expect(tabButton).toBeFocused();

  await page.reload();
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(tabButton).toBeVisible();
  await expect(panel.locator('.panel-body')).toHaveCount(0);

  // From the start of the page (just reloaded: nothing focused), Tab reaches the tab button
  // within the first presses.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  const focusPath: string[] = [];
  for (let press = 1; press <= 3; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element ? `${element.localName}.${element.className}` : 'none';
    });
    focusPath.push(focused);
    if (await tabButton.evaluate((button) => button.matches(':focus'))) break;
  }
  await expect(tabButton, `focus after each Tab: ${focusPath.join(' → ')}`).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-open', 'true');
  const heading = panel.getByRole('heading', { name: 'Guide ACT ViaTrajectoire', level: 2 });
  await expect(heading).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(tabButton).toBeFocused();
});

test('the Alt+Shift+V command, as the background relays it, toggles the panel', async ({ page, context }) => {
  // Headless Chromium does not route a keyboard press to an extension's `commands`, so this drives
  // the part after the shortcut: the background's tabs.sendMessage to the tab, as on Alt+Shift+V.
  const panel = await openFixture(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-open', 'true');
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  const relay = () =>
    worker.evaluate(async (type) => {
      const tabs = await chrome.tabs.query({ active: true });
      const tab = tabs.find((candidate) => candidate.id !== undefined);
      if (tab?.id === undefined) throw new Error('no active tab');
      await chrome.tabs.sendMessage(tab.id, { type });
    }, TOGGLE_PANEL_MESSAGE);

  await relay();
  await expect(panel).toHaveAttribute('data-open', 'false');
  await relay();
  await expect(panel).toHaveAttribute('data-open', 'true');
});

// --- 8. Privacy: tests/e2e/privacy.spec.ts, on every page with invented patient data. ------------------

// --- 9. Hostile text -----------------------------------------------------------------------------

test('a structure name holding markup is neither shown nor run: the panel says where the page shows it', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const panel = await openFixture(page, 'dashboard');
  await expect(panel.locator('.context-shown')).toHaveText(labels.contextShown.both);
  await expect(panel.getByText(HOSTILE_STRUCTURE)).toHaveCount(0);
  expect(await panel.textContent()).not.toContain('Centre');
  await expect(panel.locator('img[src="x"]')).toHaveCount(0);
  const imgXInShadow = await page
    .locator('vt-act-guide')
    .evaluate((host) => host.shadowRoot?.querySelectorAll('img[src="x"]').length ?? -1);
  expect(imgXInShadow).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // An <img> that fails to load (without a request): once its onerror ran, one made by the panel
  // while rendering the name would have run too.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = new Image();
        probe.onerror = () => resolve();
        probe.src = 'data:image/png;base64,AAAA';
      }),
  );
  expect(dialogs).toEqual([]);
});

// --- 10. Layout --------------------------------------------------------------------------------------

async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1')?.getBoundingClientRect();
    return {
      h1: h1 && { x: h1.x, y: h1.y, width: h1.width, height: h1.height },
      bodyWidth: document.body.getBoundingClientRect().width,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

test('opening or collapsing the panel never moves the page; the tab stays small', async ({
  page,
  context,
}) => {
  const dashboard = fixture('dashboard');
  // The same page where the extension does not run (another host), as the baseline.
  await context.route('https://copie.example.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(fixturePath(dashboard.file), 'utf8'),
    }),
  );
  await page.goto('https://copie.example.test/tableau-de-bord');
  await expect(page.locator('vt-act-guide')).toHaveCount(0);
  const baseline = await layoutOf(page);
  expect(baseline.h1).toBeDefined();

  const panel = await openFixture(page, 'dashboard');
  await expect(panel).toHaveAttribute('data-open', 'true');
  const open = await layoutOf(page);

  await panel.getByRole('button', { name: 'Réduire le guide' }).click();
  await expect(panel).toHaveAttribute('data-open', 'false');
  const collapsed = await layoutOf(page);

  expect(open).toEqual(baseline);
  expect(collapsed).toEqual(baseline);

  const tab = await panel.locator('.panel-tab').boundingBox();
  expect(tab).not.toBeNull();
  expect(tab?.width).toBeLessThan(60);
  expect(tab?.height).toBeLessThan(200);
});

test('the panel’s message button opens the composer in a tab, with no name from the page', async ({
  page,
  context,
}) => {
  const panel = await openFixture(page, 'dashboard');
  await chooseSituation(panel, /mais pas mon unité/);
  await expect(panel).toHaveAttribute('data-situation', 'no-unit');
  const opened = context.waitForEvent('page', (candidate) => candidate.url().includes('/composer.html'));
  await panel.locator('[data-compose="no-unit"]').click();
  const composer = await opened;
  await composer.waitForLoadState();
  expect(new URL(composer.url()).hash).toBe('#no-unit');
  // The header shows a structure and a unit: the user types their own; nothing comes from the page.
  await expect(composer.locator('#composer-no-unit-structureName')).toHaveValue('');
  await expect(composer.locator('#composer-no-unit-unitName')).toHaveValue('');
  // The ViaTrajectoire tab is still there, its panel unchanged.
  await expect(panel).toHaveAttribute('data-situation', 'no-unit');
});

// --- 12. The rule, by the guide ----------------------------------------------------------------------

/** The learnt facts as stored, read in the extension's service worker. */
async function storedLearnt(context: BrowserContext): Promise<unknown> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(async () => (await chrome.storage.local.get(null)).learnt ?? null);
}

test('an account with no habilitation row: data-situation=no-habilitation, and nothing learnt about the unit', async ({
  page,
  context,
}) => {
  const panel = await openFixture(page, 'account-no-row');
  await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
  await expect
    .poll(() => storedLearnt(context))
    .toEqual({
      hasAccount: { value: true, at: expect.any(Number) },
      hasHabilitation: { value: false, at: expect.any(Number) },
    });
});

test("another establishment's fiche → no learnt fact changes", async ({ page, context }) => {
  // The user's own fiche with units first: hasUnit=true is learnt.
  const own = await openFixture(page, 'establishment-units');
  await expect(own).toHaveAttribute('data-situation', 'how-to-request');
  await expect
    .poll(async () => Object.keys((await storedLearnt(context)) ?? {}).sort())
    .toEqual(['hasAccount', 'hasUnit']);
  const before = await storedLearnt(context);

  // Another structure's fiche, with no unit: not no-unit, and nothing stored changes.
  const other = await openFixture(page, 'establishment-other-no-unit');
  await expect(other).toHaveAttribute('data-page', 'establishment');
  await expect(other).toHaveAttribute('data-situation', 'how-to-request');
  // Read, and whatever it stored written.
  await expectReadAfter(page, 0);
  expect(await storedLearnt(context)).toEqual(before);

  // The user's own fiche with no unit does teach it (the test above can fail).
  const ownNoUnit = await openFixture(page, 'establishment-no-unit');
  await expect(ownNoUnit).toHaveAttribute('data-situation', 'no-unit');
  await expect
    .poll(async () => ((await storedLearnt(context)) as { hasUnit?: { value: boolean } }).hasUnit?.value)
    .toBe(false);
});

test('the status line asks while the habilitations are unseen, then says which page decided', async ({
  page,
}) => {
  const dashboard = await openFixture(page, 'dashboard');
  await expect(dashboard).toHaveAttribute('data-situation', 'how-to-request');
  const status = dashboard.locator('.status-line');
  await expect(status).toContainText(labels.status.notSeen);
  await expect(dashboard).not.toContainText('Situation supposée');
  await expect(dashboard).not.toContainText(labels.status.thisPage);

  // The account page decides: « Situation déduite de la page ».
  const account = await openFixture(page, 'account-prescriber');
  await expect(account).toHaveAttribute('data-situation', 'how-to-request');
  await expect(account.locator('.status-line')).toHaveText(labels.status.thisPage);

  // Back on the dashboard, the account page seen earlier decided, and the panel says so.
  const after = await openFixture(page, 'dashboard');
  await expect(after).toHaveAttribute('data-situation', 'how-to-request');
  await expect(after.locator('.status-line')).toHaveText(
    /^D’après votre page Mon compte, vue aujourd’hui à \d{1,2}\u00a0h\u00a0\d{2}\.$/,
  );
});

// --- 13. The first screen at 1280×800 ----------------------------------------------------------------

for (const name of ['login', 'account-no-row', 'dashboard']) {
  test(`${name}: at 1280×800 the first screen (status, steps, primary action, « Ce n’est pas votre cas ? ») needs no scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const panel = await openFixture(page, name);
    const body = panel.locator('.panel-body');
    const parts = {
      status: panel.locator('.status-line'),
      chooser: panel.locator('.chooser summary'),
      title: panel.locator('#vt-act-situation-title'),
      'last step': panel.locator('.steps > li').last(),
      'primary action': panel.locator('.primary-action .button'),
    };
    for (const [part, locator] of Object.entries(parts)) {
      await expect(locator, part).toHaveCount(1);
      await expect(locator, `${part} is in view`).toBeInViewport({ ratio: 1 });
    }
    expect(await body.evaluate((element) => element.scrollTop)).toBe(0);
    // One primary action: the other ways are links.
    await expect(panel.locator('.button:not(.button-secondary)')).toHaveCount(1);
    await test
      .info()
      .attach(`first-screen-${name}`, { body: await page.screenshot(), contentType: 'image/png' });
  });
}

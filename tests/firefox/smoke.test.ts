// The Firefox package, run in a real headless Firefox (tests/firefox/firefox.ts): on the login,
// account and dashboard pages, the panel shows the page kind and situation the fixture declares,
// « Copier l’adresse » puts SESAN's address on the clipboard, and no request leaves
// ViaTrajectoire's host. One Firefox for the whole file (a launch costs 5 s or more); the add-on is
// installed afresh for each page and uninstalled after it, which drops its storage. The pages run
// in an order where leftover storage would show: the account page teaches "no habilitation",
// which would turn the dashboard's situation from how-to-request into no-habilitation.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_ADDRESS } from '../../content/guide';
import type { MatchedSituation } from '../../content/match';
import { SITUATIONS_CALLING_FOR_ACTION } from '../../content/options';
import { labels } from '../../content/text';
import { fixture, VIATRAJECTOIRE_ORIGIN } from '../support/fixtures.mjs';
import {
  clickInPanel,
  FIREFOX_DIR,
  FIREFOX_E2E_DIR,
  FIREFOX_FAVICON,
  geckoIdOf,
  installPackage,
  type LaunchedFirefox,
  launchFirefox,
  panelState,
  type TabRequests,
  tabServingFixtures,
  WAIT,
  waitForPanelOpen,
  waitForPanelText,
} from './firefox';

const SMOKE_PAGES = ['login', 'account-no-habilitation', 'dashboard'];

/** Reads the clipboard from the page (allowed by the launch's dom.events.testing.asyncClipboard). */
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

let firefox: LaunchedFirefox;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

for (const name of SMOKE_PAGES) {
  const { url, pageKind, situation } = fixture(name);

  describe(`Firefox, ${name} (${pageKind}, ${situation})`, () => {
    let addonId: string;
    let page: Page;
    let requests: TabRequests;

    beforeAll(async () => {
      addonId = await installPackage(firefox.browser, FIREFOX_E2E_DIR);
      ({ page, requests } = await tabServingFixtures(firefox.browser));
      await page.goto(url, { waitUntil: 'load' });
    });

    afterAll(async () => {
      if (!page?.isClosed()) await page?.close();
      if (addonId) await firefox.browser.uninstallExtension(addonId);
    });

    it('installs the package under its own add-on id', () => {
      expect(addonId).toBe(geckoIdOf(FIREFOX_E2E_DIR));
    });

    it(`shows the panel with data-page=${pageKind}, data-situation=${situation}`, async () => {
      const state = await panelState(page);
      expect({ page: state.page, situation: state.situation }).toEqual({ page: pageKind, situation });
      // Opens by itself only where the situation calls for an action: elsewhere, a tab.
      const opensByItself = SITUATIONS_CALLING_FOR_ACTION.includes(situation as MatchedSituation);
      await waitForPanelOpen(page, opensByItself);
      if (!opensByItself) {
        await clickInPanel(page, '.panel-tab');
        await waitForPanelOpen(page, true);
      }
    });

    it('« Copier l’adresse » puts SESAN’s address on the clipboard and says so', async () => {
      const sentinel = 'presse-papiers avant le clic';
      await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
      expect(await readClipboard(page)).toBe(sentinel);

      // Under the situation's primary action, a plain way: no disclosure to open first.
      await clickInPanel(page, '.current-situation button', labels.copyAddress);
      await waitForPanelText(page, '.current-situation .copy-status', labels.addressCopied);
      expect(await readClipboard(page)).toBe(CONTACT_ADDRESS);
    });

    it('asks for nothing but the page (and Firefox for its favicon), from the tab or elsewhere', async () => {
      // Closed first, so that requests sent while the page was left are counted too.
      await page.close();
      const unexpected = requests.all.filter(
        (requested) => requested !== url && requested !== FIREFOX_FAVICON && !requested.startsWith('data:'),
      );
      expect(
        unexpected,
        'requests of the tab other than its page, Firefox’s favicon and data: images',
      ).toEqual([]);
      expect(requests.all).toContain(url);
      expect(firefox.proxied, 'requests that reached the refusing proxy').toEqual([]);
    });
  });
}

describe('Firefox, the shipped package', () => {
  let addonId: string;

  beforeAll(async () => {
    addonId = await installPackage(firefox.browser, FIREFOX_DIR);
  });

  afterAll(async () => {
    if (addonId) await firefox.browser.uninstallExtension(addonId);
  });

  it('keeps the panel’s shadow root closed to the page', async () => {
    const { page } = await tabServingFixtures(firefox.browser);
    await page.goto(fixture('login').url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('vt-act-guide') !== null, WAIT);
    const host = await page.evaluate(() => {
      const element = document.querySelector('vt-act-guide');
      return { rootHidden: element?.shadowRoot === null, text: element?.textContent };
    });
    expect(host).toEqual({ rootHidden: true, text: '' });
    await page.close();
  });
});

describe('Firefox, nothing reached the network', () => {
  it('no request of the extension’s pages, background or Firefox itself reached the proxy', () => {
    expect(firefox.proxied, 'requests that reached the refusing proxy').toEqual([]);
  });

  // The two nets, shown to catch what they must: without them the checks above would prove nothing.
  it('a request from the tab to another host is aborted and recorded', async () => {
    const { page, requests } = await tabServingFixtures(firefox.browser);
    await page.goto(`${VIATRAJECTOIRE_ORIGIN}/Trajectoire/`, { waitUntil: 'load' });
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/from-the-tab', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(requests.aborted).toContain('https://example.org/from-the-tab');
    await page.close();
  });

  it('a request outside the intercepted tab reaches the proxy and is refused', async () => {
    const page = await firefox.browser.newPage();
    const outcome = await page.evaluate(() =>
      fetch('http://example.org/outside-the-tab', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    // Firefox retries a connection the proxy drops: the same request, several times.
    expect(new Set(firefox.proxied)).toEqual(new Set(['GET http://example.org/outside-the-tab']));
    await page.close();
  });
});

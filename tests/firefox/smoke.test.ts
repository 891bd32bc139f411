// The Firefox package, run in a real headless Firefox (tests/firefox/firefox.ts): on the login,
// account and dashboard pages, the panel shows the page kind and situation the fixture declares,
// « Copier l’adresse » puts SESAN's address on the clipboard, and no request leaves
// ViaTrajectoire's host. A fresh profile per page, as the Chromium e2e: what one page teaches the
// extension (an account seen, a missing habilitation) would change the next page's situation.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_ADDRESS, labels } from '../../content/guide';
import type { MatchedSituation } from '../../content/match';
import { SITUATIONS_CALLING_FOR_ACTION } from '../../content/options';
import { FIXTURE_PAGES, VIATRAJECTOIRE_ORIGIN } from '../support/fixtures.mjs';
import {
  clickInPanel,
  FIREFOX_DIR,
  FIREFOX_E2E_DIR,
  FIREFOX_FAVICON,
  geckoIdOf,
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

function fixture(name: string) {
  const found = FIXTURE_PAGES.find((page) => page.name === name);
  if (!found) throw new Error(`no fixture named ${name} in tests/fixtures/pages.json`);
  return found;
}

/** Reads the clipboard from the page (allowed by the launch's dom.events.testing.asyncClipboard). */
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const name of SMOKE_PAGES) {
  const { url, pageKind, situation } = fixture(name);

  describe(`Firefox, ${name} (${pageKind}, ${situation})`, () => {
    let firefox: LaunchedFirefox;
    let page: Page;
    let requests: TabRequests;
    let closed = false;

    beforeAll(async () => {
      firefox = await launchFirefox(FIREFOX_E2E_DIR);
      ({ page, requests } = await tabServingFixtures(firefox.browser));
      await page.goto(url, { waitUntil: 'load' });
    });

    afterAll(async () => {
      if (!closed) await firefox?.close();
    });

    it('installs the package under its own add-on id', () => {
      expect(firefox.addonId).toBe(geckoIdOf(FIREFOX_E2E_DIR));
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

      // Where the situation offers « Rédiger le message », the copy waits behind « D’autres moyens ».
      const behindDisclosure = await page.evaluate(() =>
        Boolean(
          document
            .querySelector('vt-act-guide')
            ?.shadowRoot?.querySelector('.current-situation details.other-ways:not([open])'),
        ),
      );
      if (behindDisclosure) await clickInPanel(page, '.current-situation details.other-ways > summary');
      await clickInPanel(page, '.current-situation button', labels.copyAddress);
      await waitForPanelText(page, '.current-situation .copy-status', labels.addressCopied);
      expect(await readClipboard(page)).toBe(CONTACT_ADDRESS);
    });

    it('sends no request beyond ViaTrajectoire’s host, from the tab or anywhere else', async () => {
      // Closed first, so that requests sent while the page was left are counted too.
      await firefox.close();
      closed = true;
      const unexpected = requests.all.filter(
        (requested) => requested !== url && requested !== FIREFOX_FAVICON && !requested.startsWith('data:'),
      );
      expect(
        unexpected,
        'requests of the tab other than its page, Firefox’s favicon and data: images',
      ).toEqual([]);
      expect(requests.all).toContain(url);
      expect(firefox.proxied, 'requests that reached the network proxy').toEqual([]);
    });
  });
}

describe('Firefox, the nets and the shipped package', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefox(FIREFOX_DIR);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('the shipped package keeps the panel’s shadow root closed to the page', async () => {
    const { page } = await tabServingFixtures(firefox.browser);
    await page.goto(fixture('login').url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('vt-act-guide') !== null, WAIT);
    const host = await page.evaluate(() => {
      const element = document.querySelector('vt-act-guide');
      return {
        hostFound: element !== null,
        rootHidden: element?.shadowRoot === null,
        text: element?.textContent,
      };
    });
    expect(host).toEqual({ hostFound: true, rootHidden: true, text: '' });
  });

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
    expect(firefox.proxied).toContain('GET http://example.org/outside-the-tab');
  });
});

// Runs the built Firefox package in a real, headless Firefox through WebDriver BiDi
// (puppeteer-core): a fresh profile per launch, the package installed as a temporary add-on, the
// fixture pages served at ViaTrajectoire's real addresses, and two nets for requests. In the tab,
// BiDi interception answers the host from the fixtures and aborts and records the rest. Everywhere
// else (the extension's background page, its other pages, Firefox itself), Firefox's proxy
// preference sends every request to a local proxy that records and refuses it: nothing reaches
// the network, and whatever tried is listed.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/firefox.mjs';
import { type FixturePage, fixtureBody, fixtureFor, VIATRAJECTOIRE_ORIGIN } from '../support/fixtures.mjs';

/** The shipped Firefox package (`npm run build:firefox`): the panel's shadow root is closed. */
export const FIREFOX_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
/** The e2e Firefox package (`wxt build -b firefox --mv3 --mode e2e`): the same code, shadow root open. */
export const FIREFOX_E2E_DIR = fileURLToPath(new URL('../../.output/firefox-mv3-e2e', import.meta.url));

/** Firefox asks every site for its icon by itself: that request is the browser's, not the extension's. */
export const FIREFOX_FAVICON = `${VIATRAJECTOIRE_ORIGIN}/favicon.ico`;

/** Wide enough for the panel to open by itself (content/options.ts, NARROW_VIEWPORT_PX). */
const VIEWPORT = { width: 1280, height: 800 };

/** The add-on id a package declares (browser_specific_settings.gecko.id). */
export function geckoIdOf(dir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
    return manifest.browser_specific_settings.gecko.id;
  } catch {
    throw new Error(
      `Paquet Firefox absent ou illisible : ${dir}/manifest.json. Lancez « npm run test:firefox-e2e » (il le construit).\n` +
        `Firefox package missing or unreadable: ${dir}/manifest.json. Run "npm run test:firefox-e2e" (it builds it).`,
    );
  }
}

/** A local HTTP proxy that records every request and CONNECT, and refuses it (the fetch fails). */
async function refusingProxy(): Promise<{ port: number; seen: string[]; close: () => Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request) => {
    seen.push(`${request.method} ${request.url}`);
    request.socket.destroy();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, socket: Socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { port, seen, close };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Requests that reached the refusing proxy: any context's, outside BiDi's interception. */
  proxied: string[];
  close: () => Promise<void>;
}

/** A headless Firefox on a fresh profile, its network going to the refusing proxy. */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error(
      'Aucun Firefox trouvé : lancez « node scripts/ensure-firefox.mjs » ou indiquez son chemin dans FIREFOX_PATH.\n' +
        'No Firefox found: run "node scripts/ensure-firefox.mjs" or set FIREFOX_PATH to it.',
    );
  const proxy = await refusingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    // Generous for a loaded 2-core machine, bounded all the same.
    timeout: 60_000,
    protocolTimeout: 60_000,
    // Lets Firefox honour services.settings.server below (release builds ignore it otherwise).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // Every request not answered in the tab goes to the refusing proxy, localhost included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own Remote Settings sync: a data: address, so the proxy sees only other traffic.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Lets the test put a sentinel on the clipboard and read it back without a paste prompt.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  return {
    browser,
    proxied: proxy.seen,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/**
 * Installs a package as a temporary add-on (so its host access is granted) and returns the id
 * Firefox gives back. Uninstalling a temporary add-on drops its storage: the next install
 * starts as on a fresh profile.
 */
export async function installPackage(browser: Browser, dir: string): Promise<string> {
  geckoIdOf(dir);
  return browser.installExtension(dir);
}

/** What a tab asked for: every URL, and those BiDi aborted (no fixture on ViaTrajectoire's host, or another host). */
export interface TabRequests {
  all: string[];
  aborted: string[];
}

/**
 * A new tab whose requests to ViaTrajectoire's host are answered from the fixture pages; every
 * other request is aborted and recorded, so nothing leaves the browser from the tab.
 */
export async function tabServingFixtures(browser: Browser): Promise<{ page: Page; requests: TabRequests }> {
  const page = await browser.newPage();
  const requests: TabRequests = { all: [], aborted: [] };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    requests.all.push(url);
    // A data: address (the panel's icon) is decoded in the browser: let through, nothing is sent.
    if (url.startsWith('data:')) {
      void request.continue();
      return;
    }
    const fixture = url.startsWith(`${VIATRAJECTOIRE_ORIGIN}/`) ? fixtureFor(url) : undefined;
    if (fixture) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: fixtureBody(fixture),
      });
    } else {
      requests.aborted.push(url);
      void request.abort();
    }
  });
  return { page, requests };
}

/** Polling for the page's state, bounded: the panel appears and changes when the extension says so. */
export const WAIT = { polling: 50, timeout: 20_000 } as const;

/** The panel's attributes, read through the open shadow root of the e2e package; waits for the panel. */
export async function panelState(page: Page): Promise<{ page: string; situation: string; open: string }> {
  const state = await page.waitForFunction(() => {
    const aside = document
      .querySelector('vt-act-guide')
      ?.shadowRoot?.querySelector<HTMLElement>('aside.panel[data-situation]');
    return aside
      ? {
          page: aside.dataset.page ?? '',
          situation: aside.dataset.situation ?? '',
          open: aside.dataset.open ?? '',
        }
      : undefined;
  }, WAIT);
  const value = await state.jsonValue();
  if (!value) throw new Error('the panel went away while it was read');
  return value;
}

/** Waits until the panel's data-open is `open` (the extension reads its storage before deciding). */
export async function waitForPanelOpen(page: Page, open: boolean): Promise<void> {
  await page.waitForFunction(
    (wanted: string) =>
      document
        .querySelector('vt-act-guide')
        ?.shadowRoot?.querySelector('aside.panel')
        ?.getAttribute('data-open') === wanted,
    WAIT,
    String(open),
  );
}

/**
 * Clicks an element of the panel as a user does (a real pointer click, so the event is trusted):
 * the first visible match of `selector` in its shadow root, whose text is `text` when given.
 */
export async function clickInPanel(page: Page, selector: string, text?: string): Promise<void> {
  const element = await page.waitForFunction(
    (css: string, wanted: string | null) => {
      const root = document.querySelector('vt-act-guide')?.shadowRoot;
      return [...(root?.querySelectorAll(css) ?? [])].find(
        (found): found is HTMLElement =>
          found instanceof HTMLElement &&
          found.checkVisibility() &&
          (wanted === null || found.textContent?.trim() === wanted),
      );
    },
    WAIT,
    selector,
    text ?? null,
  );
  const handle = element.asElement() as ElementHandle<Element> | null;
  if (!handle) throw new Error(`nothing to click in the panel: ${selector} ${text ?? ''}`);
  await handle.click();
}

/** Waits until the first match of `selector` in the panel holds `expected` in its text. */
export async function waitForPanelText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (css: string, wanted: string) =>
      document.querySelector('vt-act-guide')?.shadowRoot?.querySelector(css)?.textContent?.includes(wanted) ??
      false,
    WAIT,
    selector,
    expected,
  );
}

export type { FixturePage };

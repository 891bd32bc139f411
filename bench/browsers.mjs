// The three sides (with the extension, with the no-op extension, without any), each a persistent
// Chromium context serving the fixture and bench pages at ViaTrajectoire's addresses.
import { chromium } from '@playwright/test';
import { blockOtherHosts, chromiumArgs, chromiumExecutable } from '../scripts/launch.mjs';
import { routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import { BENCH_PAGES } from './pages.mjs';
import { EXTENSION_DIR } from './setup.mjs';

/** The three sides, in the order the tables show them. */
export const SIDES = ['with', 'noop', 'without'];

/** @template T @param {(side: string) => T} fn @returns {Record<string, T>} */
export const bySide = (fn) => Object.fromEntries(SIDES.map((side) => [side, fn(side)]));

/**
 * The order in which the three sides load the k-th page (or churn): rotated by one place from one
 * k to the next, and reversed every three, so six consecutive k give the six orders, and each side
 * takes each place, and comes just after each other side, as often as the others.
 */
export function sideOrder(k) {
  const shift = k % SIDES.length;
  const rotated = [...SIDES.slice(shift), ...SIDES.slice(0, shift)];
  return Math.floor(k / SIDES.length) % 2 === 0 ? rotated : rotated.reverse();
}

/** The page-side instrument, on every side: long tasks, and when the panel's host is inserted. */
function instrument() {
  const rec = { longTaskEnd: 0, inserted: undefined, aside: false };
  Object.defineProperty(window, '__vtBench', { value: rec });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        rec.longTaskEnd = Math.max(rec.longTaskEnd, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the trace still has them.
  }
  // The panel's host is inserted as a child of <html> (after <head>): watch <html>'s children only,
  // so the instrument costs nothing while the parser builds the body.
  const onHtml = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.localName === 'vt-act-guide' && rec.inserted === undefined) {
          rec.inserted = performance.now();
          rec.aside = node.shadowRoot?.querySelector('aside') != null;
          onHtml.disconnect();
        }
      }
    }
  });
  const watchHtml = () => {
    if (!document.documentElement) return false;
    onHtml.observe(document.documentElement, { childList: true });
    return true;
  };
  if (!watchHtml()) {
    const onDocument = new MutationObserver(() => {
      if (watchHtml()) onDocument.disconnect();
    });
    onDocument.observe(document, { childList: true });
  }
}

const pageCache = new Map();
/** The routing and the page-side instrument, on a context of any side. */
export async function prepare(context) {
  await blockOtherHosts(context);
  await routeViaTrajectoire(context);
  // Registered last, so checked first: the bench-only pages.
  await context.route(
    (url) => BENCH_PAGES.has(url.href),
    async (route) => {
      const url = route.request().url();
      if (!pageCache.has(url)) pageCache.set(url, BENCH_PAGES.get(url)());
      await route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageCache.get(url) });
    },
  );
  await context.addInitScript(instrument);
  return context;
}

async function extensionWorker(context) {
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  if (!worker.url().startsWith('chrome-extension://')) throw new Error(`unexpected worker ${worker.url()}`);
  return worker;
}

const EXTENSION_FLAGS = /^--(?:load-extension|disable-extensions-except)=/;

/** The "without" side's flags: the same as with the extension, minus the flags that load it. */
export const withoutExtensionArgs = () =>
  chromiumArgs(EXTENSION_DIR).filter((arg) => !EXTENSION_FLAGS.test(arg));

/** Launches the three sides at once; `noop` is makeNoopExtension()'s result. */
export async function launchAll(noop) {
  const executablePath = chromiumExecutable();
  const withArgs = chromiumArgs(EXTENSION_DIR);
  const noopArgs = chromiumArgs(noop.dir);
  const withoutArgs = withoutExtensionArgs();
  const launch = (args) => chromium.launchPersistentContext('', { executablePath, headless: true, args });
  const [withExt, noopExt, without] = await Promise.all([
    launch(withArgs),
    launch(noopArgs),
    launch(withoutArgs),
  ]);
  const [worker] = await Promise.all([extensionWorker(withExt), extensionWorker(noopExt)]);
  await Promise.all([prepare(withExt), prepare(noopExt), prepare(without)]);
  return {
    withExt,
    noopExt,
    without,
    contexts: { with: withExt, noop: noopExt, without },
    extensionId: new URL(worker.url()).host,
    /**
     * Writes `values` ({ key: value }) to the extension's storage.local, from its service worker,
     * as the extension itself stores them.
     * @param {Record<string, unknown>} values
     */
    seed: async (values) => {
      const current = await extensionWorker(withExt);
      await current.evaluate((items) => chrome.storage.local.set(items), values);
    },
    flags: { with: withArgs, noop: noopArgs, without: withoutArgs },
  };
}

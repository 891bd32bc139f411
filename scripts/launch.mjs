// Launches Chromium with the built extension (.output/chrome-mv3) loaded, for the end-to-end
// tests (tests/e2e/extension.ts) and `npm start` (scripts/start.mjs). Types: launch.d.mts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

/** The shipped build (`wxt build`): what users install, and what `npm start` shows. */
export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
/**
 * The end-to-end test build (`wxt build --mode e2e`): the same code, with the panel's shadow root
 * open so Playwright's locators reach inside (entrypoints/viatrajectoire.content/shadow-host.ts).
 */
export const E2E_EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3-e2e', import.meta.url));

const VIATRAJECTOIRE_HOST = 'trajectoire.sante-ra.fr';

/** Throws a clear message when the extension is not built. */
export function assertExtensionBuilt(dir = EXTENSION_DIR) {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(
      `Extension non construite : ${dir}/manifest.json est absent. Lancez « npm run build » (et « npm run build:e2e » pour les tests).\n` +
        `Extension not built: ${dir}/manifest.json is missing. Run "npm run build" (and "npm run build:e2e" for the tests).`,
    );
  }
  return dir;
}

/** Chromium's command-line flags: the extension loaded, and no background traffic of its own. */
export function chromiumArgs(dir = EXTENSION_DIR) {
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
  // Chromium's sandbox refuses to run as root.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

/** The Chromium to drive, or a clear message saying how to get one. */
export function chromiumExecutable() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'Aucun Chromium trouvé : lancez « node scripts/ensure-chromium.mjs », installez Chromium, ou indiquez son chemin dans CHROMIUM_PATH.\n' +
        'No Chromium found: run "node scripts/ensure-chromium.mjs", install Chromium, or set CHROMIUM_PATH to it.',
    );
  }
  return executablePath;
}

/**
 * A fresh Chromium profile (a temporary directory) with the extension loaded (the shipped build
 * unless `dir` says otherwise).
 * @param {{ headless?: boolean, viewport?: { width: number, height: number } | null, dir?: string }} [options]
 */
export async function launchWithExtension({ headless = true, viewport, dir: wanted = EXTENSION_DIR } = {}) {
  const dir = assertExtensionBuilt(wanted);
  return chromium.launchPersistentContext('', {
    executablePath: chromiumExecutable(),
    headless,
    args: chromiumArgs(dir),
    ...(viewport === undefined ? {} : { viewport }),
  });
}

/**
 * The extension's id, from its service worker's address (chrome-extension://<id>/background.js).
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function extensionIdOf(context, timeout = 10_000) {
  let worker = context.serviceWorkers()[0];
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', { timeout });
    } catch {
      throw new Error(
        `Le service worker de l'extension n'a pas démarré en ${timeout} ms (extension chargée depuis ${EXTENSION_DIR} ?).\n` +
          `The extension's service worker did not start within ${timeout} ms (extension loaded from ${EXTENSION_DIR}?).`,
      );
    }
  }
  return new URL(worker.url()).host;
}

/** An extension page's address, popup.html by default. @param {string} extensionId */
export function popupUrlOf(extensionId, page = 'popup.html') {
  return `chrome-extension://${extensionId}/${page}`;
}

/**
 * True for an http(s) address anywhere but ViaTrajectoire's own host (over https).
 * @param {URL} url
 */
export function isExternal(url) {
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return web && !(url.protocol === 'https:' && url.hostname === VIATRAJECTOIRE_HOST);
}

/**
 * Aborts every request to another host than ViaTrajectoire's, and records its address in the
 * returned list (which fills as requests come).
 * @param {import('@playwright/test').BrowserContext} context
 * @returns {Promise<string[]>}
 */
export async function blockOtherHosts(context) {
  /** @type {string[]} */
  const blocked = [];
  await context.route(isExternal, async (route) => {
    blocked.push(route.request().url());
    await route.abort('blockedbyclient');
  });
  return blocked;
}

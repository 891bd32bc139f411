// `npm start` (after `wxt build`): shows the built extension at work on the demo pages that
// imitate ViaTrajectoire, served at ViaTrajectoire's real addresses (tests/fixtures), in a
// Chromium with the extension loaded. Nothing reaches the network: every other host is blocked.
// With a display: a normal window, until you close it. Without one: screenshots in screenshots/.
// With --store (`npm run screenshots:store`): the same headless run, display or not, also writes
// the store listing's screenshots (store/screenshots/, 1280×800, the viewport only).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGES, routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import { blockOtherHosts, extensionIdOf, launchWithExtension, popupUrlOf } from './launch.mjs';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));
const STORE_SCREENSHOTS_DIR = fileURLToPath(new URL('../store/screenshots/', import.meta.url));
const POPUP_VIEWPORT = { width: 400, height: 600 };
const PAGE_VIEWPORT = { width: 1280, height: 800 };
/**
 * The store listing's screenshots, in the order the stores show them: one situation each, the
 * panel on a demo page with no invented patient in it, then the composer. Chrome takes 5 at most.
 */
const STORE_SHOTS = [
  { file: '1-connexion-pas-de-compte.png', fixture: 'login' },
  { file: '2-compte-sans-habilitation.png', fixture: 'account-no-row' },
  { file: '3-fiche-sans-unite.png', fixture: 'establishment-no-unit' },
  // After the login page, as after signing in: the situation changed, so the panel opens by itself.
  { file: '4-premiere-demande.png', before: 'login', fixture: 'account-prescriber' },
  { file: '5-rediger-le-message.png', page: 'composer.html#no-unit' },
];
// Time left to the content script (run at document_idle) to show its panel before a screenshot.
const SETTLE_MS = 1_000;

/** @param {string} fr @param {string} en */
const say = (fr, en) => console.log(`${fr} / ${en}`);

/** @param {boolean} headless */
async function open(headless) {
  const context = await launchWithExtension({ headless, viewport: headless ? PAGE_VIEWPORT : null });
  const blocked = await blockOtherHosts(context);
  await routeViaTrajectoire(context);
  const extensionId = await extensionIdOf(context);
  say(`Extension chargée (id ${extensionId}).`, `Extension loaded (id ${extensionId}).`);
  return { context, blocked, popupUrl: popupUrlOf(extensionId) };
}

async function headed() {
  say(
    'Écran détecté : ouverture de Chromium avec l’extension…',
    'Display found: opening Chromium with the extension…',
  );
  const { context, popupUrl } = await open(false);
  const closed = new Promise((resolve) => context.on('close', resolve));
  const popup = context.pages()[0] ?? (await context.newPage());
  await popup.goto(popupUrl);
  const first = FIXTURE_PAGES[0];
  if (first) {
    const page = await context.newPage();
    await page.goto(first.url);
    say(
      `Page de démonstration « ${first.name} » ouverte à ${first.url} (servie localement).`,
      `Demo page "${first.name}" opened at ${first.url} (served locally).`,
    );
  }
  say(
    'Les adresses de ViaTrajectoire affichent les pages de démonstration ; rien ne part sur le réseau. Fermez le navigateur pour terminer.',
    'ViaTrajectoire addresses show the demo pages; nothing goes to the network. Close the browser to finish.',
  );
  process.once('SIGINT', () => void context.close());
  await closed;
}

/**
 * The store listing's screenshots, each in a fresh profile: what a first visit shows, with no fact
 * learnt on another demo page. Requests to other hosts are blocked and added to `blocked`.
 * @param {string[]} blocked
 * @returns {Promise<string[]>}
 */
async function storeShots(blocked) {
  mkdirSync(STORE_SCREENSHOTS_DIR, { recursive: true });
  /** @type {string[]} */
  const saved = [];
  /** @param {string | undefined} name */
  const fixtureUrl = (name) => {
    const url = FIXTURE_PAGES.find((candidate) => candidate.name === name)?.url;
    if (!url) throw new Error(`Page de démonstration inconnue / Unknown demo page: ${name}`);
    return url;
  };
  for (const { file, before, fixture, page: extensionPage } of STORE_SHOTS) {
    const { context, popupUrl, blocked: blockedHere } = await open(true);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setViewportSize(PAGE_VIEWPORT);
      for (const url of [
        ...(before ? [fixtureUrl(before)] : []),
        extensionPage ? popupUrl.replace('popup.html', extensionPage) : fixtureUrl(fixture),
      ]) {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
      }
      const path = `${STORE_SCREENSHOTS_DIR}${file}`;
      await page.screenshot({ path });
      saved.push(path);
    } finally {
      await context.close();
      blocked.push(...blockedHere);
    }
  }
  return saved;
}

/** @param {boolean} forStore */
async function headless(forStore) {
  say(
    'Pas d’écran : Chromium sans fenêtre, captures d’écran…',
    'No display: headless Chromium, taking screenshots…',
  );
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const { context, blocked, popupUrl } = await open(true);
  /** @type {string[]} */
  const saved = [];
  try {
    const popup = context.pages()[0] ?? (await context.newPage());
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(popupUrl);
    await popup.waitForTimeout(SETTLE_MS / 2);
    const popupPath = `${SCREENSHOTS_DIR}popup.png`;
    await popup.screenshot({ path: popupPath, fullPage: true });
    saved.push(popupPath);

    const page = await context.newPage();
    for (const fixture of FIXTURE_PAGES) {
      await page.goto(fixture.url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      const path = `${SCREENSHOTS_DIR}page-${fixture.name}.png`;
      await page.screenshot({ path, fullPage: true });
      saved.push(path);
    }
  } finally {
    await context.close();
  }
  if (forStore) saved.push(...(await storeShots(blocked)));
  say('Captures enregistrées :', 'Screenshots saved:');
  for (const path of saved) console.log(`  ${path}`);
  if (blocked.length > 0) {
    say(
      `${blocked.length} requête(s) vers d’autres sites bloquée(s) :`,
      `${blocked.length} request(s) to other hosts blocked:`,
    );
    for (const url of blocked) console.log(`  ${url}`);
  }
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const forStore = process.argv.includes('--store');
try {
  await (hasDisplay && !forStore ? headed() : headless(forStore));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

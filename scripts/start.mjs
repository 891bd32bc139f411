// `npm start` (after `wxt build`): shows the built extension at work on the demo pages that
// imitate ViaTrajectoire, served at ViaTrajectoire's real addresses (tests/fixtures), in a
// Chromium with the extension loaded. Nothing reaches the network: every other host is blocked.
// With a display: a normal window, until you close it. Without one: screenshots in screenshots/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGES, routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import { blockOtherHosts, extensionIdOf, launchWithExtension, popupUrlOf } from './launch.mjs';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));
const POPUP_VIEWPORT = { width: 400, height: 600 };
const PAGE_VIEWPORT = { width: 1280, height: 800 };
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

async function headless() {
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
try {
  await (hasDisplay ? headed() : headless());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// `npm run screenshots` (after `wxt build`): retakes the README's screenshots (docs/screenshots/,
// listed in scripts/screenshot-freshness.mjs) from the shipped build, on the demo pages served at
// ViaTrajectoire's real addresses (tests/fixtures), as `npm start` does. Each in a fresh profile:
// what a first visit shows. Nothing reaches the network: every other host is blocked and listed.
// Then it records what they show (docs/screenshots/sources.json): tests/build/screenshots.test.ts
// fails when a screenshot no longer matches the code it shows.
import { join } from 'node:path';
import { fixtureUrl, routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import { blockOtherHosts, extensionIdOf, launchWithExtension, popupUrlOf } from './launch.mjs';
import { RECORD, ROOT, SCREENSHOTS, writeRecord } from './screenshot-freshness.mjs';

/**
 * How each view is shown:
 * - the popup at its toolbar width, whole, nothing ticked;
 * - the panel on the account page of someone with no habilitation, a blocker the panel opens for
 *   by itself on a first visit, in a 1280×800 window (what fits on a laptop's screen);
 * - the composer on « ajouter mon unité », whole.
 */
const VIEWS = {
  popup: { page: 'popup.html', viewport: { width: 400, height: 600 }, fullPage: true },
  panel: { fixture: 'account-no-row', viewport: { width: 1280, height: 800 }, fullPage: false },
  composer: { page: 'composer.html#no-unit', viewport: { width: 1000, height: 800 }, fullPage: true },
};
// Time left to the content script (run at document_idle) to show its panel, and to any page to
// settle its fonts, before a screenshot.
const SETTLE_MS = 1_000;

/** @param {string} fr @param {string} en */
const say = (fr, en) => console.log(`${fr} / ${en}`);

/** @param {import('./screenshot-freshness.mjs').Screenshot} shot @param {string[]} blocked */
async function take(shot, blocked) {
  const view = VIEWS[shot.shows];
  const context = await launchWithExtension({ headless: true, viewport: view.viewport });
  try {
    blocked.push(...(await blockOtherHosts(context)));
    await routeViaTrajectoire(context);
    const extensionId = await extensionIdOf(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const url = 'fixture' in view ? fixtureUrl(view.fixture) : popupUrlOf(extensionId, view.page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const path = join(ROOT, shot.file);
    await page.screenshot({ path, fullPage: view.fullPage });
    return path;
  } finally {
    await context.close();
  }
}

try {
  /** @type {string[]} */
  const blocked = [];
  say('Captures d’écran du README…', 'README screenshots…');
  for (const shot of SCREENSHOTS) console.log(`  ${await take(shot, blocked)}`);
  // What they were taken from: the sources as they are on disk, built just before by `wxt build`.
  writeRecord();
  console.log(`  ${join(ROOT, RECORD)}`);
  if (blocked.length > 0) {
    say(
      `${blocked.length} requête(s) vers d’autres sites bloquée(s) :`,
      `${blocked.length} request(s) to other hosts blocked:`,
    );
    for (const url of blocked) console.log(`  ${url}`);
  }
  say(
    `Regardez-les, puis validez-les avec ${RECORD} et le code qu’elles montrent.`,
    `Look at them, then commit them with ${RECORD} and the code they show.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

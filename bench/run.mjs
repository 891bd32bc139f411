// `npm run bench`: the extension's performance, measured in one run, side by side with the same
// pages without it and with a no-op extension (the same extension, its content script emptied);
// prints tables and a summary, writes bench-results/bench.json, appends the run's table to
// bench/RESULTS.md, and exits 1 when a budget (bench/budgets.mjs) fails, 2 when the build fails.
// How each figure is taken: bench/README.md. Settings (environment): bench/setup.mjs. `--build`
// rebuilds the extension even when it looks fresh; `--no-record` leaves bench/RESULTS.md alone.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable } from '../scripts/launch.mjs';
import { FIXTURE_PAGES } from '../tests/support/fixtures.mjs';
import { launchAll, SIDES } from './browsers.mjs';
import { BUDGETS, checkBudgets } from './budgets.mjs';
import { caseSeed, DASHBOARD, PANEL_CASES } from './cases.mjs';
import { measureChurns } from './churn.mjs';
import { bundleSizes } from './code.mjs';
import { measureComposerStart } from './composer.mjs';
import { measureFirstLoads } from './first-load.mjs';
import { measureLoads } from './loads.mjs';
import { measureReading } from './reading.mjs';
import { report } from './report.mjs';
import { RESULTS_FILE, recordResults } from './results-log.mjs';
import { EXTENSION_TARGET, ensureBuilt, log, makeNoopExtension, RESULTS_DIR, SETTINGS } from './setup.mjs';
import { measureTwoTabs } from './two-tabs.mjs';

const phases = {};
async function timed(name, fn) {
  const start = Date.now();
  const value = await fn();
  phases[name] = Date.now() - start;
  return value;
}

/**
 * The pages to load: the dashboard in its three cases (bench/cases.mjs: set up, tab, open), each
 * seeded through the extension's own storage keys before each load with the extension, then every
 * other fixture page, with whatever the previous loads left stored.
 */
function loadTargets() {
  const page = (f) => ({ name: f.name, url: f.url, pageKind: f.pageKind, runs: SETTINGS.loadRuns });
  return [
    ...PANEL_CASES.map((panelCase) => ({
      ...page(DASHBOARD),
      name: `dashboard (${panelCase})`,
      runs: SETTINGS.dashboardRuns,
      panelCase,
      // Set up: nothing is to be shown, so the load does not wait for a panel (it may still come).
      waitForPanel: panelCase !== 'setup',
      seed: () => caseSeed(panelCase),
    })),
    ...FIXTURE_PAGES.filter((f) => f !== DASHBOARD).map(page),
  ];
}

const startedAt = Date.now();
const loadavgStart = os.loadavg();
const buildInfo = await timed('build', () => ensureBuilt());
const sizes = bundleSizes(EXTENSION_TARGET);
const noopExtension = makeNoopExtension();
log(`no-op extension: ${noopExtension.dir} (${noopExtension.replaced.join(', ')} emptied)`);
const browsers = await timed('launch', () => launchAll(noopExtension));
let loads;
let reading;
let churns;
let twoTabs;
let chromiumVersion;
try {
  const versionPage = browsers.without.pages()[0] ?? (await browsers.without.newPage());
  const versionSession = await browsers.without.newCDPSession(versionPage);
  chromiumVersion = (await versionSession.send('Browser.getVersion')).product;
  await versionSession.detach();
  loads = await timed('loads', () => measureLoads(browsers, loadTargets()));
  reading = await timed('reading', () => measureReading(browsers.without));
  churns = await timed('churn', () => measureChurns(browsers));
  twoTabs = await timed('twoTabs', () => measureTwoTabs(browsers));
} finally {
  await Promise.all(SIDES.map((side) => browsers.contexts[side].close()));
}
// Their own browsers, one per sample, launched once the three sides are closed.
const firstLoad = await timed('firstLoad', () => measureFirstLoads());
const composer = await timed('composer', () => measureComposerStart());

const checks = checkBudgets({ sizes, loads, firstLoad, reading, churns, composer });
const result = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    chromium: chromiumVersion,
    executable: chromiumExecutable(),
    cpus: os.cpus().length,
    loadavgStart,
    loadavgEnd: os.loadavg(),
    flags: browsers.flags,
  },
  settings: SETTINGS,
  budgets: BUDGETS,
  build: buildInfo,
  noopExtension,
  sizes,
  loads,
  firstLoad,
  reading,
  churns,
  twoTabs,
  composer,
  checks,
  phasesMs: { ...phases, total: Date.now() - startedAt },
};
report(result);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
log(`written bench-results/bench.json; phases (ms): ${JSON.stringify(result.phasesMs)}`);
if (!process.argv.includes('--no-record')) {
  recordResults(result);
  log(`appended to ${RESULTS_FILE}`);
}
process.exit(checks.every((b) => b.pass) ? 0 : 1);

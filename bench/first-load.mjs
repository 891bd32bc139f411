// The first load after the browser starts: nothing of the extension compiled yet. Each sample
// launches a new browser (new profile), seeds the tab case (bench/cases.mjs) with the extension,
// and loads the dashboard as its first page, traced; with the extension and without any,
// alternately. The figure is the main thread's task time (thread CPU of RunTask events) from the
// navigation's commit to loadEventEnd + the loads' CPU window, as in loads.mjs: with − without.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/launch.mjs';
import { prepare, withoutExtensionArgs } from './browsers.mjs';
import { caseSeed, DASHBOARD, seedContext } from './cases.mjs';
import { analyseLoad, CPU_WINDOW_AFTER_LOAD_MS, loadAndSettle } from './loads.mjs';
import { EXTENSION_DIR, log, SETTINGS } from './setup.mjs';
import { spread } from './stats.mjs';
import { tracedTab } from './trace.mjs';

async function firstLoad(withExtension) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumExecutable(),
    headless: true,
    args: withExtension ? chromiumArgs(EXTENSION_DIR) : withoutExtensionArgs(),
  });
  try {
    await prepare(context);
    if (withExtension) await seedContext(context, caseSeed('tab'));
    const tab = await tracedTab(context);
    await tab.start();
    const state = await loadAndSettle(tab, DASHBOARD.url, withExtension);
    const events = await tab.stop();
    return analyseLoad(events, state, 0, withExtension);
  } finally {
    await context.close();
  }
}

export async function measureFirstLoads(runs = SETTINGS.firstLoadRuns) {
  const samples = { with: [], without: [] };
  for (let run = 0; run < runs; run++) {
    // Alternated, so a drift in the machine's load hits both sides alike.
    for (const withExtension of run % 2 === 0 ? [true, false] : [false, true]) {
      samples[withExtension ? 'with' : 'without'].push(await firstLoad(withExtension));
    }
  }
  log(`first loads: ${runs} browsers per side done`);
  const withCpu = spread(samples.with.map((s) => s.mainThreadMs));
  const withoutCpu = spread(samples.without.map((s) => s.mainThreadMs));
  return {
    runs,
    windowMs: CPU_WINDOW_AFTER_LOAD_MS,
    with: withCpu,
    without: withoutCpu,
    /** The budget: with − without, medians. */
    overWithoutMs: withCpu.median - withoutCpu.median,
    contentScript: spread(samples.with.map((s) => s.contentScriptCpuMs)),
    scriptEval: spread(samples.with.map((s) => s.scriptEvalMs)),
    tabLoads: samples.with.filter((s) => s.open === false).length,
    timeouts: [...samples.with, ...samples.without].filter((s) => s.timedOut).length,
    samples,
  };
}

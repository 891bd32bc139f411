// DOM churn: a page that replaces rows every 20 ms. At an account address its chrome never
// renders, so the content script keeps re-reading it until the late-render watcher's limit; the
// budget is the content script's own CPU per second before the limit, and none after it.
import { sideOrder } from './browsers.mjs';
import { LATE_RENDER_LIMIT_MS } from './code.mjs';
import { CHURN, CHURN_ACCOUNT_URL, CHURN_DASHBOARD_URL } from './pages.mjs';
import { log, SETTINGS } from './setup.mjs';
import { sleep, spread } from './stats.mjs';
import { contentScriptWork, cpuMs, pageSlice, repeatingTimerFires, tracedTab } from './trace.mjs';

/**
 * After the limit, the watcher's last timers may still be running on a busy machine: the "after"
 * window starts this long after the limit (measured from the panel's insertion, which comes just
 * before the watcher starts).
 */
const AFTER_LIMIT_MARGIN_MS = 250;

/** One churn in one side's tab, traced from the navigation to the end of the churn. */
async function churnOnce(context, target, withExtension) {
  const tab = await tracedTab(context);
  await tab.start();
  await tab.page.goto(target.url, { waitUntil: 'load', timeout: 30_000 });
  if (withExtension) {
    await tab.page.waitForFunction(() => window.__vtBench.inserted !== undefined, null, { timeout: 15_000 });
  }
  await sleep(300);
  const churn = await tab.page.evaluate((ms) => window.__churn(ms), target.durationMs);
  const panel = withExtension
    ? await tab.page.evaluate(() => {
        const aside = document.querySelector('vt-act-guide')?.shadowRoot?.querySelector('aside');
        return {
          page: aside?.dataset.page,
          situation: aside?.dataset.situation,
          insertedMs: window.__vtBench.inserted,
        };
      })
    : undefined;
  const events = await tab.stop();
  await tab.page.close();
  const slice = pageSlice(events, target.url);
  const { rel } = slice;
  const churnEnd = churn.startedAt + churn.elapsedMs;
  // Without the extension, the same lengths of window from the churn's start.
  const limitAt = panel ? panel.insertedMs + LATE_RENDER_LIMIT_MS : churn.startedAt + target.firstWindowMs;
  const windows = {
    first: [churn.startedAt, Math.min(limitAt, churnEnd)],
    after: [limitAt + AFTER_LIMIT_MARGIN_MS, churnEnd],
  };
  const inWindow =
    ([from, to]) =>
    (e) =>
      rel(e.ts) >= from && rel(e.ts) < to;
  const tasks = slice.events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const work = contentScriptWork(slice);
  const heartbeat = new Set(repeatingTimerFires(slice, work));
  const figures = (name) => {
    const range = windows[name];
    const seconds = (range[1] - range[0]) / 1000;
    const calls = work.filter(inWindow(range));
    const pageDriven = calls.filter((e) => !heartbeat.has(e));
    const sum = (list) => list.reduce((total, e) => total + cpuMs(e), 0);
    return {
      seconds,
      /** Main-thread CPU per second, everything the thread did. */
      mainThreadMsPerS: sum(tasks.filter(inWindow(range))) / seconds,
      /** The content script's own CPU per second (direct count), and its calls. */
      extensionMsPerS: sum(calls) / seconds,
      extensionCalls: calls.length,
      /** Calls that are not the 2-s validity check: work the page's changes drive. */
      pageDrivenCalls: pageDriven.length,
      pageDrivenMs: sum(pageDriven),
      heartbeatCalls: calls.length - pageDriven.length,
      heartbeatMs: sum(calls) - sum(pageDriven),
    };
  };
  return { ...churn, panel, first: figures('first'), after: figures('after') };
}

const TARGETS = () => [
  {
    name: 'churn-account',
    url: CHURN_ACCOUNT_URL,
    durationMs: LATE_RENDER_LIMIT_MS + SETTINGS.churnAfterMs,
    firstWindowMs: LATE_RENDER_LIMIT_MS - 300,
    budgeted: true,
  },
  {
    name: 'churn-dashboard',
    url: CHURN_DASHBOARD_URL,
    durationMs: CHURN.durationMs,
    firstWindowMs: CHURN.durationMs,
    budgeted: false,
  },
];

/** The churn's sides: the budget is a direct count, and the no-op side is its cross-check. */
const CHURN_SIDES = ['with', 'noop'];
const churnBySide = (fn) => Object.fromEntries(CHURN_SIDES.map((side) => [side, fn(side)]));

export async function measureChurns(browsers) {
  const targets = TARGETS();
  const samples = new Map(targets.map((t) => [t.name, churnBySide(() => [])]));
  for (let run = 0; run < SETTINGS.churnRuns; run++) {
    for (const [index, t] of targets.entries()) {
      for (const side of sideOrder(run + index).filter((s) => CHURN_SIDES.includes(s))) {
        samples.get(t.name)[side].push(await churnOnce(browsers.contexts[side], t, side === 'with'));
      }
    }
    log(`churn: run ${run + 1}/${SETTINGS.churnRuns} done`);
  }
  return targets.map((t) => {
    const s = samples.get(t.name);
    const pick = (side, window, key) => spread(s[side].map((sample) => sample[window][key]));
    const perWindow = (window) => ({
      extensionMsPerS: pick('with', window, 'extensionMsPerS'),
      pageDrivenCalls: pick('with', window, 'pageDrivenCalls'),
      pageDrivenCallsMax: Math.max(...s.with.map((sample) => sample[window].pageDrivenCalls)),
      pageDrivenMs: pick('with', window, 'pageDrivenMs'),
      heartbeatCalls: pick('with', window, 'heartbeatCalls'),
      heartbeatMs: pick('with', window, 'heartbeatMs'),
      seconds: pick('with', window, 'seconds'),
      mainThread: churnBySide((side) => pick(side, window, 'mainThreadMsPerS')),
    });
    const first = perWindow('first');
    const after = perWindow('after');
    return {
      name: t.name,
      url: t.url,
      budgeted: t.budgeted,
      durationMs: t.durationMs,
      panel: s.with[0]?.panel,
      first,
      after: t.budgeted ? after : undefined,
      /** Cross-check: main-thread CPU per second, with − no-op (medians), before the limit. */
      firstWithOverNoopMsPerS: first.mainThread.with.median - first.mainThread.noop.median,
      afterWithOverNoopMsPerS: after.mainThread.with.median - after.mainThread.noop.median,
      ticks: churnBySide((side) => spread(s[side].map((sample) => sample.ticks))),
      samples: s,
    };
  });
}

// The load phase: every fixture page, and the dashboard in both panel cases (tab, open), loaded
// on the three sides in a rotated order, each run traced; figures per load from the trace.
import { bySide, SIDES, sideOrder } from './browsers.mjs';
import { log, SETTINGS } from './setup.mjs';
import { sleep, spread } from './stats.mjs';
import { contentScriptWork, cpuMs, pageSlice, tracedTab } from './trace.mjs';

/**
 * The CPU window of a load: from its navigation to this long after its load event ended, the same
 * on every side (the panel waits for the load event, then reads storage and renders: painted
 * within about 100 ms).
 */
export const CPU_WINDOW_AFTER_LOAD_MS = 400;

const SEED_SETTLE_MS = 150;

/**
 * Loads `url` in the traced tab and waits for idle: the load event, then a quiet window
 * (SETTINGS.quietMs) with no request in flight, no long task and, with the extension, the panel's
 * host inserted, and the CPU window over. Returns the page-side figures (performance.now() clock).
 */
export async function loadAndSettle(tab, url, withExtension, waitForPanel = withExtension) {
  const { page } = tab;
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Waits inside the page (one round trip), polling every 25 ms.
    const state = await page.evaluate(
      async ({ quietMs, waitForPanel, timeoutMs, windowMs }) => {
        const rec = window.__vtBench;
        const started = performance.now();
        for (;;) {
          const nav = performance.getEntriesByType('navigation')[0];
          const responses = performance.getEntriesByType('resource').map((entry) => entry.responseEnd);
          const aside = document.querySelector('vt-act-guide')?.shadowRoot?.querySelector('aside');
          const state = {
            now: performance.now(),
            dcl: nav.domContentLoadedEventEnd,
            loadStart: nav.loadEventStart,
            load: nav.loadEventEnd,
            lastResponse: Math.max(nav.responseEnd, ...responses),
            longTaskEnd: rec.longTaskEnd,
            inserted: rec.inserted,
            aside: rec.aside,
            open: aside ? aside.dataset.open === 'true' : undefined,
            situation: aside?.dataset.situation,
          };
          const lastActivity = Math.max(
            state.load,
            state.lastResponse,
            state.longTaskEnd,
            state.inserted ?? 0,
          );
          const panelDone = !waitForPanel || state.inserted !== undefined;
          const windowOver = state.load > 0 && state.now >= state.load + windowMs;
          if (windowOver && panelDone && state.now - lastActivity >= quietMs) return state;
          if (state.now - started > timeoutMs) return state;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      },
      { quietMs: SETTINGS.quietMs, waitForPanel, timeoutMs: 15_000, windowMs: CPU_WINDOW_AFTER_LOAD_MS },
    );
    const network = tab.network();
    const networkQuiet = network.inflight === 0 && network.sinceMs >= SETTINGS.quietMs;
    const panelDone = !waitForPanel || state.inserted !== undefined;
    if (networkQuiet && panelDone) return { url, ...state, timedOut: false };
    if (Date.now() > deadline) return { url, ...state, timedOut: true };
    await sleep(50);
  }
}

/** The figures of one load, from the run's trace. */
export function analyseLoad(events, state, occurrence, withExtension) {
  const slice = pageSlice(events, state.url, occurrence);
  const { rel, frame, commitMs } = slice;
  if (commitMs === undefined) throw new Error(`no commitNavigationEnd in the trace for ${state.url}`);
  const tasks = slice.events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const longTasks = tasks.filter((e) => e.dur / 1000 >= SETTINGS.longTaskMs);
  const lastLongTaskEnd = Math.max(0, ...longTasks.map((e) => rel(e.ts + e.dur)));
  const idleAt = Math.max(state.load, state.lastResponse, lastLongTaskEnd, state.longTaskEnd);
  const windowEnd = state.load + CPU_WINDOW_AFTER_LOAD_MS;
  // From the commit: before it, the thread still runs the page being replaced (bench/README.md).
  const inWindow = (e) => rel(e.ts) >= commitMs && rel(e.ts) < windowEnd;
  const mainThreadMs = tasks.filter(inWindow).reduce((sum, e) => sum + cpuMs(e), 0);
  const beforeCommitMs = tasks.filter((e) => rel(e.ts) < commitMs).reduce((sum, e) => sum + cpuMs(e), 0);
  // The content script's evaluation in the main frame (with either extension: checks that the
  // no-op side's script was injected too).
  const script = slice.events.find(
    (e) =>
      e.name === 'EvaluateScript' &&
      e.args?.data?.url?.includes('/content-scripts/') &&
      e.args.data.frame === frame,
  );
  const work = contentScriptWork(slice).filter((e) => rel(e.ts) < windowEnd);
  const scriptStart = script ? rel(script.ts) : Number.NaN;
  const result = {
    idleMs: idleAt,
    loadStartMs: state.loadStart,
    loadMs: state.load,
    /** The load event's end after Chrome injected the content script (either extension's): what the script can delay. */
    loadAfterScriptMs: state.load - scriptStart,
    dclMs: state.dcl,
    longTasks: longTasks.length,
    mainThreadMs,
    beforeCommitMs,
    /** Direct count: the content script's evaluation and calls into it (not its promise continuations). */
    contentScriptCpuMs: work.reduce((sum, e) => sum + cpuMs(e), 0),
    contentScriptRan: script !== undefined,
    scriptEvalMs: script ? cpuMs(script) : Number.NaN,
    timedOut: state.timedOut,
  };
  if (!withExtension) return result;

  const inserted = state.inserted;
  const commit =
    inserted === undefined
      ? undefined
      : slice.events.find((e) => e.name === 'Commit' && e.ph === 'X' && rel(e.ts) >= inserted);
  const between = (name) =>
    slice.events
      .filter((e) => e.name === name && e.ph === 'X' && inserted !== undefined && commit)
      .filter((e) => rel(e.ts) >= inserted && e.ts < commit.ts)
      .reduce((sum, e) => sum + e.dur / 1000, 0);
  const paintedAt = commit ? rel(commit.ts + commit.dur) : Number.NaN;
  return {
    ...result,
    scriptStartMs: scriptStart,
    insertedMs: inserted ?? Number.NaN,
    paintedMs: paintedAt,
    panelAfterStartMs: paintedAt - scriptStart,
    /** The budget: the panel (or its tab) painted, after the page's load event ended. */
    panelAfterLoadMs: paintedAt - state.load,
    /** Painted too late for the CPU window to hold all of the panel's work. */
    windowShort: !(paintedAt < windowEnd),
    styleMs: between('UpdateLayoutTree'),
    layoutMs: between('Layout'),
    asideAtInsert: state.aside,
    open: state.open,
    situation: state.situation,
  };
}

/**
 * @typedef {{ name: string, url: string, pageKind: string, runs: number,
 *   panelCase?: 'setup' | 'tab' | 'open', seed?: () => Record<string, unknown>, waitForPanel?: boolean }} LoadTarget
 */

/** @param {LoadTarget[]} targets */
export async function measureLoads(browsers, targets) {
  const samples = new Map(targets.map((t) => [t.name, bySide(() => [])]));
  const tabs = {};
  for (const side of SIDES) tabs[side] = await tracedTab(browsers.contexts[side]);
  // Warm-up: the first loads in a fresh browser pay for its processes; not counted.
  for (const side of SIDES) await loadAndSettle(tabs[side], targets[0].url, side === 'with');
  const runs = Math.max(...targets.map((t) => t.runs));
  for (let run = 0; run < runs; run++) {
    const planned = targets.filter((t) => run < t.runs);
    await Promise.all(SIDES.map((side) => tabs[side].start()));
    const states = bySide(() => []);
    for (const [index, t] of planned.entries()) {
      // Rotate the order of the three browsers from page to page and from run to run, so a drift
      // in the machine's load hits all three alike.
      for (const side of sideOrder(run + index)) {
        if (side === 'with' && t.seed) {
          await browsers.seed(t.seed());
          // The page still open reacts to the change (its storage watchers): before the next
          // navigation starts, so that its work is not counted in the next page's.
          await sleep(SEED_SETTLE_MS);
        }
        const withExtension = side === 'with';
        states[side].push(
          await loadAndSettle(tabs[side], t.url, withExtension, withExtension && t.waitForPanel !== false),
        );
      }
    }
    const events = await Promise.all(SIDES.map((side) => tabs[side].stop()));
    for (const [i, side] of SIDES.entries()) {
      const seen = new Map();
      for (const [index, t] of planned.entries()) {
        // The same address twice in a run (the dashboard's two cases): the n-th navigation to it.
        const occurrence = seen.get(t.url) ?? 0;
        seen.set(t.url, occurrence + 1);
        samples
          .get(t.name)
          [side].push(analyseLoad(events[i], states[side][index], occurrence, side === 'with'));
      }
    }
    log(`loads: run ${run + 1}/${runs} done (${planned.length} pages)`);
  }
  await Promise.all(SIDES.map((side) => tabs[side].page.close()));
  return targets.map((t) => summariseTarget(t, samples.get(t.name)));
}

function summariseTarget(t, { with: w, noop: no, without: wo }) {
  const pick = (list, key) => spread(list.map((s) => s[key]));
  const mainThreadWith = pick(w, 'mainThreadMs');
  const mainThreadNoop = pick(no, 'mainThreadMs');
  const mainThreadWithout = pick(wo, 'mainThreadMs');
  const loadWith = pick(w, 'loadMs');
  const loadNoop = pick(no, 'loadMs');
  const loadWithout = pick(wo, 'loadMs');
  const loadAfterScriptWith = pick(w, 'loadAfterScriptMs');
  const loadAfterScriptNoop = pick(no, 'loadAfterScriptMs');
  return {
    name: t.name,
    url: t.url,
    pageKind: t.pageKind,
    panelCase: t.panelCase,
    runs: w.length,
    mainThreadWith,
    mainThreadNoop,
    mainThreadWithout,
    /** The CPU budget: this extension's main-thread CPU minus the no-op extension's (medians). */
    cpuOverNoopMs: mainThreadWith.median - mainThreadNoop.median,
    /** Not counted: the replaced page's last work and the commit, with − no-op (medians). */
    beforeCommitOverNoopMs: pick(w, 'beforeCommitMs').median - pick(no, 'beforeCommitMs').median,
    cpuOverWithoutMs: mainThreadWith.median - mainThreadWithout.median,
    noopOverWithoutMs: mainThreadNoop.median - mainThreadWithout.median,
    contentScriptCpu: pick(w, 'contentScriptCpuMs'),
    loadWith,
    loadNoop,
    loadWithout,
    loadAfterScriptWith,
    loadAfterScriptNoop,
    /**
     * The load-event budget: from the content script's injection to loadEventEnd, with − no-op
     * (medians). The injection's own time is Chrome's, the same on both sides but for noise.
     */
    loadDelayMs: loadAfterScriptWith.median - loadAfterScriptNoop.median,
    /** loadEventEnd from the navigation, with − no-op (medians): the same delay, with the noise. */
    loadEndOverNoopMs: loadWith.median - loadNoop.median,
    noopLoadDelayMs: loadNoop.median - loadWithout.median,
    idleWith: pick(w, 'idleMs'),
    idleNoop: pick(no, 'idleMs'),
    idleWithout: pick(wo, 'idleMs'),
    longTasksWith: pick(w, 'longTasks'),
    panelAfterLoad: pick(w, 'panelAfterLoadMs'),
    panelAfterStart: pick(w, 'panelAfterStartMs'),
    scriptEval: pick(w, 'scriptEvalMs'),
    scriptToInsert: spread(w.map((s) => s.insertedMs - s.scriptStartMs)),
    insertToPaint: spread(w.map((s) => s.paintedMs - s.insertedMs)),
    style: pick(w, 'styleMs'),
    layout: pick(w, 'layoutMs'),
    /** Loads where the panel started open (true), as a tab (false); the case is checked against it. */
    openedLoads: w.filter((s) => s.open === true).length,
    tabLoads: w.filter((s) => s.open === false).length,
    /** Loads where the extension put anything in the page (its host): none is the set-up case's aim. */
    shownLoads: w.filter((s) => Number.isFinite(s.insertedMs)).length,
    asideAtInsert: w.every((s) => s.asideAtInsert),
    windowShort: w.filter((s) => s.windowShort).length,
    timeouts: [...w, ...no, ...wo].filter((s) => s.timedOut).length,
    /** Loads whose trace shows the no-op content script evaluated in the main frame (should be all). */
    noopScriptRan: no.filter((s) => s.contentScriptRan).length,
    noopScriptEval: pick(no, 'scriptEvalMs'),
    samples: { with: w, noop: no, without: wo },
  };
}

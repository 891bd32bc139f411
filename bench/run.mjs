// `npm run bench`: the extension's performance, measured in one run, side by side with the same
// pages without it and with a no-op extension (the same extension, its content script emptied);
// prints tables, writes bench-results/bench.json, and exits non-zero when a budget (issue 4,
// section 4) fails. How each figure is taken: bench/README.md.
//
// Settings (environment): BENCH_RUNS (loads per page and per browser, default 4),
// BENCH_CHURN_RUNS (default 4), BENCH_READ_RUNS (default 51), BENCH_QUIET_MS (default 300).
// `--build` rebuilds the extension even when .output/chrome-mv3 looks fresh.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { blockOtherHosts, chromiumArgs, chromiumExecutable, E2E_EXTENSION_DIR } from '../scripts/launch.mjs';

// The e2e build: the shipped code but for the panel's shadow root, open there so that the bench
// can see when the panel is painted (the shipped root is closed to the page). Same CPU cost.
const EXTENSION_DIR = E2E_EXTENSION_DIR;

import { FIXTURE_PAGES, routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import {
  BENCH_PAGES,
  CHURN,
  CHURN_ACCOUNT_URL,
  CHURN_DASHBOARD_URL,
  LARGE_AS_ACCOUNT_URL,
  LARGE_DASHBOARD_URL,
} from './pages.mjs';
import { bundleSizes } from './sizes.mjs';
import { fixed, median, range, sleep, spread, table } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench-results');

const int = (name, fallback) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const SETTINGS = {
  loadRuns: int('BENCH_RUNS', 4),
  churnRuns: int('BENCH_CHURN_RUNS', 4),
  readRuns: int('BENCH_READ_RUNS', 51),
  /** The quiet window that defines "idle": no long task and no request for this long. */
  quietMs: int('BENCH_QUIET_MS', 300),
  /** A long task, as the Long Tasks API and Lighthouse define it. */
  longTaskMs: 50,
};

/** Budgets of issue 4, section 4. 1 KB = 1,000 bytes (the stricter reading). */
const BUDGETS = {
  contentGzipBytes: 60_000,
  popupGzipBytes: 60_000,
  loadRatio: 1.05,
  panelMs: 50,
  readMs: 5,
  churnOverheadPct: 5,
};

/** The extension's own limit on watching a late-rendering page (entrypoints/viatrajectoire.content). */
const LATE_RENDER_LIMIT_MS = 10_000;

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
].join(',');

const phases = {};
const log = (message) => console.log(`[bench] ${message}`);

// --- Build --------------------------------------------------------------------------------------

const SOURCES = [
  'entrypoints',
  'components',
  'content',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureBuilt() {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
  const force = process.argv.includes('--build');
  if (!force && builtAt > sourcesAt) {
    log(`build up to date (${EXTENSION_DIR})`);
    return { built: false };
  }
  log(force ? 'building (--build)…' : 'build missing or older than the sources: npx wxt build --mode e2e…');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[bench] wxt build a échoué / wxt build failed');
    process.exit(2);
  }
  return { built: true };
}

// --- Browsers -----------------------------------------------------------------------------------

/** The page-side instrument, in both browsers: long tasks, and when the panel's host is inserted. */
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
async function prepare(context) {
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

const EXTENSION_FLAGS = /^--(?:load-extension|disable-extensions-except)=/;

/** The third side: the built extension, copied, with its content script(s) doing nothing. */
const NOOP_DIR = join(RESULTS_DIR, 'noop-extension');
const NOOP_SCRIPT = '(()=>{})();\n';

/**
 * Copies the built extension to bench-results/noop-extension/ (afresh) and overwrites the files its
 * manifest lists as content scripts (`content_scripts[].js`) with a script that does nothing, and
 * its content style sheets (`content_scripts[].css`, none today) with an empty file. The manifest,
 * the background, the permissions and every other file stay as built: Chrome does for this
 * extension all it does for the real one (registers the content script, injects it into every
 * matching frame, runs it in an isolated world) except running our code.
 */
function makeNoopExtension() {
  rmSync(NOOP_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  cpSync(EXTENSION_DIR, NOOP_DIR, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(NOOP_DIR, 'manifest.json'), 'utf8'));
  const entries = manifest.content_scripts ?? [];
  const scripts = [...new Set(entries.flatMap((entry) => entry.js ?? []))];
  const styles = [...new Set(entries.flatMap((entry) => entry.css ?? []))];
  if (scripts.length === 0) throw new Error(`no content script in ${EXTENSION_DIR}/manifest.json`);
  for (const file of scripts) writeFileSync(join(NOOP_DIR, file), NOOP_SCRIPT);
  for (const file of styles) writeFileSync(join(NOOP_DIR, file), '');
  return { dir: NOOP_DIR, script: NOOP_SCRIPT, replaced: [...scripts, ...styles] };
}

/** The three sides, in the order the tables show them. */
const SIDES = ['with', 'noop', 'without'];

/**
 * The order in which the three sides load the k-th page (or churn): rotated by one place from one
 * k to the next, and reversed every three, so six consecutive k give the six orders, and each side
 * takes each place, and comes just after each other side, as often as the others.
 */
function sideOrder(k) {
  const shift = k % SIDES.length;
  const rotated = [...SIDES.slice(shift), ...SIDES.slice(0, shift)];
  return Math.floor(k / SIDES.length) % 2 === 0 ? rotated : rotated.reverse();
}

async function extensionWorker(context) {
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  if (!worker.url().startsWith('chrome-extension://')) throw new Error(`unexpected worker ${worker.url()}`);
  return worker;
}

async function launchAll(noop) {
  const executablePath = chromiumExecutable();
  const withArgs = chromiumArgs();
  const noopArgs = chromiumArgs(noop.dir);
  const withoutArgs = withArgs.filter((arg) => !EXTENSION_FLAGS.test(arg));
  const launch = (args) => chromium.launchPersistentContext('', { executablePath, headless: true, args });
  const [withExt, noopExt, without] = await Promise.all([
    launch(withArgs),
    launch(noopArgs),
    launch(withoutArgs),
  ]);
  const [worker] = await Promise.all([extensionWorker(withExt), extensionWorker(noopExt)]);
  await Promise.all([prepare(withExt), prepare(noopExt), prepare(without)]);
  const extensionId = new URL(worker.url()).host;
  return {
    withExt,
    noopExt,
    without,
    contexts: { with: withExt, noop: noopExt, without },
    extensionId,
    flags: { with: withArgs, noop: noopArgs, without: withoutArgs },
  };
}

// --- Loads: load-to-idle and panel painted --------------------------------------------------------

/**
 * One tab for the whole load phase, traced run by run (ending a trace costs about a second here,
 * so one trace covers a run's pages; each page is cut out by its own navigationStart).
 */
async function tracedTab(context) {
  const page = await context.newPage();
  let inflight = 0;
  let lastNetwork = Date.now();
  page.on('request', () => {
    inflight++;
    lastNetwork = Date.now();
  });
  const settled = () => {
    inflight--;
    lastNetwork = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  const cdp = await context.newCDPSession(page);
  let events = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...event.value));
  return {
    page,
    network: () => ({ inflight, sinceMs: Date.now() - lastNetwork }),
    async start() {
      events = [];
      await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    },
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * Loads `url` in the traced tab and waits for idle: the load event, then a quiet window
 * (SETTINGS.quietMs) with no request in flight, no long task and, with the extension, the panel's
 * host inserted. Returns the page-side figures (performance.now() clock).
 */
async function loadAndSettle(tab, url, withExtension) {
  const { page } = tab;
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Waits inside the page (one round trip), polling every 25 ms.
    const state = await page.evaluate(
      async ({ quietMs, withExtension, timeoutMs }) => {
        const rec = window.__vtBench;
        const started = performance.now();
        for (;;) {
          const nav = performance.getEntriesByType('navigation')[0];
          const responses = performance.getEntriesByType('resource').map((entry) => entry.responseEnd);
          const state = {
            now: performance.now(),
            dcl: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
            lastResponse: Math.max(nav.responseEnd, ...responses),
            longTaskEnd: rec.longTaskEnd,
            inserted: rec.inserted,
            aside: rec.aside,
          };
          const lastActivity = Math.max(
            state.load,
            state.lastResponse,
            state.longTaskEnd,
            state.inserted ?? 0,
          );
          const panelDone = !withExtension || state.inserted !== undefined;
          if (state.load > 0 && panelDone && state.now - lastActivity >= quietMs) return state;
          if (state.now - started > timeoutMs) return state;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      },
      { quietMs: SETTINGS.quietMs, withExtension, timeoutMs: 15_000 },
    );
    const network = tab.network();
    const networkQuiet = network.inflight === 0 && network.sinceMs >= SETTINGS.quietMs;
    const panelDone = !withExtension || state.inserted !== undefined;
    if (networkQuiet && panelDone) return { url, ...state, timedOut: false };
    if (Date.now() > deadline) return { url, ...state, timedOut: true };
    await sleep(50);
  }
}

/** The figures of one load, from the run's trace (cut at this page's navigationStart and the next). */
function analyseLoad(events, state, withExtension) {
  const { url, timedOut } = state;
  const navs = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL)
    .sort((a, b) => a.ts - b.ts);
  const index = navs.findIndex((e) => e.args.data.documentLoaderURL === url);
  const nav = navs[index];
  if (!nav) throw new Error(`no navigationStart in the trace for ${url}`);
  const endTs = navs[index + 1]?.ts ?? Number.POSITIVE_INFINITY;
  const frame = nav.args.frame;
  const onMain = (e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ts < endTs;
  // Trace timestamps are microseconds on the clock performance.now() counts from (checked against
  // the navigation entry's domContentLoadedEventEnd and loadEventEnd).
  const rel = (ts) => (ts - nav.ts) / 1000;

  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e));
  const longTasks = tasks.filter((e) => e.dur / 1000 >= SETTINGS.longTaskMs);
  const lastLongTaskEnd = Math.max(0, ...longTasks.map((e) => rel(e.ts + e.dur)));
  const idleAt = Math.max(state.load, state.lastResponse, lastLongTaskEnd, state.longTaskEnd);
  // Thread CPU time (tdur) where the trace has it: what the main thread did, not how long it
  // waited for a core on a busy machine.
  const mainThreadMs = tasks
    .filter((e) => rel(e.ts) < idleAt)
    .reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);

  // The content script's evaluation in the main frame (with either extension: checks that the
  // no-op side's script was injected too).
  const script = events.find(
    (e) =>
      e.name === 'EvaluateScript' &&
      e.args?.data?.url?.includes('/content-scripts/') &&
      e.args.data.frame === frame &&
      onMain(e),
  );
  const result = {
    idleMs: idleAt,
    loadMs: state.load,
    dclMs: state.dcl,
    longTasks: longTasks.length,
    mainThreadMs,
    contentScriptRan: script !== undefined,
    timedOut,
  };
  if (!withExtension) return { ...result, scriptEvalMs: script ? script.dur / 1000 : Number.NaN };

  const inserted = state.inserted;
  const commit =
    inserted === undefined
      ? undefined
      : events.find((e) => e.name === 'Commit' && e.ph === 'X' && onMain(e) && rel(e.ts) >= inserted);
  const between = (name) =>
    events
      .filter((e) => e.name === name && e.ph === 'X' && onMain(e) && inserted !== undefined && commit)
      .filter((e) => rel(e.ts) >= inserted && e.ts < commit.ts)
      .reduce((sum, e) => sum + e.dur / 1000, 0);
  const scriptStart = script ? rel(script.ts) : Number.NaN;
  const paintedAt = commit ? rel(commit.ts + commit.dur) : Number.NaN;
  // Main-thread CPU time (tdur) of the tasks between the two: the part that is work, not waiting
  // (for the storage read's round trip to the browser process, or for a core).
  const panelCpuMs = tasks
    .filter((e) => script && commit && e.ts + e.dur > script.ts && e.ts < commit.ts + commit.dur)
    .reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
  return {
    ...result,
    scriptStartMs: scriptStart,
    scriptEvalMs: script ? script.dur / 1000 : Number.NaN,
    insertedMs: inserted ?? Number.NaN,
    paintedMs: paintedAt,
    panelMs: paintedAt - scriptStart,
    panelCpuMs,
    panelAfterDclMs: paintedAt - state.dcl,
    styleMs: between('UpdateLayoutTree'),
    layoutMs: between('Layout'),
    asideAtInsert: state.aside,
  };
}

const bySide = (fn) => Object.fromEntries(SIDES.map((side) => [side, fn(side)]));

async function measureLoads(browsers, pages) {
  const samples = new Map(pages.map((p) => [p.name, bySide(() => [])]));
  const tabs = {};
  for (const side of SIDES) tabs[side] = await tracedTab(browsers.contexts[side]);
  // Warm-up: the first loads in a fresh browser pay for its processes; not counted.
  for (const side of SIDES) await loadAndSettle(tabs[side], pages[0].url, side === 'with');
  for (let run = 0; run < SETTINGS.loadRuns; run++) {
    await Promise.all(SIDES.map((side) => tabs[side].start()));
    const states = bySide(() => []);
    for (const [index, p] of pages.entries()) {
      // Rotate the order of the three browsers from page to page and from run to run, so a drift
      // in the machine's load hits all three alike.
      for (const side of sideOrder(run + index)) {
        states[side].push(await loadAndSettle(tabs[side], p.url, side === 'with'));
      }
    }
    const events = await Promise.all(SIDES.map((side) => tabs[side].stop()));
    for (const [index, p] of pages.entries()) {
      for (const [i, side] of SIDES.entries()) {
        // The no-op side is measured as the side without: no panel to wait for or to time.
        samples.get(p.name)[side].push(analyseLoad(events[i], states[side][index], side === 'with'));
      }
    }
    log(`loads: run ${run + 1}/${SETTINGS.loadRuns} done`);
  }
  await Promise.all(SIDES.map((side) => tabs[side].page.close()));
  return pages.map((p) => {
    const { with: w, noop: no, without: wo } = samples.get(p.name);
    const pick = (list, key) => spread(list.map((s) => s[key]));
    const withIdle = pick(w, 'idleMs');
    const noopIdle = pick(no, 'idleMs');
    const withoutIdle = pick(wo, 'idleMs');
    const mainThreadWith = pick(w, 'mainThreadMs');
    const mainThreadNoop = pick(no, 'mainThreadMs');
    const mainThreadWithout = pick(wo, 'mainThreadMs');
    return {
      name: p.name,
      url: p.url,
      pageKind: p.pageKind,
      idleWith: withIdle,
      idleNoop: noopIdle,
      idleWithout: withoutIdle,
      /** The budget: with / without. */
      ratio: withIdle.median / withoutIdle.median,
      /** The floor: Chrome's own cost for an extension with a content script, plus noise. */
      ratioNoopWithout: noopIdle.median / withoutIdle.median,
      /** What this extension's code adds over an extension that does nothing. */
      ratioWithNoop: withIdle.median / noopIdle.median,
      mainThreadWith,
      mainThreadNoop,
      mainThreadWithout,
      addedMainThreadMs: mainThreadWith.median - mainThreadWithout.median,
      addedMainThreadOverNoopMs: mainThreadWith.median - mainThreadNoop.median,
      longTasksWith: pick(w, 'longTasks'),
      longTasksNoop: pick(no, 'longTasks'),
      longTasksWithout: pick(wo, 'longTasks'),
      panel: pick(w, 'panelMs'),
      panelCpu: pick(w, 'panelCpuMs'),
      panelAfterDcl: pick(w, 'panelAfterDclMs'),
      scriptStart: pick(w, 'scriptStartMs'),
      scriptEval: pick(w, 'scriptEvalMs'),
      scriptToInsert: spread(w.map((s) => s.insertedMs - s.scriptStartMs)),
      insertToPaint: spread(w.map((s) => s.paintedMs - s.insertedMs)),
      style: pick(w, 'styleMs'),
      layout: pick(w, 'layoutMs'),
      dclNoop: pick(no, 'dclMs'),
      dclWithout: pick(wo, 'dclMs'),
      loadWith: pick(w, 'loadMs'),
      loadNoop: pick(no, 'loadMs'),
      loadWithout: pick(wo, 'loadMs'),
      asideAtInsert: w.every((s) => s.asideAtInsert),
      timeouts: [...w, ...no, ...wo].filter((s) => s.timedOut).length,
      timeoutsBySide: bySide((side) => samples.get(p.name)[side].filter((s) => s.timedOut).length),
      /** Loads whose trace shows the no-op content script evaluated in the main frame (should be all). */
      noopScriptRan: no.filter((s) => s.contentScriptRan).length,
      noopScriptEval: pick(no, 'scriptEvalMs'),
      samples: { with: w, noop: no, without: wo },
    };
  });
}

// --- Reading + matching on the large page ------------------------------------------------------------

async function bundleReader() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'bench/reader-entry.ts'),
        formats: ['iife'],
        name: 'vtReaderBench',
        fileName: () => 'reader.js',
      },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output).output[0];
  return chunk.code;
}

async function measureReading(context) {
  const code = await bundleReader();
  const page = await context.newPage();
  await page.goto(LARGE_DASHBOARD_URL, { waitUntil: 'load', timeout: 60_000 });
  const rows = await page.evaluate(() => document.querySelectorAll('tbody tr').length);
  await page.addScriptTag({ content: code });
  const read = (address, runs) =>
    page.evaluate(({ address, runs }) => window.__vtReaderBench(address, runs), { address, runs });
  const dashboard = await read(LARGE_DASHBOARD_URL, SETTINGS.readRuns);
  const account = await read(LARGE_AS_ACCOUNT_URL, Math.max(3, Math.ceil(SETTINGS.readRuns / 10)));
  await page.close();
  const summary = (result) => ({
    ...spread(result.ms),
    cold: result.ms[0],
    pageKind: result.pageKind,
    situation: result.situation,
    loggedIn: result.loggedIn,
    pending: result.pending,
    structureName: result.structureName,
    samples: result.ms,
  });
  return { rows, bundleBytes: code.length, dashboard: summary(dashboard), account: summary(account) };
}

// --- DOM churn ------------------------------------------------------------------------------------

async function measureChurn(context, url, withExtension) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Thread CPU time, not wall time: what the page's main thread spent, whatever else the machine does.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  let panel;
  if (withExtension) {
    await page.waitForFunction(() => window.__vtBench.inserted !== undefined, null, { timeout: 15_000 });
    panel = await page.evaluate(() => {
      const aside = document.querySelector('vt-act-guide')?.shadowRoot?.querySelector('aside');
      return {
        page: aside?.dataset.page,
        situation: aside?.dataset.situation,
        insertedMs: window.__vtBench.inserted,
      };
    });
  }
  await sleep(300);
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const startedAt = await page.evaluate(() => performance.now());
  const churn = await page.evaluate(() => window.__churn());
  await sleep(100);
  const after = await metrics();
  await cdp.detach().catch(() => {});
  await page.close();
  const delta = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  // Per tick: every tick is the same work for the page, however many ticks the window held.
  return {
    scriptMsPerTick: delta('ScriptDuration') / churn.ticks,
    taskMsPerTick: delta('TaskDuration') / churn.ticks,
    scriptMs: delta('ScriptDuration'),
    taskMs: delta('TaskDuration'),
    layoutMs: delta('LayoutDuration'),
    styleMs: delta('RecalcStyleDuration'),
    ...churn,
    panel,
    // The extension stops watching LATE_RENDER_LIMIT_MS after the panel mounts.
    churnEndedAfterMountMs: panel ? startedAt + churn.elapsedMs - panel.insertedMs : undefined,
  };
}

async function measureChurns(browsers) {
  const targets = [
    { name: 'churn-account', url: CHURN_ACCOUNT_URL },
    { name: 'churn-dashboard', url: CHURN_DASHBOARD_URL },
  ];
  const samples = new Map(targets.map((t) => [t.name, bySide(() => [])]));
  for (let run = 0; run < SETTINGS.churnRuns; run++) {
    for (const [index, t] of targets.entries()) {
      for (const side of sideOrder(run + index)) {
        // The no-op side is measured as the side without (no panel to wait for).
        samples.get(t.name)[side].push(await measureChurn(browsers.contexts[side], t.url, side === 'with'));
      }
    }
    log(`churn: run ${run + 1}/${SETTINGS.churnRuns} done`);
  }
  const pct = (a, b) => (a.median / b.median - 1) * 100;
  return targets.map((t) => {
    const { with: w, noop: no, without: wo } = samples.get(t.name);
    const pick = (list, key) => spread(list.map((s) => s[key]));
    const scriptWith = pick(w, 'scriptMsPerTick');
    const scriptNoop = pick(no, 'scriptMsPerTick');
    const scriptWithout = pick(wo, 'scriptMsPerTick');
    const taskWith = pick(w, 'taskMsPerTick');
    const taskNoop = pick(no, 'taskMsPerTick');
    const taskWithout = pick(wo, 'taskMsPerTick');
    return {
      name: t.name,
      url: t.url,
      panel: w[0]?.panel,
      scriptWith,
      scriptNoop,
      scriptWithout,
      /** The budget: with vs without. */
      overheadPct: pct(scriptWith, scriptWithout),
      /** The floor: no-op vs without (an extension that does nothing, plus noise). */
      noopOverheadPct: pct(scriptNoop, scriptWithout),
      withOverNoopPct: pct(scriptWith, scriptNoop),
      taskWith,
      taskNoop,
      taskWithout,
      taskOverheadPct: pct(taskWith, taskWithout),
      noopTaskOverheadPct: pct(taskNoop, taskWithout),
      taskWithOverNoopPct: pct(taskWith, taskNoop),
      ticksWith: pick(w, 'ticks'),
      ticksNoop: pick(no, 'ticks'),
      ticksWithout: pick(wo, 'ticks'),
      nodesPerSecondWith: pick(w, 'nodesPerSecond'),
      nodesPerSecondNoop: pick(no, 'nodesPerSecond'),
      nodesPerSecondWithout: pick(wo, 'nodesPerSecond'),
      watchedThroughout: w.every((s) => (s.churnEndedAfterMountMs ?? 0) < LATE_RENDER_LIMIT_MS),
      samples: { with: w, noop: no, without: wo },
    };
  });
}

// --- Idle with two tabs (no budget: a check for write loops) -------------------------------------

/**
 * Two ViaTrajectoire tabs, as people work: the first tab (a dashboard) stays open while a second one
 * (a request file) loads and is closed; then, for IDLE_WINDOW_MS, the first tab's main-thread CPU
 * time (TaskDuration, thread ticks) and the storage changes the extension makes, counted by an
 * extension page listening to storage.onChanged. An idle tab should cost ~0 ms and write nothing.
 */
const IDLE_WINDOW_MS = 2_000;
async function measureTwoTabs(browsers) {
  const dashboard = FIXTURE_PAGES.find((f) => f.pageKind === 'dashboard') ?? FIXTURE_PAGES[0];
  const request = FIXTURE_PAGES.find((f) => f.pageKind === 'request') ?? FIXTURE_PAGES[1];
  const run = async (context, withExtension) => {
    let listener;
    if (withExtension) {
      listener = await context.newPage();
      await listener.goto(`chrome-extension://${browsers.extensionId}/popup.html`, { waitUntil: 'load' });
      await listener.evaluate(() => {
        window.__changes = 0;
        chrome.storage.onChanged.addListener(() => {
          window.__changes++;
        });
      });
    }
    const first = await context.newPage();
    const cdp = await context.newCDPSession(first);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await first.goto(dashboard.url, { waitUntil: 'load' });
    await sleep(500);
    const second = await context.newPage();
    await second.goto(request.url, { waitUntil: 'load' });
    await sleep(500);
    await second.close();
    await sleep(300);
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const changes = async () => (listener ? listener.evaluate(() => window.__changes) : 0);
    const before = await metrics();
    const changesBefore = await changes();
    await sleep(IDLE_WINDOW_MS);
    const after = await metrics();
    const changesAfter = await changes();
    await cdp.detach().catch(() => {});
    await first.close();
    await listener?.close();
    return {
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      storageChanges: changesAfter - changesBefore,
    };
  };
  return {
    windowMs: IDLE_WINDOW_MS,
    with: await run(browsers.withExt, true),
    without: await run(browsers.without, false),
  };
}

// --- Report ---------------------------------------------------------------------------------------

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const signed = (value, digits = 1) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}` : '–';
const signedPct = (value) => `${signed(value)} %`;
const triple = (a, b, c, digits = 0) => `${fixed(a, digits)} / ${fixed(b, digits)} / ${fixed(c, digits)}`;

/** Medians over the pages of the load ratios and of the added main-thread CPU. */
function summariseLoads(loads) {
  const over = (key) => median(loads.map((p) => p[key]));
  return {
    pages: loads.length,
    ratioWithWithout: over('ratio'),
    ratioNoopWithout: over('ratioNoopWithout'),
    ratioWithNoop: over('ratioWithNoop'),
    addedMainThreadMs: over('addedMainThreadMs'),
    addedMainThreadOverNoopMs: over('addedMainThreadOverNoopMs'),
  };
}

function checkBudgets(sizes, loads, reading, churns) {
  const checks = [];
  const check = (name, value, limit, shown, spreadText = '') =>
    checks.push({ name, value, limit, pass: Number.isFinite(value) && value <= limit, shown, spreadText });
  check('content script gzip', sizes.content.gzip, BUDGETS.contentGzipBytes, kb(sizes.content.gzip));
  check('popup gzip', sizes.popup.gzip, BUDGETS.popupGzipBytes, kb(sizes.popup.gzip));
  for (const page of loads) {
    check(
      `load ratio ${page.name}`,
      page.ratio,
      BUDGETS.loadRatio,
      fixed(page.ratio, 3),
      `idle with ${range(page.idleWith, 0)} ms, without ${range(page.idleWithout, 0)} ms; ` +
        `informative: no-op/without ${fixed(page.ratioNoopWithout, 3)}, with/no-op ${fixed(page.ratioWithNoop, 3)}`,
    );
  }
  for (const page of loads) {
    check(
      `panel painted after content script start ${page.name}`,
      page.panel.median,
      BUDGETS.panelMs,
      `${fixed(page.panel.median)} ms`,
      `min–max ${fixed(page.panel.min)}–${fixed(page.panel.max)} ms`,
    );
  }
  check(
    'reading + matching, 10,000-row dashboard',
    reading.dashboard.median,
    BUDGETS.readMs,
    `${fixed(reading.dashboard.median, 2)} ms`,
    `min–max ${fixed(reading.dashboard.min, 2)}–${fixed(reading.dashboard.max, 2)} ms, first ${fixed(reading.dashboard.cold, 2)} ms`,
  );
  for (const churn of churns) {
    check(
      `churn overhead (ScriptDuration) ${churn.name}`,
      churn.overheadPct,
      BUDGETS.churnOverheadPct,
      `${fixed(churn.overheadPct)} %`,
      `per tick with ${range(churn.scriptWith, 2)} ms, without ${range(churn.scriptWithout, 2)} ms; ` +
        `informative: no-op vs without ${signedPct(churn.noopOverheadPct)}`,
    );
    // ScriptDuration misses promise continuations run in microtask checkpoints (the extension's
    // storage callbacks): the main thread's whole task time is checked too.
    check(
      `churn overhead (TaskDuration) ${churn.name}`,
      churn.taskOverheadPct,
      BUDGETS.churnOverheadPct,
      `${fixed(churn.taskOverheadPct)} %`,
      `per tick with ${range(churn.taskWith, 2)} ms, without ${range(churn.taskWithout, 2)} ms; ` +
        `informative: no-op vs without ${signedPct(churn.noopTaskOverheadPct)}`,
    );
  }
  return checks;
}

function report(result) {
  const { sizes, loads, reading, churns, budgets } = result;
  const out = [];
  out.push('', '== Bundle sizes (gzip -9, each file on its own, summed; 1 KB = 1,000 bytes) ==');
  out.push(
    table(
      ['bundle', 'files', 'raw', 'gzip', 'budget'],
      [
        [
          'content script (JS + CSS)',
          String(sizes.content.files.length),
          kb(sizes.content.raw),
          kb(sizes.content.gzip),
          kb(BUDGETS.contentGzipBytes),
        ],
        [
          'popup (chunks + CSS)',
          String(sizes.popup.files.length),
          kb(sizes.popup.raw),
          kb(sizes.popup.gzip),
          kb(BUDGETS.popupGzipBytes),
        ],
        [
          'background',
          String(sizes.background.files.length),
          kb(sizes.background.raw),
          kb(sizes.background.gzip),
          '–',
        ],
      ],
    ),
  );
  out.push(
    '',
    `== Page load to idle, ms since navigation start: median (min–max) of ${SETTINGS.loadRuns} ==`,
  );
  out.push(
    table(
      [
        'page',
        'with ext.',
        'no-op ext.',
        'without',
        'with/without',
        'no-op/without',
        'with/no-op',
        'CPU w / n / wo',
        'CPU added',
        'long tasks',
      ],
      loads.map((p) => [
        p.name,
        range(p.idleWith, 0),
        range(p.idleNoop, 0),
        range(p.idleWithout, 0),
        fixed(p.ratio, 3),
        fixed(p.ratioNoopWithout, 3),
        fixed(p.ratioWithNoop, 3),
        triple(p.mainThreadWith.median, p.mainThreadNoop.median, p.mainThreadWithout.median),
        `${signed(p.addedMainThreadMs)} ms`,
        triple(p.longTasksWith.median, p.longTasksNoop.median, p.longTasksWithout.median),
      ]),
    ),
  );
  const s = result.loadSummary;
  const notInjected = loads.filter((p) => p.noopScriptRan < p.samples.noop.length);
  if (notInjected.length > 0) {
    out.push(
      `WARN  no-op content script not seen in the trace on: ${notInjected.map((p) => `${p.name} (${p.noopScriptRan}/${p.samples.noop.length})`).join(', ')}`,
    );
  }
  const timeouts = loads.filter((p) => p.timeouts > 0);
  if (timeouts.length > 0) {
    out.push(
      `WARN  loads that never went idle (15 s): ${timeouts.map((p) => `${p.name} (with ${p.timeoutsBySide.with}, no-op ${p.timeoutsBySide.noop}, without ${p.timeoutsBySide.without})`).join(', ')}`,
    );
  }
  out.push(
    `Median over the ${s.pages} pages: no-op/without ${fixed(s.ratioNoopWithout, 3)}, ` +
      `with/no-op ${fixed(s.ratioWithNoop, 3)}, with/without ${fixed(s.ratioWithWithout, 3)}; ` +
      `main-thread CPU added (with − without) ${signed(s.addedMainThreadMs)} ms ` +
      `(with − no-op ${signed(s.addedMainThreadOverNoopMs)} ms).`,
    'with/without: the budget (≤ 1.05). no-op/without: the floor, what Chrome costs for any extension with a',
    'content script on the page, plus the noise. with/no-op: what this extension’s code adds. CPU: the main',
    'thread’s CPU time until idle (medians, ms), with / no-op / without; long tasks likewise.',
  );
  out.push(
    '',
    '== Panel: content script start (trace EvaluateScript) to panel painted (first Commit after insertion), ms ==',
  );
  out.push(
    table(
      [
        'page',
        'start→painted',
        'CPU in it',
        'start→inserted',
        'inserted→painted',
        'script eval',
        'style+layout',
        'painted−DCL',
        'start (nav)',
      ],
      loads.map((p) => [
        p.name,
        range(p.panel),
        fixed(p.panelCpu.median),
        fixed(p.scriptToInsert.median),
        fixed(p.insertToPaint.median),
        fixed(p.scriptEval.median),
        fixed(p.style.median + p.layout.median),
        fixed(p.panelAfterDcl.median),
        fixed(p.scriptStart.median, 0),
      ]),
    ),
  );
  out.push(
    '',
    `== Reading + matching (readPage + matchSituation, bundled, in the page), ${reading.rows} rows ==`,
  );
  out.push(
    table(
      ['read at', 'runs', 'median', 'min', 'max', 'first (cold)', 'result'],
      [
        ['dashboard address', reading.dashboard, LARGE_DASHBOARD_URL],
        ['account address', reading.account, LARGE_AS_ACCOUNT_URL],
      ].map(([label, r]) => [
        label,
        String(r.n),
        `${fixed(r.median, 2)} ms`,
        fixed(r.min, 2),
        fixed(r.max, 2),
        fixed(r.cold, 2),
        `${r.pageKind}/${r.situation}${r.pending ? ' (pending)' : ''}`,
      ]),
    ),
  );
  out.push(
    '',
    `== DOM churn (${CHURN.rowsPerTick} rows replaced every ${CHURN.tickMs} ms for ${CHURN.durationMs} ms), main-thread CPU ms per tick: median (min–max) of ${SETTINGS.churnRuns} ==`,
  );
  out.push(
    table(
      [
        'page',
        'CPU time',
        'with ext.',
        'no-op ext.',
        'without',
        'with vs wo',
        'no-op vs wo',
        'with vs no-op',
        'ticks w / n / wo',
        'panel',
      ],
      churns.flatMap((c) => {
        const panel = c.panel
          ? `${c.panel.page}/${c.panel.situation}${c.watchedThroughout ? '' : ' (watch ended early)'}`
          : '–';
        const ticks = triple(c.ticksWith.median, c.ticksNoop.median, c.ticksWithout.median);
        /** One metric's row: the three sides, then with vs wo, no-op vs wo, with vs no-op. */
        const row = (label, metric, sides, overheads, last) => [
          label,
          metric,
          ...sides.map((side) => range(side, 3)),
          ...overheads.map(signedPct),
          ...last,
        ];
        return [
          row(
            c.name,
            'ScriptDuration',
            [c.scriptWith, c.scriptNoop, c.scriptWithout],
            [c.overheadPct, c.noopOverheadPct, c.withOverNoopPct],
            [ticks, panel],
          ),
          row(
            '',
            'TaskDuration',
            [c.taskWith, c.taskNoop, c.taskWithout],
            [c.taskOverheadPct, c.noopTaskOverheadPct, c.taskWithOverNoopPct],
            ['', ''],
          ),
        ];
      }),
    ),
  );
  out.push(
    `with vs wo: the budget (≤ ${BUDGETS.churnOverheadPct} %, both lines). no-op vs wo: the noise floor (an extension whose content`,
    'script does nothing). with vs no-op: what this extension’s code adds.',
  );
  const { twoTabs } = result;
  out.push(
    '',
    `== Idle first tab after a second ViaTrajectoire tab opened and closed, over ${twoTabs.windowMs} ms (no budget) ==`,
  );
  out.push(
    table(
      ['', 'main-thread CPU', 'storage changes'],
      [
        ['with extension', `${fixed(twoTabs.with.taskMs, 0)} ms`, String(twoTabs.with.storageChanges)],
        ['without', `${fixed(twoTabs.without.taskMs, 0)} ms`, '–'],
      ],
    ),
  );
  if (twoTabs.with.storageChanges > 2) {
    out.push(
      `WARN  the extension kept writing to storage in an idle tab (${twoTabs.with.storageChanges} changes).`,
    );
  }
  out.push('', '== Budgets ==');
  for (const b of budgets) {
    out.push(
      `${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.shown} (budget ${b.name.includes('gzip') ? kb(b.limit) : b.limit})${b.spreadText ? `; ${b.spreadText}` : ''}`,
    );
  }
  const failed = budgets.filter((b) => !b.pass);
  out.push(
    '',
    failed.length === 0
      ? 'All budgets pass.'
      : `${failed.length} budget(s) FAILED: ${failed.map((b) => b.name).join('; ')}`,
  );
  out.push(
    `Machine: ${result.environment.cpus} CPU, load average ${result.environment.loadavgStart.map((l) => l.toFixed(1)).join(' ')} at start, ${result.environment.loadavgEnd.map((l) => l.toFixed(1)).join(' ')} at end.`,
  );
  console.log(out.join('\n'));
}

// --- Main -----------------------------------------------------------------------------------------

async function timed(name, fn) {
  const start = Date.now();
  const value = await fn();
  phases[name] = Date.now() - start;
  return value;
}

const startedAt = Date.now();
const loadavgStart = os.loadavg();
const buildInfo = await timed('build', () => ensureBuilt());
const sizes = bundleSizes(EXTENSION_DIR);
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
  const pages = FIXTURE_PAGES.map((f) => ({ name: f.name, url: f.url, pageKind: f.pageKind }));
  loads = await timed('loads', () => measureLoads(browsers, pages));
  reading = await timed('reading', () => measureReading(browsers.without));
  churns = await timed('churn', () => measureChurns(browsers));
  twoTabs = await timed('twoTabs', () => measureTwoTabs(browsers));
} finally {
  await Promise.all(SIDES.map((side) => browsers.contexts[side].close()));
}

const budgets = checkBudgets(sizes, loads, reading, churns);
const loadSummary = summariseLoads(loads);
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
  loadSummary,
  loads,
  reading,
  churns,
  twoTabs,
  checks: budgets,
  phasesMs: { ...phases, total: Date.now() - startedAt },
};
report({ ...result, budgets });
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
log(`written bench-results/bench.json; phases (ms): ${JSON.stringify(result.phasesMs)}`);
process.exit(budgets.every((b) => b.pass) ? 0 : 1);

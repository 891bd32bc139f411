// `node bench/profile.mjs [setup|tab|open] [--warm N] [--cold N]`: where the dashboard's main-thread
// time goes with the extension, against the no-op extension, warm (one browser, N loads each side,
// interleaved) and cold (a new browser per load, its first page). Not a budget: the bench's
// figures are run.mjs's. Two views of the same loads, in the commit → loadEventEnd + 400 ms window
// of the bench (loads.mjs):
// - the trace's main-thread events by name, self time (an event's time minus the events nested in
//   it), with − no-op: script evaluation, compilation, microtasks, style, layout…;
// - V8's CPU samples (trace category disabled-by-default-v8.cpu_profiler.hires) on the "with"
//   side, each sample's time given to the source file of the innermost frame of the content
//   script (the build's hidden source map names it: this script builds the e2e mode with
//   VT_BENCH_SOURCEMAP=1, the same code plus a .map file), then to its function.
// bench/README.md ("Profile") says how to read it; bench/RESULTS.md keeps what it found.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { blockOtherHosts, chromiumArgs, chromiumExecutable } from '../scripts/launch.mjs';
import { routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import { caseSeed, DASHBOARD, PANEL_CASES, seedContext } from './cases.mjs';
import { CPU_WINDOW_AFTER_LOAD_MS } from './loads.mjs';
import { EXTENSION_DIR, log, makeNoopExtension, ROOT } from './setup.mjs';
import { fixed, median, table } from './stats.mjs';
import { isContentScriptUrl, pageSlice, TRACE_CATEGORIES } from './trace.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number.parseInt(args[index + 1], 10) : fallback;
};
const panelCase = args.find((a) => PANEL_CASES.includes(a)) ?? 'tab';
const WARM = option('warm', 20);
const COLD = option('cold', 5);
// `--no-samples`: the trace alone, without V8's sampler and its cost (for a before/after of a few ms).
const CATEGORIES = args.includes('--no-samples')
  ? `${TRACE_CATEGORIES},v8`
  : `${TRACE_CATEGORIES},v8,disabled-by-default-v8.cpu_profiler,disabled-by-default-v8.cpu_profiler.hires`;

log('building the e2e mode with its source map (VT_BENCH_SOURCEMAP=1)…');
const built = args.includes('--no-build')
  ? { status: 0 }
  : spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, VT_BENCH_SOURCEMAP: '1' },
    });
if (built.status !== 0) throw new Error('wxt build --mode e2e failed');
// `--against DIR`: another build in place of the no-op extension, for an interleaved before/after.
// `--with DIR`: another build on the "with" side (its source map, if any, names the frames).
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const withDir = args.includes('--with') ? args[args.indexOf('--with') + 1] : EXTENSION_DIR;
const noop = against ? { dir: against } : makeNoopExtension();
const SCRIPT = 'content-scripts/viatrajectoire.js';
const mapFile = join(withDir, `${SCRIPT}.map`);
const sourceMap = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;

/** A mapped source as a short name: the package for node_modules, the repository path otherwise. */
function sourceName(file) {
  const path = file.replace(/^.*?(?=node_modules\/|entrypoints\/|components\/|content\/|utils\/)/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  return relative(ROOT, join(ROOT, path.replace(/\?.*$/, '')));
}

function mapFrame(frame) {
  const entry = sourceMap?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry?.originalSource) return { source: '(unmapped)', fn: frame.functionName || '(anonymous)' };
  const source = sourceName(entry.originalSource);
  return {
    source,
    fn: `${source}:${entry.originalLine + 1} ${entry.name ?? frame.functionName ?? ''}`.trim(),
  };
}

async function launch(dir) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumExecutable(),
    headless: true,
    args: chromiumArgs(dir),
  });
  await blockOtherHosts(context);
  await routeViaTrajectoire(context);
  return context;
}

async function tracedLoad(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(DASHBOARD.url, { waitUntil: 'load' });
  const load = await page.evaluate(async (windowMs) => {
    const nav = performance.getEntriesByType('navigation')[0];
    while (performance.now() < nav.loadEventEnd + windowMs + 300) await new Promise((r) => setTimeout(r, 50));
    return nav.loadEventEnd;
  }, CPU_WINDOW_AFTER_LOAD_MS);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return analyse(events, load);
}

/** Self time of the main thread's complete events, by name, in the bench's window; and our samples. */
function analyse(events, load) {
  const slice = pageSlice(events, DASHBOARD.url);
  const { rel, commitMs, nav } = slice;
  const inWindow = (ts) => rel(ts) >= commitMs && rel(ts) < load + CPU_WINDOW_AFTER_LOAD_MS;
  const complete = slice.events
    .filter((e) => e.ph === 'X' && inWindow(e.ts))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = {};
  const stack = [];
  for (const e of complete) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    self[e.name] = (self[e.name] ?? 0) + e.dur / 1000;
    const parent = stack.at(-1);
    if (parent) self[parent.name] -= Math.min(e.dur, parent.ts + parent.dur - e.ts) / 1000;
    stack.push(e);
  }
  const tasks = complete
    .filter((e) => e.name === 'RunTask')
    .reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);

  // V8's samples of this thread: Profile gives the start time, ProfileChunks the nodes and deltas.
  const mine = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const bySource = {};
  const byFunction = {};
  let ours = 0;
  for (const profile of mine.filter((e) => e.name === 'Profile')) {
    const nodes = new Map();
    let time = profile.args.data.startTime;
    const samples = [];
    for (const chunk of events.filter(
      (e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === nav.pid,
    )) {
      const data = chunk.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data.cpuProfile?.samples ?? [];
      for (const [i, id] of ids.entries()) {
        time += data.timeDeltas[i];
        samples.push({ id, time });
      }
    }
    for (const [i, sample] of samples.entries()) {
      if (!inWindow(sample.time)) continue;
      const next = samples[i + 1];
      const ms = next ? Math.min(next.time - sample.time, 2000) / 1000 : 0;
      let node = nodes.get(sample.id);
      // The innermost frame of ours: a builtin or GC inside our call counts for our caller.
      let leaf;
      while (node) {
        if (isContentScriptUrl(node.callFrame.url)) {
          leaf = node;
          break;
        }
        node = nodes.get(node.parent);
      }
      if (!leaf) continue;
      ours += ms;
      const { source, fn } = mapFrame(leaf.callFrame);
      bySource[source] = (bySource[source] ?? 0) + ms;
      byFunction[fn] = (byFunction[fn] ?? 0) + ms;
    }
  }
  return { tasks, self, ours, bySource, byFunction };
}

const sumBy = (list, key) => {
  const names = new Set(list.flatMap((s) => Object.keys(s[key])));
  return Object.fromEntries([...names].map((n) => [n, median(list.map((s) => s[key][n] ?? 0))]));
};
const totalBy = (list, key) => {
  const names = new Set(list.flatMap((s) => Object.keys(s[key])));
  return Object.fromEntries(
    [...names].map((n) => [n, list.reduce((t, s) => t + (s[key][n] ?? 0), 0) / list.length]),
  );
};

function print(label, withs, noops) {
  console.log(`\n== ${label}: dashboard (${panelCase}), ${withs.length} loads per side ==`);
  console.log(
    `main-thread task CPU (medians): with ${fixed(median(withs.map((s) => s.tasks)))} ms, no-op ` +
      `${fixed(median(noops.map((s) => s.tasks)))} ms; samples in the content script: ` +
      `${fixed(median(withs.map((s) => s.ours)))} ms (median per load)`,
  );
  const w = sumBy(withs, 'self');
  const n = sumBy(noops, 'self');
  const rows = Object.keys({ ...w, ...n })
    .map((name) => [name, w[name] ?? 0, n[name] ?? 0])
    .filter(([, a, b]) => Math.abs(a - b) >= 0.1 || a >= 0.5)
    .sort((a, b) => b[1] - b[2] - (a[1] - a[2]))
    .slice(0, 16);
  console.log('trace events, self time (ms, medians per load):');
  console.log(
    table(
      ['event', 'with', 'no-op', 'w − n'],
      rows.map(([name, a, b]) => [name, fixed(a, 2), fixed(b, 2), fixed(a - b, 2)]),
    ),
  );
  const top = (record, count) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => [name, fixed(ms, 2)]);
  console.log('content script samples by source (ms per load, mean):');
  console.log(table(['source', 'ms'], top(totalBy(withs, 'bySource'), 14)));
  console.log('content script samples by function (ms per load, mean):');
  console.log(table(['function', 'ms'], top(totalBy(withs, 'byFunction'), 18)));
}

log(`profiling dashboard (${panelCase}): warm ${WARM} loads per side, cold ${COLD} browsers per side`);
if (WARM > 0) {
  const [withCtx, noopCtx] = await Promise.all([launch(withDir), launch(noop.dir)]);
  const withPage = await withCtx.newPage();
  const noopPage = await noopCtx.newPage();
  // A warm-up load each, not counted.
  await seedContext(withCtx, caseSeed(panelCase));
  await withPage.goto(DASHBOARD.url, { waitUntil: 'load' });
  await noopPage.goto(DASHBOARD.url, { waitUntil: 'load' });
  const withs = [];
  const noops = [];
  for (let run = 0; run < WARM; run++) {
    const first = run % 2 === 0;
    if (first) noops.push(await tracedLoad(noopCtx, noopPage));
    await seedContext(withCtx, caseSeed(panelCase));
    await new Promise((r) => setTimeout(r, 150));
    withs.push(await tracedLoad(withCtx, withPage));
    if (!first) noops.push(await tracedLoad(noopCtx, noopPage));
  }
  await Promise.all([withCtx.close(), noopCtx.close()]);
  print('warm', withs, noops);
}
if (COLD > 0) {
  const withs = [];
  const noops = [];
  for (let run = 0; run < COLD; run++) {
    for (const side of run % 2 === 0 ? ['with', 'noop'] : ['noop', 'with']) {
      const context = await launch(side === 'with' ? withDir : noop.dir);
      try {
        if (side === 'with') await seedContext(context, caseSeed(panelCase));
        const page = context.pages()[0] ?? (await context.newPage());
        (side === 'with' ? withs : noops).push(await tracedLoad(context, page));
      } finally {
        await context.close();
      }
    }
  }
  print('cold (a new browser per load, its first page)', withs, noops);
}

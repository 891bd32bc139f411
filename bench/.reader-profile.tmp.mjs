// temporary (not committed): the reader's first call, profiled in fresh pages.

import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumExecutable } from '../scripts/launch.mjs';
import { routeViaTrajectoire } from '../tests/support/fixtures.mjs';
import { DASHBOARD } from './cases.mjs';
import { ROOT } from './setup.mjs';

const out = await build({
  configFile: false,
  logLevel: 'silent',
  root: ROOT,
  publicDir: false,
  build: {
    write: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: join(ROOT, 'bench/reader-entry.ts'),
      formats: ['iife'],
      name: 'x',
      fileName: () => 'reader.js',
    },
  },
});
const chunks = (Array.isArray(out) ? out[0] : out).output;
const js = chunks.find((c) => c.fileName === 'reader.js');
const map = new SourceMap(
  JSON.parse(chunks.find((c) => c.fileName.endsWith('.map'))?.source ?? JSON.stringify(js.map)),
);
const ctx = await chromium.launchPersistentContext('', {
  executablePath: chromiumExecutable(),
  headless: true,
  args: ['--no-sandbox'],
});
await routeViaTrajectoire(ctx);
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const N = Number(process.argv[2] ?? 20);
const first = [];
const byFn = {};
const bySrc = {};
for (let i = 0; i < N; i++) {
  await page.goto(DASHBOARD.url, { waitUntil: 'load' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
  await cdp.send('Profiler.start');
  const t = await page.evaluate(
    ({ code, url }) => {
      const s = performance.now();
      (0, eval)(code);
      const e = performance.now();
      const r = window.__vtReaderBench(url, 2);
      return [e - s, r.ms[0], r.ms[1]];
    },
    { code: js.code, url: DASHBOARD.url },
  );
  const { profile } = await cdp.send('Profiler.stop');
  first.push(t);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    let n = nodes.get(id);
    while (
      n &&
      !(
        n.callFrame.url === '' &&
        n.callFrame.lineNumber >= 0 &&
        n.callFrame.scriptId &&
        n.callFrame.functionName !== '(program)' &&
        map.findEntry(n.callFrame.lineNumber, n.callFrame.columnNumber)?.originalSource
      )
    )
      n = nodes.get(parent.get(n.id));
    if (!n) return;
    const e = map.findEntry(n.callFrame.lineNumber, n.callFrame.columnNumber);
    const src = e.originalSource.replace(/^.*?(content\/|node_modules\/|bench\/)/, '$1');
    const key = `${src}:${e.originalLine + 1} ${e.name ?? n.callFrame.functionName}`;
    byFn[key] = (byFn[key] ?? 0) + ms / N;
    bySrc[src] = (bySrc[src] ?? 0) + ms / N;
  });
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(
  'eval',
  med(first.map((f) => f[0])).toFixed(2),
  'first call',
  med(first.map((f) => f[1])).toFixed(2),
  'second',
  med(first.map((f) => f[2])).toFixed(2),
);
const top = (o, k) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([n, v]) => `${v.toFixed(2)}  ${n}`)
    .join('\n');
console.log(top(bySrc, 15));
console.log('--');
console.log(top(byFn, 25));
await ctx.close();

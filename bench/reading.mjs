// Reading + matching on the 10,000-row dashboard: the shipped reader and situation rule, bundled
// by Vite (bench/reader-entry.ts), timed in the page on a real DOM, on the side without extension.
import { join } from 'node:path';
import { build } from 'vite';
import { LARGE_AS_ACCOUNT_URL, LARGE_DASHBOARD_URL } from './pages.mjs';
import { ROOT, SETTINGS } from './setup.mjs';
import { spread } from './stats.mjs';

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

export async function measureReading(context) {
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
    structureShown: result.structureShown,
    samples: result.ms,
  });
  return { rows, bundleBytes: code.length, dashboard: summary(dashboard), account: summary(account) };
}

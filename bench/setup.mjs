// Settings, the build the bench measures, and the no-op extension made from it.
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
import { basename, join } from 'node:path';
import { E2E_EXTENSION_DIR } from '../scripts/launch.mjs';
import { ROOT } from './code.mjs';

export { ROOT };
export const RESULTS_DIR = join(ROOT, 'bench-results');

// The e2e build: the shipped code but for the panel's shadow root, open there so that the bench
// can see when the panel is painted and whether it is open (the shipped root is closed to the page).
export const EXTENSION_DIR = E2E_EXTENSION_DIR;
/** The build's directory name under .output/, as tests/build/output.ts names a target. */
export const EXTENSION_TARGET = basename(EXTENSION_DIR);

const int = (name, fallback) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const SETTINGS = {
  /** Loads of every fixture page, per side. */
  loadRuns: int('BENCH_RUNS', 3),
  /** Loads of the dashboard in each panel case (tab, open), per side: the CPU budgets' samples. */
  dashboardRuns: int('BENCH_DASHBOARD_RUNS', 20),
  churnRuns: int('BENCH_CHURN_RUNS', 3),
  readRuns: int('BENCH_READ_RUNS', 51),
  /** Browser launches per side (with, without), each its first page, for the first load. */
  firstLoadRuns: int('BENCH_FIRST_LOAD_RUNS', 10),
  /** Browser launches, each with a fresh profile, for the composer's first field. */
  composerRuns: int('BENCH_COMPOSER_RUNS', 7),
  /** The quiet window that defines "idle": no long task and no request for this long. */
  quietMs: int('BENCH_QUIET_MS', 300),
  /** How long the churn goes on after the late-render watcher's limit (the "after" window). */
  churnAfterMs: int('BENCH_CHURN_AFTER_MS', 3_000),
  /** A long task, as the Long Tasks API and Lighthouse define it. */
  longTaskMs: 50,
};

export const log = (message) => console.log(`[bench] ${message}`);

const SOURCES = [
  'entrypoints',
  'utils',
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

/** Builds the e2e build when asked (--build), missing, or older than the sources; exits 2 if that fails. */
export function ensureBuilt() {
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
export function makeNoopExtension() {
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

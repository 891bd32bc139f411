// Whether a built extension (.output/<target>) is missing or older than the sources it is built
// from: the end-to-end tests refuse a stale build (tests/e2e/global-setup.ts), and the bench can
// rebuild on it. Modification times, not a content hash: a build takes a second, a hash of
// node_modules would not, and any edit or checkout of a source makes it newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a build is made from (paths relative to the project's root; a missing one is skipped). */
export const BUILD_SOURCES = [
  'entrypoints',
  'utils',
  'components',
  'content',
  'assets',
  'public',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

/** The newest file under `path` (itself if a file), or undefined when there is none. */
function newestFile(path) {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest;
  for (const name of readdirSync(path)) {
    const found = newestFile(join(path, name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * @param {string} dir the build (holding manifest.json)
 * @param {{ root?: string, sources?: readonly string[] }} [options]
 * @returns {{ state: 'missing' } | { state: 'stale' | 'fresh', builtAt: number, newest?: { path: string, mtimeMs: number } }}
 *   `newest`: the newest source file, relative to the root.
 */
export function buildFreshness(dir, { root = ROOT, sources = BUILD_SOURCES } = {}) {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return { state: 'missing' };
  // WXT writes the manifest last: its time is the build's.
  const builtAt = statSync(manifest).mtimeMs;
  let newest;
  for (const source of sources) {
    const found = newestFile(join(root, source));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  const relativeNewest = newest && { path: relative(root, newest.path), mtimeMs: newest.mtimeMs };
  return { state: newest && newest.mtimeMs > builtAt ? 'stale' : 'fresh', builtAt, newest: relativeNewest };
}

/**
 * Why `dir` cannot be tested, in French then English with the command that rebuilds it, or
 * undefined when it is fresh.
 * @param {string} dir
 * @param {string} command e.g. "npm run build:e2e"
 * @param {{ root?: string, sources?: readonly string[] }} [options]
 */
export function staleBuildMessage(dir, command, options = {}) {
  const root = options.root ?? ROOT;
  const freshness = buildFreshness(dir, options);
  const where = relative(root, dir) || dir;
  if (freshness.state === 'missing')
    return (
      `Extension non construite : ${where}/manifest.json est absent. Lancez « ${command} ».\n` +
      `Extension not built: ${where}/manifest.json is missing. Run "${command}".`
    );
  if (freshness.state === 'stale')
    return (
      `Extension plus ancienne que ses sources : ${freshness.newest?.path} a changé après la construction de ${where}. Lancez « ${command} » (ou « npm run test:e2e », qui reconstruit).\n` +
      `Extension older than its sources: ${freshness.newest?.path} changed after ${where} was built. Run "${command}" (or "npm run test:e2e", which rebuilds).`
    );
  return undefined;
}

// The code's own constants and helpers, imported from its TypeScript sources rather than copied:
// Vite's runnerImport transpiles a .ts module and its imports for Node 20, which strips no types.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} path relative to the repository */
const load = async (path) =>
  (await runnerImport(join(ROOT, path), { configFile: false, logLevel: 'silent' })).module;

const [lateRender, pageLoad, output, stored, ids] = await Promise.all([
  load('entrypoints/viatrajectoire.content/late-render.ts'),
  load('entrypoints/viatrajectoire.content/page-load.ts'),
  load('tests/build/output.ts'),
  load('utils/stored.ts'),
  load('content/guide/ids.ts'),
]);

/** How long the content script watches a page that has not rendered its chrome yet. */
export const LATE_RENDER_LIMIT_MS = /** @type {number} */ (lateRender.LATE_RENDER_LIMIT_MS);
/** The first and last interval between the late-render watcher's reads. */
export const LATE_RENDER_FIRST_INTERVAL_MS = /** @type {number} */ (lateRender.LATE_RENDER_FIRST_INTERVAL_MS);
export const LATE_RENDER_LAST_INTERVAL_MS = /** @type {number} */ (lateRender.LATE_RENDER_LAST_INTERVAL_MS);
/** The longest wait for the page's load event before the panel starts. */
export const PAGE_LOAD_WAIT_MS = /** @type {number} */ (pageLoad.PAGE_LOAD_WAIT_MS);
/** The sanity caps on bundle sizes, gzip bytes ({ content, popup }), as tests/build checks them. */
export const SIZE_BUDGETS = /** @type {{ content: number, popup: number }} */ (output.SIZE_BUDGETS);
/**
 * Bundle sizes of a build under .output/ (tests/build/output.ts: the same files and gzip as the
 * build checks).
 * @type {(target: string) => Record<'content' | 'popup' | 'background', { files: { file: string, bytes: number, gzip: number }[], bytes: number, gzip: number }>}
 */
export const bundleSizes = output.bundleSizes;
/** The extension's storage registry (key and parser of each stored value). */
export const STORED = stored.STORED;
/** @type {readonly string[]} */
export const SITUATION_IDS = ids.SITUATION_IDS;
/** @type {readonly string[]} */
export const PREREQUISITE_IDS = ids.PREREQUISITE_IDS;

// Reading a built extension (.output/<target>) as it ships: its manifest, its files, and which
// files make up each part (content script, popup, background). Shared by the build checks and the
// benchmark (bundle sizes).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export type Target = 'chrome-mv3' | 'firefox-mv3';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** WXT's output directory; BUILD_OUTPUT_DIR points the checks at a copy (to try them on a planted fault). */
export const OUTPUT_DIR = process.env.BUILD_OUTPUT_DIR ?? join(ROOT, '.output');

export function buildDir(target: Target): string {
  return join(OUTPUT_DIR, target);
}

/** Fails with the command to run when the build is missing, rather than with ENOENT. */
export function assertBuilt(target: Target): void {
  const manifest = join(buildDir(target), 'manifest.json');
  if (!existsSync(manifest)) {
    const command = target === 'chrome-mv3' ? 'npm run build' : 'npm run build:firefox';
    throw new Error(`${relative(ROOT, manifest)} is missing: run \`${command}\` first.`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a manifest is checked field by field, whatever its shape.
export type Manifest = Record<string, any>;

export function readManifest(target: Target): Manifest {
  assertBuilt(target);
  return JSON.parse(readFileSync(join(buildDir(target), 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file of the build, as a path relative to the build's root with forward slashes. */
export function listFiles(target: Target): string[] {
  assertBuilt(target);
  const dir = buildDir(target);
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((path) => path.split('\\').join('/'))
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

export function readText(target: Target, file: string): string {
  return readFileSync(join(buildDir(target), file), 'utf8');
}

// --- Which files make up a part ---------------------------------------------------------------

/** `./x.js`, `../x.js` or `/x.js` imported by a module (static, bare or dynamic import). */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]/g;

/** The files a module pulls in, itself included, following relative imports. */
function withImports(target: Target, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const match of readText(target, file).matchAll(RELATIVE_IMPORT)) {
      const spec = match[1] as string;
      queue.push(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
    }
  }
  return [...seen];
}

/** A path as written in the manifest or an HTML page, relative to the build root. */
function fromRoot(path: string, base = ''): string {
  return path.startsWith('/') ? path.slice(1) : posix.join(base, path);
}

/** An address, not a file of the build (the remote-code check reports those). */
const isRemote = (path: string): boolean => /^(?:[a-z][\w+.-]*:)?\/\//iu.test(path);

/** The scripts and stylesheets an extension page loads (`<script src>`, `<link rel=stylesheet href>`). */
export function pageAssets(target: Target, page: string): string[] {
  const html = readText(target, page);
  const base = posix.dirname(page) === '.' ? '' : posix.dirname(page);
  const assets: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) {
    if (!isRemote(match[1] as string)) assets.push(fromRoot(match[1] as string, base));
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\brel=["'](?:stylesheet|modulepreload)["']/i.test(tag)) continue;
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && !isRemote(href)) assets.push(fromRoot(href, base));
  }
  return assets;
}

export interface Parts {
  content: string[];
  popup: string[];
  background: string[];
}

/** The files of each part, found from the manifest (and the popup's page), imports followed. */
export function parts(target: Target): Parts {
  const manifest = readManifest(target);
  const contentScripts = (manifest.content_scripts ?? []) as { js?: string[]; css?: string[] }[];
  const content = contentScripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const popupPage = (manifest.action ?? manifest.browser_action)?.default_popup as string | undefined;
  const popup = popupPage ? pageAssets(target, fromRoot(popupPage)) : [];
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker as string]
    : ((manifest.background?.scripts ?? []) as string[]);
  return {
    content: withImports(
      target,
      content.map((file) => fromRoot(file)),
    ),
    popup: withImports(target, popup),
    background: withImports(
      target,
      background.map((file) => fromRoot(file)),
    ),
  };
}

// --- Sizes ----------------------------------------------------------------------------------------

/**
 * Caps in bytes, gzip level 9, each file compressed on its own (1 KB = 1,000 bytes). Sanity caps
 * against bundling a big library by accident, not design budgets: an installed extension's script
 * is read from disk; what a user pays on every page is main-thread CPU (npm run bench).
 */
export const SIZE_BUDGETS = { content: 60_000, popup: 60_000 } as const;

export interface PartSize {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

export function partSize(target: Target, files: readonly string[]): PartSize {
  const sized = files.map((file) => {
    const data = readFileSync(join(buildDir(target), file));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  return {
    files: sized,
    bytes: sized.reduce((sum, file) => sum + file.bytes, 0),
    gzip: sized.reduce((sum, file) => sum + file.gzip, 0),
  };
}

export function bundleSizes(target: Target): Record<keyof Parts, PartSize> {
  const { content, popup, background } = parts(target);
  return {
    content: partSize(target, content),
    popup: partSize(target, popup),
    background: partSize(target, background),
  };
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

/** The path of this directory, for messages. */
export const HERE = relative(ROOT, dirname(fileURLToPath(import.meta.url)));

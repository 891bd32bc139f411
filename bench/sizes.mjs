// Bundle sizes of the built extension, gzip level 9, each file compressed on its own and summed
// (what a browser reads from disk is the raw size; gzip is the usual yardstick for budgets).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports of a built ES module chunk: `import … from "./x.js"`, `import "./x.js"`, `import("./x.js")`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.(?:js|mjs|css))["']/g;

/**
 * A file and every local file it imports (transitively), as paths relative to the build root.
 * @param {string} root
 * @param {string} file
 * @param {Set<string>} [seen]
 */
function withImports(root, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(root, file))) return seen;
  seen.add(file);
  if (!/\.m?js$/.test(file)) return seen;
  const code = readFileSync(join(root, file), 'utf8');
  for (const [, spec] of code.matchAll(IMPORT)) {
    if (/^[a-z]+:/i.test(spec)) continue; // chrome-extension://, https://: not a local file
    const target = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
    withImports(root, posix.normalize(target), seen);
  }
  return seen;
}

/** @param {string} root @param {string[]} files */
function measure(root, files) {
  const detail = files.map((file) => {
    const bytes = readFileSync(join(root, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files: detail,
    raw: detail.reduce((sum, f) => sum + f.raw, 0),
    gzip: detail.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/**
 * Content script (its JS and any CSS the manifest lists), popup (the chunks and stylesheets its
 * HTML loads, with their imports), background (the service worker and its imports).
 * @param {string} root the unpacked build (.output/chrome-mv3)
 */
export function bundleSizes(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

  const contentFiles = new Set();
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) withImports(root, file, contentFiles);
  }
  // WXT writes content-script CSS next to the script (content-scripts/<name>.css) when it has any.
  for (const file of existsSync(join(root, 'content-scripts'))
    ? readdirSync(join(root, 'content-scripts'))
    : []) {
    if (file.endsWith('.css')) contentFiles.add(`content-scripts/${file}`);
  }

  const popupHtml = manifest.action?.default_popup ?? 'popup.html';
  const popupFiles = new Set();
  const html = readFileSync(join(root, popupHtml), 'utf8');
  for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    withImports(root, src.replace(/^\//, ''), popupFiles);
  }

  const backgroundFiles = new Set();
  const worker = manifest.background?.service_worker;
  if (worker) withImports(root, worker, backgroundFiles);

  return {
    content: measure(root, [...contentFiles]),
    popup: measure(root, [...popupFiles]),
    background: measure(root, [...backgroundFiles]),
  };
}

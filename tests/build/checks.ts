// The build checks, defined once and run on each build: tests/build/chrome.test.ts (.output/chrome-mv3)
// and tests/build/firefox/firefox.test.ts (.output/firefox-mv3). They prove, on the files that
// ship, what PRIVACY.md and PERMISSIONS.md promise: least privilege, no network API, no remote code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SelectorExamples } from '../../content/viatrajectoire/selectors';
import * as selectors from '../../content/viatrajectoire/selectors';
import * as urls from '../../content/viatrajectoire/urls';
import { E2E_SIGNAL_PREFIX } from '../../entrypoints/viatrajectoire.content/e2e-signal';
import { HERE, listFiles, type Manifest, ROOT, readManifest, readText, type Target } from './output';

// --- 1. The permission surface, against a committed snapshot ----------------------------------------

export const SNAPSHOT_FILE = join(HERE, 'manifest-permissions.json');

/** Top-level keys that grant access, expose the extension, or decide what code may run. */
const WATCHED_KEYS = [
  'manifest_version',
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'content_security_policy',
  'externally_connectable',
  'commands',
  'sandbox',
  'update_url',
  'browser_specific_settings',
] as const;

/** What of a content script widens its reach (its files do not). */
const CONTENT_SCRIPT_KEYS = [
  'matches',
  'exclude_matches',
  'include_globs',
  'exclude_globs',
  'all_frames',
  'match_about_blank',
  'match_origin_as_fallback',
  'world',
  'run_at',
] as const;

const pick = (object: Manifest, keys: readonly string[]): Manifest =>
  Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));

/** The manifest's permission surface: the watched keys present, and the list of those absent. */
export function permissionSurface(manifest: Manifest): Manifest {
  const present = pick(manifest, WATCHED_KEYS);
  if (present.content_scripts) {
    present.content_scripts = (present.content_scripts as Manifest[]).map((script) =>
      pick(script, CONTENT_SCRIPT_KEYS),
    );
  }
  if (present.commands) {
    // A command's name and shortcut, not its description (a wording change is no widening).
    present.commands = Object.fromEntries(
      Object.entries(present.commands as Record<string, Manifest>).map(([name, command]) => [
        name,
        pick(command, ['suggested_key', 'global']),
      ]),
    );
  }
  return { ...present, absent: WATCHED_KEYS.filter((key) => manifest[key] === undefined) };
}

export function readSnapshot(): Record<string, Manifest> {
  return JSON.parse(readFileSync(join(ROOT, SNAPSHOT_FILE), 'utf8'));
}

/** The CSP that applies to extension pages, whatever the manifest version's form. */
export function extensionPagesCsp(manifest: Manifest): string | undefined {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

function cspDirectives(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export function describeManifest(target: Target): void {
  describe(`${target}: manifest`, () => {
    it(`has the permission surface of ${SNAPSHOT_FILE}`, () => {
      const actual = permissionSurface(readManifest(target));
      const expected = readSnapshot()[target];
      expect(
        actual,
        `.output/${target}/manifest.json no longer matches "${target}" in ${SNAPSHOT_FILE}. ` +
          'Any widening (a permission, a host, a content-script match or frame, a web-accessible ' +
          'resource, a looser CSP, a new command) fails here until the snapshot is changed on purpose: ' +
          'write the reason in PERMISSIONS.md (and PRIVACY.md if it changes what is read or kept), then ' +
          `replace "${target}" in the snapshot with:\n${JSON.stringify(actual, null, 2)}\n`,
      ).toEqual(expected);
    });

    it('exposes nothing to pages or other extensions', () => {
      const manifest = readManifest(target);
      // A web-accessible resource lets any page detect the extension (and load what it lists).
      expect(manifest.web_accessible_resources, 'web_accessible_resources').toBeUndefined();
      expect(manifest.externally_connectable, 'externally_connectable').toBeUndefined();
    });

    it("reads only ViaTrajectoire's host, over https", () => {
      const manifest = readManifest(target);
      const hosts = [
        ...((manifest.content_scripts ?? []) as Manifest[]).flatMap((script) => script.matches ?? []),
        ...(manifest.host_permissions ?? []),
        ...((manifest.permissions ?? []) as string[]).filter((permission) => permission.includes(':')),
      ];
      expect(hosts.length).toBeGreaterThan(0);
      for (const host of hosts) expect(host).toBe('https://trajectoire.sante-ra.fr/*');
    });

    it("extension pages' CSP: only the extension's own scripts, no plugins, nothing remote", () => {
      const csp = extensionPagesCsp(readManifest(target));
      expect(csp, 'content_security_policy.extension_pages').toBeTypeOf('string');
      const directives = cspDirectives(csp as string);
      expect(directives.get('script-src'), 'script-src').toEqual(["'self'"]);
      expect(directives.get('object-src'), 'object-src').toEqual(["'none'"]);
      for (const [name, sources] of directives) {
        for (const source of sources) {
          expect(source, `${name} allows "${source}"`).not.toMatch(
            /^(?:https?:|wss?:|data:|blob:|\*|'unsafe-|'wasm-unsafe-eval')/iu,
          );
        }
      }
    });
  });
}

// --- 2. No network API in the shipped JavaScript -----------------------------------------------------

/** Each a way for a script to make a request or run code it did not ship with. */
export const FORBIDDEN_IN_JS: readonly { name: string; pattern: RegExp }[] = [
  // As a word, not only `fetch(`: `const f = fetch` or `globalThis.fetch` would slip past `fetch(`.
  { name: 'fetch', pattern: /\bfetch\b/gu },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/gu },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/gu },
  { name: 'WebSocket', pattern: /\bWebSocket\b/gu },
  { name: 'EventSource', pattern: /\bEventSource\b/gu },
  { name: 'WebTransport', pattern: /\bWebTransport\b/gu },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/gu },
  { name: 'importScripts(', pattern: /\bimportScripts\s*\(/gu },
  // A call, not a property: webextension-polyfill's API table has `inspectedWindow:{eval:{minArgs…`.
  { name: 'eval(', pattern: /(?<![.\w$])eval\s*\(/gu },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/gu },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/gu },
];

/**
 * Occurrences known to be harmless, each one named by its exact snippet (minified names as \w+)
 * and the reason it can never make a request. Empty: the build holds none of the tokens above.
 *
 * Found and removed (November 2026): Vite's modulepreload polyfill
 * (`fetch(e.href,n)`, popup chunk; off through `build.modulePreload.polyfill: false` in
 * wxt.config.ts) and, in the content script, WXT's createShadowRootUi `loadCss()` and
 * @webext-core/isolated-element's `"url" in css ? fetch(css.url)` (gone with the hand-made
 * shadow host of entrypoints/viatrajectoire.content/shadow-host.ts).
 */
export const ALLOWED_IN_JS: readonly { file: RegExp; snippet: RegExp; why: string }[] = [];

export interface Finding {
  file: string;
  token: string;
  excerpt: string;
}

function excerpt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 80), index + length + 80).replace(/\s+/gu, ' ');
}

/** Every forbidden token in the build's JavaScript, less the allowed snippets. */
export function networkFindings(target: Target): Finding[] {
  const findings: Finding[] = [];
  for (const file of listFiles(target).filter((path) => /\.(?:js|mjs)$/u.test(path))) {
    const text = readText(target, file);
    // Allowed snippets are blanked out (same length) before the search.
    let searched = text;
    for (const allowed of ALLOWED_IN_JS.filter((entry) => entry.file.test(file))) {
      searched = searched.replace(new RegExp(allowed.snippet.source, 'gu'), (found) =>
        ' '.repeat(found.length),
      );
    }
    for (const { name, pattern } of FORBIDDEN_IN_JS) {
      for (const match of searched.matchAll(pattern)) {
        findings.push({ file, token: name, excerpt: excerpt(text, match.index, match[0].length) });
      }
    }
  }
  return findings;
}

/** Remote addresses in shipped CSS (`@import`, `url()`): a stylesheet can make requests too. */
export function cssRemoteFindings(target: Target): Finding[] {
  const findings: Finding[] = [];
  for (const file of listFiles(target).filter((path) => path.endsWith('.css'))) {
    const text = readText(target, file);
    for (const match of text.matchAll(/(?:@import\s+|url\(\s*)["']?((?:[a-z][\w+.-]*:)?\/\/[^"')\s]*)/giu)) {
      if (/^data:/iu.test(match[1] as string)) continue;
      findings.push({ file, token: 'remote CSS', excerpt: excerpt(text, match.index, match[0].length) });
    }
  }
  return findings;
}

const report = (findings: Finding[]): string =>
  findings.map((finding) => `  ${finding.file}: ${finding.token}\n    …${finding.excerpt}…`).join('\n');

export function describeNoNetwork(target: Target): void {
  describe(`${target}: no network API in the shipped code`, () => {
    it('no JavaScript file holds a network or eval-like API', () => {
      const findings = networkFindings(target);
      expect(
        findings,
        `Network or eval-like API in .output/${target}:\n${report(findings)}\n` +
          'The extension makes no request (PRIVACY.md). Remove it; if it comes from a dependency and ' +
          'can never run, find out exactly where and why, and name the exact snippet in ALLOWED_IN_JS ' +
          `(${HERE}/checks.ts) with that reason.`,
      ).toEqual([]);
    });

    it('no stylesheet loads anything from an address', () => {
      const findings = cssRemoteFindings(target);
      expect(findings, `Remote CSS in .output/${target}:\n${report(findings)}`).toEqual([]);
    });

    it('the search finds what it looks for (a check that finds nothing proves nothing)', () => {
      const planted = [
        'fetch("https://x")',
        'const f=globalThis.fetch',
        'new XMLHttpRequest',
        'navigator.sendBeacon(u,d)',
        'new WebSocket(u)',
        'new EventSource(u)',
        'importScripts("x.js")',
        'eval("1")',
        'new Function("return 1")',
        'setTimeout("alert(1)",1)',
      ];
      for (const code of planted) {
        expect(
          FORBIDDEN_IN_JS.some(({ pattern }) => new RegExp(pattern.source, 'u').test(code)),
          code,
        ).toBe(true);
      }
      for (const harmless of ['prefetchable', 'inspectedWindow:{eval:{minArgs:1}}', 'retrieval(x)']) {
        expect(
          FORBIDDEN_IN_JS.some(({ pattern }) => new RegExp(pattern.source, 'u').test(harmless)),
          harmless,
        ).toBe(false);
      }
    });
  });
}

// --- 3. No remote code ---------------------------------------------------------------------------------

const REMOTE = /^(?:[a-z][\w+.-]*:)?\/\//iu;

/** Where a manifest may hold an address: match patterns and informational links, never code. */
const ADDRESS_KEYS = new Set([
  'matches',
  'exclude_matches',
  'include_globs',
  'exclude_globs',
  'host_permissions',
  'optional_host_permissions',
  'homepage_url',
]);

/** Every string of the manifest with the path to it ("content_scripts.0.matches.0"). */
function strings(value: unknown, path: string[] = []): { path: string[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  }
  return [];
}

/** The files the manifest runs or shows, as written there. */
function manifestCodeReferences(manifest: Manifest): string[] {
  const background = manifest.background ?? {};
  const pages = [
    manifest.action?.default_popup,
    manifest.browser_action?.default_popup,
    manifest.options_ui?.page,
    manifest.options_page,
    manifest.devtools_page,
    manifest.side_panel?.default_path,
    manifest.sidebar_action?.default_panel,
    background.page,
    background.service_worker,
    ...(background.scripts ?? []),
    ...Object.values(manifest.chrome_url_overrides ?? {}),
    ...((manifest.content_scripts ?? []) as Manifest[]).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
  ];
  return pages.filter((page): page is string => typeof page === 'string');
}

export function describeNoRemoteCode(target: Target): void {
  describe(`${target}: no remote code`, () => {
    it('the manifest names addresses only as match patterns, and runs only its own files', () => {
      const manifest = readManifest(target);
      const addresses = strings(manifest).filter(
        ({ path, value }) =>
          /\b(?:https?|wss?|ftp):|^\/\//iu.test(value) && !path.some((key) => ADDRESS_KEYS.has(key)),
      );
      expect(
        addresses.map(({ path, value }) => `${path.join('.')}: ${value}`),
        'addresses outside match patterns',
      ).toEqual([]);
      const files = new Set(listFiles(target));
      for (const reference of manifestCodeReferences(manifest)) {
        expect(reference, 'a remote page or script in the manifest').not.toMatch(REMOTE);
        expect(files.has(reference.replace(/^\//u, '')), `${reference} ships in the build`).toBe(true);
      }
    });

    it('HTML pages load only their own scripts and styles, and hold no inline script', () => {
      const pages = listFiles(target).filter((path) => path.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const html = readText(target, page);
        for (const match of html.matchAll(/\b(?:src|href|srcset|action|data)\s*=\s*["']([^"']*)["']/giu)) {
          expect(match[1], `${page}: ${match[0]}`).not.toMatch(REMOTE);
        }
        for (const match of html.matchAll(/<script\b([^>]*)>/giu)) {
          expect(match[1], `${page}: inline <script> (the CSP would block it)`).toMatch(/\bsrc=/iu);
        }
        expect(html, `${page}: <base> changes where relative addresses point`).not.toMatch(/<base\b/iu);
        expect(html, `${page}: <meta http-equiv=refresh>`).not.toMatch(/http-equiv=["']?refresh/iu);
      }
    });

    it('JavaScript imports nothing from an address', () => {
      const remoteImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](?:[a-z][\w+.-]*:)?\/\//giu;
      for (const file of listFiles(target).filter((path) => /\.(?:js|mjs)$/u.test(path))) {
        const text = readText(target, file);
        const found = [...text.matchAll(remoteImport)].map((match) => excerpt(text, match.index, 40));
        expect(found, `${file} imports from an address`).toEqual([]);
      }
    });
  });
}

// --- 4. No test data ----------------------------------------------------------------------------------

/** The files whose text may name a fixture page on purpose (a page kind, a situation id). */
function shippedSourcesText(): string {
  const text: string[] = [];
  for (const dir of ['content', 'components', 'entrypoints', 'utils']) {
    for (const path of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      const file = join(ROOT, dir, path);
      if (!/\.(?:ts|tsx|mts|mjs|css)$/u.test(file) || file === SELECTORS_FILE) continue;
      const source = readFileSync(file, 'utf8');
      text.push(
        file === URLS_FILE
          ? withoutExampleLists(source)
          : RECOGNISER_FILE.test(file)
            ? withoutExampleObjects(source)
            : source,
      );
    }
  }
  return text.join('\n');
}

const SELECTORS_FILE = join(ROOT, 'content', 'viatrajectoire', 'selectors.ts');
const URLS_FILE = join(ROOT, 'content', 'viatrajectoire', 'urls.ts');

/** A source without its `export const <name>_ = [ … ];` lists: the rest of it ships. */
/** A recogniser's file (content/viatrajectoire/banner/, tabs/): its `<list>_` examples sit beside its lists. */
const RECOGNISER_FILE = /[/\\]content[/\\]viatrajectoire[/\\](?:banner|tabs)[/\\]/u;
const withoutExampleObjects = (source: string): string =>
  source.replace(/^export const \w+_: SelectorExamples = \{[\s\S]*?^\};$/gmu, '');
const withoutExampleLists = (source: string): string =>
  source.replace(/^export const \w+_\b[^=]*= \[[\s\S]*?^\];$/gmu, '');

/** selectors.ts and each recogniser's file (banner/, tabs/): each keeps its lists' `<list>_` examples. */
const selectorModules: Record<string, unknown>[] = [
  selectors as unknown as Record<string, unknown>,
  ...Object.values(
    import.meta.glob<Record<string, unknown>>('../../content/viatrajectoire/{banner,tabs}/*.ts', {
      eager: true,
    }),
  ),
];

/**
 * The saved pages the selector examples (`<list>_`) name, but no shipped source does: finding one
 * in the build means the examples shipped.
 */
function exampleOnlyPageNames(): string[] {
  const names = new Set<string>();
  for (const [name, value] of selectorModules.flatMap((module) => Object.entries(module))) {
    if (!name.endsWith('_')) continue;
    for (const pages of Object.values(value as SelectorExamples))
      for (const key of Object.keys(pages)) names.add(key.split(' ')[0] as string);
  }
  const sources = shippedSourcesText();
  return [...names].filter((name) => !sources.includes(name)).sort();
}

/**
 * The example addresses of the page detectors (urls.ts `<detector>_`), each as its path and query
 * (a minifier may keep the origin apart), that no shipped source spells out.
 */
function exampleOnlyAddresses(): string[] {
  const addresses = new Set<string>();
  for (const [name, value] of Object.entries(urls as unknown as Record<string, unknown>)) {
    if (!name.endsWith('_') || !Array.isArray(value)) continue;
    for (const address of value as string[]) {
      const url = new URL(address);
      addresses.add(url.hostname === urls.HOST ? address.slice(url.origin.length) : address);
    }
  }
  const sources = shippedSourcesText();
  // A bare '/' or '/Trajectoire/' is in any build: only the addresses' distinctive tails are looked for.
  return [...addresses].filter((tail) => tail.length > 15 && !sources.includes(tail)).sort();
}

export function describeNoTestData(target: Target): void {
  describe(`${target}: no test data in the shipped code`, () => {
    const files = () => listFiles(target).filter((path) => /\.(?:js|html|css|json)$/u.test(path));

    it('carries none of the end-to-end build’s signals', () => {
      const found = files().filter((file) => readText(target, file).includes(E2E_SIGNAL_PREFIX));
      expect(found, `${E2E_SIGNAL_PREFIX}* in the shipped files (import.meta.env.MODE not folded?)`).toEqual(
        [],
      );
    });

    it('carries none of the selector examples (the saved pages they name)', () => {
      const names = exampleOnlyPageNames();
      // A check that looks for nothing proves nothing: the examples name many pages no source does.
      expect(names.length).toBeGreaterThan(10);
      const text = files()
        .map((file) => readText(target, file))
        .join('\n');
      expect(names.filter((name) => text.includes(name))).toEqual([]);
    });

    it('carries none of the page detectors’ example addresses', () => {
      const addresses = exampleOnlyAddresses();
      // A check that looks for nothing proves nothing: most examples are addresses no source spells out.
      expect(addresses.length).toBeGreaterThan(10);
      const text = files()
        .map((file) => readText(target, file))
        .join('\n');
      expect(addresses.filter((address) => text.includes(address))).toEqual([]);
    });
  });
}

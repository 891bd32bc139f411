// Build checks on the Firefox build, run by `npm run test:firefox` after `npm run zip:firefox`
// (which builds .output/firefox-mv3, then packs it): the same manifest, network and remote-code
// checks as Chromium's, Firefox's own settings, and `web-ext lint` (Mozilla's add-ons linter).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeManifest, describeNoNetwork, describeNoRemoteCode, describeNoTestData } from '../checks';
import { buildDir, listFiles, OUTPUT_DIR, ROOT, readManifest, readText } from '../output';

describeManifest('firefox-mv3');
describeNoNetwork('firefox-mv3');
describeNoRemoteCode('firefox-mv3');
describeNoTestData('firefox-mv3');

describe('firefox-mv3: Firefox settings', () => {
  it('has an id, declares no data collection, and a minimum version that reads that declaration', () => {
    const gecko = readManifest('firefox-mv3').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/u);
    // Firefox's built-in consent (Firefox 140+): "none" is exclusive, nothing optional either.
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('runs its background as an event page script (Firefox has no extension service worker)', () => {
    const background = readManifest('firefox-mv3').background;
    expect(background?.scripts).toEqual(['background.js']);
    expect(background?.service_worker).toBeUndefined();
  });
});

// --- web-ext lint -----------------------------------------------------------------------------------

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * The warnings known and accepted, each tied to the exact code it points at.
 * Preact's renderer sets `dom.innerHTML = newHtml.__html` when a vnode carries the
 * `dangerouslySetInnerHTML` prop (preact/src/diff/index.js, diffElementNodes). No component of
 * this extension passes that prop (Biome's noDangerouslySetInnerHtml is an error, and
 * lint/no-html-sinks.grit bans innerHTML writes in shipped code), so the branch never runs; the
 * linter, which reads minified code, cannot know that. One per bundle that holds Preact.
 */
const ACCEPTED_WARNINGS: readonly { code: string; file: RegExp; around: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact lands in the content script and in whichever shared chunk the pages' build makes.
    file: /^(?:content-scripts\/viatrajectoire\.js|chunks\/[\w-]+\.js)$/u,
    around: /\w+\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/u,
    why: "Preact's dangerouslySetInnerHTML branch, never taken (no component passes the prop)",
  },
];

function lint(): LintReport {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
      'lint',
      '--source-dir',
      buildDir('firefox-mv3'),
      '--output',
      'json',
      '--no-input',
      '--no-config-discovery',
    ],
    // No update check against the npm registry: the lint itself is offline.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, timeout: 170_000 },
  );
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no report:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as LintReport;
}

function isAccepted(warning: LintMessage): boolean {
  return ACCEPTED_WARNINGS.some((accepted) => {
    if (warning.code !== accepted.code || !warning.file || !accepted.file.test(warning.file)) return false;
    const line = readText('firefox-mv3', warning.file).split('\n')[(warning.line ?? 1) - 1] ?? '';
    const column = warning.column ?? 0;
    return accepted.around.test(line.slice(Math.max(0, column - 80), column + 80));
  });
}

const describeMessages = (messages: LintMessage[]): string =>
  messages
    .map((m) => `  ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`)
    .join('\n');

describe('firefox-mv3: web-ext lint', () => {
  let report: LintReport;
  beforeAll(() => {
    report = lint();
    console.log(
      `web-ext lint .output/firefox-mv3: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices\n${describeMessages([...report.errors, ...report.warnings, ...report.notices])}`,
    );
  }, 180_000);

  it('reports no error', () => {
    expect(report.errors, describeMessages(report.errors)).toEqual([]);
  });

  it('reports no warning or notice but the accepted ones (ACCEPTED_WARNINGS says why each)', () => {
    const unexpected = [...report.warnings, ...report.notices].filter((message) => !isAccepted(message));
    expect(unexpected, describeMessages(unexpected)).toEqual([]);
  });
});

// --- The package -------------------------------------------------------------------------------------

/** The names in a zip's central directory (enough to compare with the build; no extraction). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const names: string[] = [];
  for (let offset = zip.indexOf('PK\x01\x02', 0, 'latin1'); offset >= 0; ) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset = zip.indexOf('PK\x01\x02', offset + 46 + nameLength + extraLength + commentLength, 'latin1');
  }
  return names.filter((name) => !name.endsWith('/')).sort();
}

describe('firefox-mv3: the package (npm run zip:firefox)', () => {
  it('packs exactly the built files, manifest.json at its root', () => {
    const version = readManifest('firefox-mv3').version as string;
    const packages = readdirSync(OUTPUT_DIR).filter((name) => name.endsWith(`${version}-firefox.zip`));
    expect(packages, `.output/*-${version}-firefox.zip (run \`npm run zip:firefox\`)`).toHaveLength(1);
    const entries = zipEntries(join(OUTPUT_DIR, packages[0] as string));
    expect(entries).toContain('manifest.json');
    expect(entries).toEqual(listFiles('firefox-mv3'));
  });
});

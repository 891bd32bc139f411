// Checks on the Firefox package and the sources archive AMO's review asks for, run by
// `npm run test:firefox` after `npm run zip:firefox`: the package is the shipped build, and the
// sources archive, unpacked on its own, rebuilds that package file for file (the reviewers'
// commands in store/amo-notes-relecteurs.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readManifest } from '../output';
import { describePackage, sourceMapFindings, testDataFindings } from '../packages';
import { describeVersion } from '../versions';
import { hashes, packagePath, readZip } from '../zip';

describePackage('firefox-mv3', 'firefox');
describeVersion('firefox-mv3');

/** What a build needs and a clean clone has: the lockfile and the code, nothing made locally. */
const MUST_HOLD = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'];
const MUST_NOT_HOLD =
  /^(?:node_modules|\.output|\.wxt|screenshots|bench-results|test-results|playwright-report|tests|store\/screenshots|\.git)(?:\/|$)/u;

describe('the sources archive (npm run zip:firefox)', () => {
  it('holds the lockfile and the code, and no dependency, output, screenshot or test', () => {
    const names = [...readZip(packagePath('sources')).keys()];
    for (const name of MUST_HOLD) expect(names, name).toContain(name);
    expect(names.some((name) => name.startsWith('entrypoints/'))).toBe(true);
    expect(names.some((name) => name.startsWith('utils/'))).toBe(true);
    expect(names.filter((name) => MUST_NOT_HOLD.test(name))).toEqual([]);
  });

  it('holds no source map and no test data', () => {
    const sources = readZip(packagePath('sources'));
    expect(sourceMapFindings(sources)).toEqual([]);
    expect(testDataFindings(sources)).toEqual([]);
  });
});

/**
 * A reviewer's shell: this process's environment without what vitest adds (NODE_ENV=test alone
 * changes the chunks Vite writes).
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_UPDATE_NOTIFIER: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Set to 1 to skip the rebuild (it runs `npm ci`, ~40 s here); `npm test` and .ci/run do not set it. */
const SKIP_REBUILD = process.env.VT_SKIP_SOURCES_REBUILD === '1';

describe.skipIf(SKIP_REBUILD)('the sources archive rebuilds the package', () => {
  let dir = '';
  const log: string[] = [];
  const run = (command: string, args: string[]) => {
    const started = Date.now();
    const result = spawnSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      // No update check, no audit, no funding call: only the registry (or its cache) for npm ci.
      env: reviewerEnv(),
      timeout: 280_000,
    });
    log.push(
      `${command} ${args.join(' ')}: exit ${result.status}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vt-act-guide-sources-'));
    for (const [name, content] of readZip(packagePath('sources'))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    // The reviewers' commands; --prefer-offline takes the packages from npm's cache when it has them.
    run('npm', ['ci', '--prefer-offline']);
    run('npm', ['run', 'zip:firefox']);
    console.log(`Rebuild from the sources archive in ${dir}:\n  ${log.join('\n  ')}`);
  }, 300_000);

  // Deleting node_modules takes seconds on a loaded machine.
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('gives the same files, with the same SHA-256, as the Firefox package', () => {
    const rebuilt = readZip(packagePath('firefox', join(dir, '.output')));
    expect(hashes(rebuilt)).toEqual(hashes(readZip(packagePath('firefox'))));
  });
});

describe('docs/deploiement.md: the Firefox policy example', () => {
  /** The ```json blocks of the guide, parsed (each must be valid JSON: IT teams paste them). */
  const jsonBlocks = (): unknown[] =>
    [...readFileSync(join(ROOT, 'docs/deploiement.md'), 'utf8').matchAll(/^```json\n([\s\S]*?)^```$/gmu)].map(
      (match) => JSON.parse(match[1] as string) as unknown,
    );

  it("installs and configures the add-on under the built manifest's gecko id", () => {
    const id = readManifest('firefox-mv3').browser_specific_settings?.gecko?.id as string;
    const firefox = jsonBlocks().find(
      (block): block is { policies: Record<string, Record<string, Record<string, unknown>>> } =>
        typeof block === 'object' && block !== null && 'policies' in block,
    );
    expect(firefox, 'a policies.json example').toBeDefined();
    expect(Object.keys(firefox?.policies.ExtensionSettings ?? {})).toEqual([id]);
    expect(Object.keys(firefox?.policies['3rdparty']?.Extensions ?? {})).toEqual([id]);
  });
});

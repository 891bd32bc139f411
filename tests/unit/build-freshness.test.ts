// @vitest-environment node
// The end-to-end tests refuse a build that is missing or older than its sources
// (scripts/build-freshness.mjs, run by tests/e2e/global-setup.ts): on a project made up here.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_SOURCES, buildFreshness, staleBuildMessage } from '../../scripts/build-freshness.mjs';

let root: string;
const build = () => join(root, '.output', 'chrome-mv3-e2e');

/** Writes `path` (relative to the root) with the given modification time, in seconds. */
function touch(path: string, seconds: number) {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, seconds, seconds);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vt-freshness-'));
  touch('package.json', 1_000);
  touch('content/viatrajectoire/read.ts', 1_000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildFreshness', () => {
  it('says missing when the build has no manifest, with the command in both languages', () => {
    expect(buildFreshness(build(), { root })).toEqual({ state: 'missing' });
    const message = staleBuildMessage(build(), 'npm run build:e2e', { root });
    expect(message).toContain('Extension non construite');
    expect(message).toContain('Extension not built');
    expect(message).toContain('npm run build:e2e');
  });

  it('says fresh when the manifest is newer than every source', () => {
    touch('.output/chrome-mv3-e2e/manifest.json', 2_000);
    expect(buildFreshness(build(), { root })).toMatchObject({ state: 'fresh' });
    expect(staleBuildMessage(build(), 'npm run build:e2e', { root })).toBeUndefined();
  });

  it.each([
    'content/viatrajectoire/read.ts',
    'components/Panel.tsx',
    'entrypoints/viatrajectoire.content/index.tsx',
    'assets/icon/16.png',
    'public/robots.txt',
    'wxt.config.ts',
    'package.json',
    'package-lock.json',
  ])('says stale, naming the file, when %s changed after the build', (source) => {
    touch('.output/chrome-mv3-e2e/manifest.json', 2_000);
    touch(source, 3_000);
    expect(buildFreshness(build(), { root })).toMatchObject({ state: 'stale', newest: { path: source } });
    const message = staleBuildMessage(build(), 'npm run build:e2e', { root });
    expect(message).toContain(`${source} a changé`);
    expect(message).toContain(`${source} changed`);
    expect(message).toContain('npm run build:e2e');
  });

  it('ignores what is not a source (tests, notes, the build itself)', () => {
    touch('.output/chrome-mv3-e2e/manifest.json', 2_000);
    touch('.output/chrome-mv3-e2e/content-scripts/viatrajectoire.js', 3_000);
    touch('tests/e2e/panel.spec.ts', 3_000);
    touch('README.md', 3_000);
    expect(buildFreshness(build(), { root })).toMatchObject({ state: 'fresh' });
  });

  it('watches every input of a build, and nothing under tests/', () => {
    expect([...BUILD_SOURCES].sort()).toEqual(
      [
        'assets',
        'components',
        'content',
        'entrypoints',
        'package-lock.json',
        'package.json',
        'public',
        'utils',
        'wxt.config.ts',
      ].sort(),
    );
  });
});

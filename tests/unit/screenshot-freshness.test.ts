// @vitest-environment node
// The screenshot check (scripts/screenshot-freshness.mjs, run by tests/build/screenshots.test.ts)
// on a git repository made up here: a screenshot is stale once what it shows hashes differently
// from what `npm run screenshots` recorded, whatever the commits' dates, and fresh again once
// retaken, even into the very same image.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RECORD,
  screenshotFreshness,
  skipReason,
  staleScreenshots,
  writeRecord,
} from '../../scripts/screenshot-freshness.mjs';

let root: string;
const SHOT = { file: 'docs/screenshots/popup.png', sources: ['components', 'entrypoints/popup'] };
const SHOTS = [SHOT];

function git(...args: string[]) {
  const result = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_AUTHOR_DATE: '2026-12-01T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-12-01T10:00:00Z',
    },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

function write(path: string, content: string) {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

function commitAll(message: string) {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

/** What `npm run screenshots` does, with `image` as the screenshot it takes. */
function takeScreenshot(image: string) {
  write(SHOT.file, image);
  writeRecord(root, SHOTS);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vt-shots-'));
  git('init', '-q', '-b', 'main');
  write('components/Popup.tsx', 'v1');
  write('entrypoints/popup/main.tsx', 'v1');
  commitAll('first');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

// Each test runs git a dozen times: slow on a busy machine.
describe('screenshotFreshness', { timeout: 30_000 }, () => {
  it('says unrecorded for a screenshot the script never took', () => {
    write(SHOT.file, 'png by hand');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'unrecorded' });
    expect(staleScreenshots(root, SHOTS)[0]).toMatch(/npm run screenshots/);
  });

  it('is fresh right after the script, committed or not, and a change elsewhere leaves it fresh', () => {
    takeScreenshot('png 1');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'fresh' });
    commitAll('screenshots');
    write('README.md', 'text');
    write('content/compose/forms.ts', 'not shown by the popup');
    commitAll('elsewhere');
    expect(staleScreenshots(root, SHOTS)).toEqual([]);
  });

  it('is stale once a component it shows changes, and says which folder, in both languages', () => {
    takeScreenshot('png 1');
    commitAll('screenshots');
    write('components/Popup.tsx', 'v2');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'stale', changed: ['components'] });
    commitAll('popup v2');
    const [message] = staleScreenshots(root, SHOTS);
    expect(message).toContain('docs/screenshots/popup.png est plus ancienne que ce qu’elle montre');
    expect(message).toContain('is older than what it shows (components changed)');
    // A new file in a folder it shows counts too.
    takeScreenshot('png 2');
    write('entrypoints/popup/extra.css', 'new');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'stale', changed: ['entrypoints/popup'] });
  });

  it('is fresh again once retaken, even when the new image is byte for byte the old one', () => {
    takeScreenshot('png 1');
    commitAll('screenshots');
    write('components/Popup.tsx', 'v2, nothing visible');
    commitAll('popup v2');
    expect(screenshotFreshness(SHOT, root).state).toBe('stale');
    takeScreenshot('png 1');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'fresh' });
    // The record changed, so there is something to commit.
    expect(git('status', '--porcelain')).toContain(RECORD);
  });

  it('says replaced when the image is not the one the script took', () => {
    takeScreenshot('png 1');
    write(SHOT.file, 'edited by hand');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'replaced' });
  });

  it('catches a branch merged after the screenshot was taken, though its commit is dated earlier', () => {
    git('checkout', '-q', '-b', 'panel');
    write('components/Panel.tsx', 'v1');
    commitAll('panel, dated as early as the rest');
    git('checkout', '-q', 'main');
    takeScreenshot('png 1');
    commitAll('screenshots');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'fresh' });
    git('merge', '-q', '--no-ff', '-m', 'merge panel', 'panel');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'stale', changed: ['components'] });
  });

  it('leaves the user’s own index alone', () => {
    write('components/Staged.tsx', 'staged');
    git('add', 'components/Staged.tsx');
    const before = git('diff', '--cached', '--name-only');
    takeScreenshot('png 1');
    screenshotFreshness(SHOT, root);
    expect(git('diff', '--cached', '--name-only')).toBe(before);
    expect(JSON.parse(readFileSync(join(root, RECORD), 'utf8')).screenshots[SHOT.file].image).toMatch(
      /^[0-9a-f]{40}$/,
    );
  });
});

describe('skipReason', () => {
  it('skips outside a git checkout, and says why', () => {
    const plain = mkdtempSync(join(tmpdir(), 'vt-shots-plain-'));
    try {
      expect(skipReason(plain)).toMatch(/not a git checkout/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('checks a git checkout', () => {
    expect(skipReason(root)).toBeUndefined();
  });
});

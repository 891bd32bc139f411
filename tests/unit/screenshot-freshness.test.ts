// @vitest-environment node
// The screenshot check (scripts/screenshot-freshness.mjs, run by tests/build/screenshots.test.ts)
// on a git repository made up here: a screenshot is stale once a commit it does not include
// touched what it shows, whatever the commits' dates.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screenshotFreshness, skipReason, staleScreenshots } from '../../scripts/screenshot-freshness.mjs';

let root: string;
const SHOT = { file: 'docs/screenshots/popup.png', sources: ['components', 'entrypoints/popup'] };

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
    },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

/** Writes `path` and commits it, dated `date` (ISO) for both author and committer. */
function commit(path: string, content: string, date: string, message = path) {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  git('add', path);
  process.env.GIT_COMMITTER_DATE = date;
  try {
    git('commit', '-q', '--date', date, '-m', message);
  } finally {
    delete process.env.GIT_COMMITTER_DATE;
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vt-shots-'));
  git('init', '-q', '-b', 'main');
  commit('components/Popup.tsx', 'v1', '2026-12-01T10:00:00Z');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('screenshotFreshness', () => {
  it('says uncommitted for a screenshot in no commit', () => {
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'uncommitted' });
    expect(staleScreenshots(root, [SHOT])[0]).toMatch(/npm run screenshots/);
  });

  it('is fresh when the screenshot was committed after what it shows', () => {
    commit(SHOT.file, 'png 1', '2026-12-01T11:00:00Z');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'fresh' });
    // A commit elsewhere does not make it stale.
    commit('README.md', 'text', '2026-12-01T12:00:00Z');
    expect(staleScreenshots(root, [SHOT])).toEqual([]);
  });

  it('is stale once a component it shows changes, and fresh again once retaken', () => {
    commit(SHOT.file, 'png 1', '2026-12-01T11:00:00Z');
    commit('entrypoints/popup/main.tsx', 'v2', '2026-12-01T12:00:00Z', 'popup: new layout');
    const stale = screenshotFreshness(SHOT, root);
    expect(stale.state).toBe('stale');
    expect(stale.state === 'stale' && stale.commits).toEqual([expect.stringMatching(/popup: new layout$/)]);
    const [message] = staleScreenshots(root, [SHOT]);
    expect(message).toContain('docs/screenshots/popup.png');
    expect(message).toContain('npm run screenshots');
    commit(SHOT.file, 'png 2', '2026-12-01T13:00:00Z');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'fresh' });
  });

  it('catches a branch merged after the screenshot was taken, though its commit is dated earlier', () => {
    git('checkout', '-q', '-b', 'panel');
    commit('components/Panel.tsx', 'v1', '2026-12-01T10:30:00Z', 'panel: older date');
    git('checkout', '-q', 'main');
    commit(SHOT.file, 'png 1', '2026-12-01T11:00:00Z');
    expect(screenshotFreshness(SHOT, root)).toEqual({ state: 'fresh' });
    process.env.GIT_COMMITTER_DATE = '2026-12-01T12:00:00Z';
    try {
      git('merge', '-q', '--no-ff', '-m', 'merge panel', 'panel');
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
    expect(screenshotFreshness(SHOT, root).state).toBe('stale');
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

  it('checks a full clone', () => {
    expect(skipReason(root)).toBeUndefined();
  });
});

// Whether the README's screenshots (docs/screenshots/) show the code as it is:
// tests/build/screenshots.test.ts fails on a stale one, `npm run screenshots`
// (scripts/screenshots.mjs) retakes them and records what they were taken from. Types:
// screenshot-freshness.d.mts.
//
// By content, not by date: when it takes the screenshots, the script records in
// docs/screenshots/sources.json, for each one, git's hash of the folders it shows and of the image.
// A screenshot is stale when those folders hash differently now (a change of a component, of the
// words, of its page, whether committed here or merged from a branch dated earlier), or when the
// image is not the one recorded. Retaken images identical to the old ones still update the record,
// so a change that does not show is settled by running the script again.
// Outside a git checkout (the Firefox sources archive, rebuilt by a store reviewer) there is no
// git to hash with: the check says so and skips.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the record is kept, relative to the root. */
export const RECORD = 'docs/screenshots/sources.json';

/** What every view shows: the components, the interface's words, the guide's words. */
const SHARED = ['components', 'content/text', 'content/guide'];

/**
 * Each screenshot of docs/screenshots/, the view it shows and the folders that draw it. The
 * screenshot script (scripts/screenshots.mjs) takes them from this list.
 */
export const SCREENSHOTS = [
  { file: 'docs/screenshots/popup.png', shows: 'popup', sources: [...SHARED, 'entrypoints/popup'] },
  {
    file: 'docs/screenshots/panel.png',
    shows: 'panel',
    sources: [...SHARED, 'entrypoints/viatrajectoire.content'],
  },
  {
    file: 'docs/screenshots/composer.png',
    shows: 'composer',
    sources: [...SHARED, 'entrypoints/composer', 'content/compose'],
  },
];

/**
 * @param {string} root
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function git(root, args, env) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { ok: result.status === 0, out: (result.stdout ?? '').trim() };
}

/**
 * Why the screenshots cannot be checked here, or undefined when they can.
 * @param {string} [root]
 */
export function skipReason(root = ROOT) {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.out !== 'true')
    return 'pas un dépôt git (archive des sources ?) / not a git checkout (a sources archive?)';
  return undefined;
}

/**
 * git's hash of each folder as it is on disk (committed or not; files git ignores left out), in a
 * throwaway index: the user's own index and staged changes are not touched.
 * @param {readonly string[]} paths
 * @param {string} [root]
 * @returns {Record<string, string>} path → tree hash, or "absent"
 */
export function sourceHashes(paths, root = ROOT) {
  const dir = mkdtempSync(join(tmpdir(), 'vt-shots-index-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  try {
    const present = paths.filter((path) => existsSync(join(root, path)));
    if (present.length > 0 && !git(root, ['add', '-A', '--', ...present], env).ok)
      throw new Error(`git add failed for ${present.join(', ')}`);
    const tree = git(root, ['write-tree'], env).out;
    return Object.fromEntries(
      paths.map((path) => {
        const hash = git(root, ['rev-parse', '--verify', '--quiet', `${tree}:${path}`]);
        return [path, hash.ok ? hash.out : 'absent'];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** git's hash of one file's content, or "absent". @param {string} file @param {string} root */
function imageHash(file, root) {
  if (!existsSync(join(root, file))) return 'absent';
  return git(root, ['hash-object', '--', file]).out;
}

/**
 * @typedef {{ image: string, sources: Record<string, string> }} Recorded
 * @param {string} [root]
 * @returns {Record<string, Recorded>}
 */
export function readRecord(root = ROOT) {
  const path = join(root, RECORD);
  if (!existsSync(path)) return {};
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  return parsed && typeof parsed === 'object' && parsed.screenshots ? parsed.screenshots : {};
}

/**
 * Records what the screenshots show, as they are now: run by scripts/screenshots.mjs right after
 * it takes them.
 * @param {string} [root]
 * @param {readonly { file: string, sources: readonly string[] }[]} [shots]
 */
export function writeRecord(root = ROOT, shots = SCREENSHOTS) {
  const screenshots = Object.fromEntries(
    shots.map((shot) => [
      shot.file,
      { image: imageHash(shot.file, root), sources: sourceHashes(shot.sources, root) },
    ]),
  );
  const record = {
    about:
      'Written by `npm run screenshots` (scripts/screenshots.mjs): git hashes of each screenshot and of the folders it shows, checked by tests/build/screenshots.test.ts.',
    screenshots,
  };
  writeFileSync(join(root, RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The screenshot's state: `fresh`; `unrecorded` (the script never took it); `replaced` (the image
 * is not the one the script took); `stale`, with the folders that changed since.
 * @param {{ file: string, sources: readonly string[] }} shot
 * @param {string} [root]
 * @param {Record<string, Recorded>} [record]
 * @returns {{ state: 'fresh' | 'unrecorded' | 'replaced' } | { state: 'stale', changed: string[] }}
 */
export function screenshotFreshness(shot, root = ROOT, record = readRecord(root)) {
  const recorded = record[shot.file];
  if (!recorded) return { state: 'unrecorded' };
  if (recorded.image !== imageHash(shot.file, root)) return { state: 'replaced' };
  const now = sourceHashes(shot.sources, root);
  const changed = shot.sources.filter((path) => recorded.sources?.[path] !== now[path]);
  return changed.length > 0 ? { state: 'stale', changed } : { state: 'fresh' };
}

/**
 * One message per screenshot that is not fresh, in French then English, with the command that
 * retakes them; empty when all are fresh.
 * @param {string} [root]
 * @param {readonly { file: string, sources: readonly string[] }[]} [shots]
 */
export function staleScreenshots(root = ROOT, shots = SCREENSHOTS) {
  const record = readRecord(root);
  return shots.flatMap((shot) => {
    const freshness = screenshotFreshness(shot, root, record);
    const retake = `lancez « npm run screenshots », regardez les images et validez-les avec ${RECORD}`;
    const retakeEn = `run "npm run screenshots", look at the images and commit them with ${RECORD}`;
    switch (freshness.state) {
      case 'fresh':
        return [];
      case 'unrecorded':
        return [
          `${shot.file} : jamais prise par le script ; ${retake}.\n${shot.file}: never taken by the script; ${retakeEn}.`,
        ];
      case 'replaced':
        return [
          `${shot.file} : l’image n’est pas celle que le script a prise ; ${retake}.\n${shot.file}: the image is not the one the script took; ${retakeEn}.`,
        ];
      default:
        return [
          `${shot.file} est plus ancienne que ce qu’elle montre (${freshness.changed.join(', ')} ont changé) ; ${retake}.\n` +
            `${shot.file} is older than what it shows (${freshness.changed.join(', ')} changed); ${retakeEn}.`,
        ];
    }
  });
}

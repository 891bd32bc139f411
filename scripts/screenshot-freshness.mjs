// Whether the README's screenshots (docs/screenshots/) are older than the code they show, in git's
// history: tests/build/screenshots.test.ts fails on a stale one, `npm run screenshots`
// (scripts/screenshots.mjs) retakes them. Types: screenshot-freshness.d.mts.
//
// "Older" is by ancestry, not by clock: a screenshot is stale when a commit that touched what it
// shows is not an ancestor of the last commit that touched the screenshot. A branch merged after
// the screenshots were retaken is caught even when its commits are dated earlier.
// Outside a git checkout (the Firefox sources archive, rebuilt by a store reviewer), or in a
// shallow clone that lacks the history, there is nothing to compare: the check says so and skips.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What every view shows: the components, the interface's words, the guide's words. */
const SHARED = ['components', 'content/text', 'content/guide'];

/**
 * Each screenshot of docs/screenshots/, the page it shows and the sources that draw it. The
 * screenshot script (scripts/screenshots.mjs) takes them from this list.
 */
export const SCREENSHOTS = [
  {
    file: 'docs/screenshots/popup.png',
    shows: 'popup',
    sources: [...SHARED, 'entrypoints/popup'],
  },
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

/** @param {string} root @param {string[]} args */
function git(root, args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, out: (result.stdout ?? '').trim() };
}

/**
 * Why the screenshots cannot be compared here, or undefined when they can.
 * @param {string} [root]
 */
export function skipReason(root = ROOT) {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.out !== 'true')
    return 'pas un dépôt git (archive des sources ?) / not a git checkout (a sources archive?)';
  if (git(root, ['rev-parse', '--is-shallow-repository']).out === 'true')
    return 'clone superficiel, historique incomplet / shallow clone, history incomplete';
  return undefined;
}

/**
 * The screenshot's state: `fresh`, `stale` (with the commits it does not show, newest first), or
 * `uncommitted` (never committed).
 * @param {{ file: string, sources: readonly string[] }} shot
 * @param {string} [root]
 * @returns {{ state: 'fresh' | 'uncommitted' } | { state: 'stale', commits: string[] }}
 */
export function screenshotFreshness(shot, root = ROOT) {
  const taken = git(root, ['log', '-1', '--format=%H', '--', shot.file]).out;
  if (!taken) return { state: 'uncommitted' };
  const newer = git(root, ['log', '--format=%h %s', `${taken}..HEAD`, '--', ...shot.sources]).out;
  return newer ? { state: 'stale', commits: newer.split('\n') } : { state: 'fresh' };
}

/**
 * One line per screenshot that is stale or was never committed, in French then English, with the
 * command that retakes them; empty when all are fresh.
 * @param {string} [root]
 * @param {readonly { file: string, sources: readonly string[] }[]} [shots]
 */
export function staleScreenshots(root = ROOT, shots = SCREENSHOTS) {
  return shots.flatMap((shot) => {
    const freshness = screenshotFreshness(shot, root);
    if (freshness.state === 'fresh') return [];
    if (freshness.state === 'uncommitted')
      return [
        `${shot.file} n'est dans aucun commit : lancez « npm run screenshots » et ajoutez-la.\n` +
          `${shot.file} is in no commit: run "npm run screenshots" and add it.`,
      ];
    const newest = (freshness.commits[0] ?? '').slice(0, 60);
    return [
      `${shot.file} est plus ancienne que ce qu'elle montre (${freshness.commits.length} commit(s) depuis, dont ${newest}) : lancez « npm run screenshots » et validez les images.\n` +
        `${shot.file} is older than what it shows (${freshness.commits.length} commit(s) since, the newest ${newest}): run "npm run screenshots" and commit the images.`,
    ];
  });
}

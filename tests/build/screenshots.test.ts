// The README's screenshots (docs/screenshots/) show the code as it is: each one was taken by
// `npm run screenshots` from the components, words and entry point it shows, as they are now
// (scripts/screenshot-freshness.mjs compares git's hashes with docs/screenshots/sources.json). When
// this fails, run `npm run screenshots`, look at the images, and commit them with the record.
// Outside a git checkout (the Firefox sources archive a store reviewer rebuilds) there is no git to
// hash with: the check is skipped, and says why.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, skipReason, staleScreenshots } from '../../scripts/screenshot-freshness.mjs';

const skip = skipReason();
if (skip) console.warn(`Fraîcheur des captures non vérifiée / Screenshot freshness not checked: ${skip}`);

describe.skipIf(skip !== undefined)('the README’s screenshots', () => {
  it('are all there, one per view the README shows', () => {
    for (const shot of SCREENSHOTS) expect(existsSync(join(ROOT, shot.file)), shot.file).toBe(true);
    expect(SCREENSHOTS.map((shot) => shot.shows).sort()).toEqual(['composer', 'panel', 'popup']);
  });

  it('were taken from the components, words and entry points they show, as they are now', () => {
    expect(staleScreenshots(), 'stale screenshots').toEqual([]);
  });
});

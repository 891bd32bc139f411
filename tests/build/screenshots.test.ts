// The README's screenshots (docs/screenshots/) show the code as it is: each one is committed after
// every commit that touched what it shows (scripts/screenshot-freshness.mjs). When this fails, run
// `npm run screenshots`, look at the images, and commit them. Outside a git checkout (the Firefox
// sources archive a store reviewer rebuilds) or in a shallow clone, there is no history to compare:
// the check is skipped, and says why.
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

  it('are newer than every commit to the components, words and entry points they show', () => {
    expect(staleScreenshots(), 'stale screenshots').toEqual([]);
  });
});

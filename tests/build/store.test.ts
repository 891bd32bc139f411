// The store listing against the built manifest, run by `npm run test:build`: the name and short
// description are the manifest's (Chrome shows the manifest's), and store/permissions.md
// justifies each permission and host the manifest asks for, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readManifest } from './output';
import { askedFor, permissionSections } from './store-listing';

const store = (file: string): string => readFileSync(join(ROOT, 'store', file), 'utf8').trim();

describe('chrome-mv3: the store listing', () => {
  it("the name and short description are the built manifest's", () => {
    const manifest = readManifest('chrome-mv3');
    expect(store('nom.txt')).toBe(manifest.name);
    expect(store('description-courte.txt')).toBe(manifest.description);
  });

  it('store/permissions.md justifies each permission and host of the manifest, and no other', () => {
    const justified = [...permissionSections(store('permissions.md')).keys()].sort();
    expect(justified).toEqual(askedFor(readManifest('chrome-mv3')));
  });

  it('finds a permission the manifest asks for in any of its forms', () => {
    expect(
      askedFor({
        permissions: ['storage'],
        optional_permissions: ['tabs'],
        host_permissions: ['https://a/*'],
        content_scripts: [{ matches: ['https://b/*'] }],
      }),
    ).toEqual(['https://a/*', 'https://b/*', 'storage', 'tabs']);
  });
});

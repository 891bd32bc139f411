// The version is written once, in package.json; WXT copies it into each built manifest, and
// CHANGELOG.md's latest released entry must name it (checked on each build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readManifest, type Target } from './output';

/** The versions of CHANGELOG.md's release headings (`## [0.1.0] - 2026-12-03`), newest first. */
export function releasedVersions(changelog: string): string[] {
  return [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gmu)].map(
    (match) => match[1] as string,
  );
}

export const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function describeVersion(target: Target): void {
  describe(`${target}: one version`, () => {
    it("the built manifest's version is package.json's, and CHANGELOG.md's latest release", () => {
      const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
      expect(readManifest(target).version).toBe(packageVersion());
      expect(releasedVersions(changelog)[0], 'the first `## [x.y.z] - YYYY-MM-DD` of CHANGELOG.md').toBe(
        packageVersion(),
      );
    });

    it("wxt.config.ts writes no version of its own (WXT takes package.json's)", () => {
      const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
      expect(config).not.toMatch(/\bversion(?:_name)?\s*:/u);
    });
  });
}

// The checks on a store package (`npm run zip`, `npm run zip:firefox`), defined once and run on each:
// it is the shipped build, file for file, with no source map and no test data in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir, listFiles, ROOT, readManifest, type Target } from './output';
import { hashes, type PackageKind, packagePath, readZip } from './zip';

interface FixturePage {
  file: string;
  patientData: string[];
}

/** Strings only test data holds: the demo pages' invented patient data and the pages' file names. */
export function testOnlyStrings(): string[] {
  const pages = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages.json'), 'utf8')) as FixturePage[];
  return [...new Set([...pages.flatMap((page) => page.patientData), ...pages.map((page) => page.file)])];
}

/** Paths that belong to tests, never to a package. */
export const TEST_PATH = /(?:^|\/)(?:tests?|fixtures|__tests__|e2e)(?:\/|$)|\.(?:test|spec)\.[cm]?[jt]sx?$/u;

const TEXT_FILE = /\.(?:js|mjs|css|html|json|txt|md)$/u;

/** Where each test-only string occurs in the text files of a set of entries. */
export function testDataFindings(entries: Map<string, Buffer>, strings = testOnlyStrings()): string[] {
  const findings: string[] = [];
  for (const [name, content] of entries) {
    if (TEST_PATH.test(name)) findings.push(`${name}: a test file`);
    if (!TEXT_FILE.test(name)) continue;
    const text = content.toString('utf8');
    for (const value of strings) if (text.includes(value)) findings.push(`${name}: « ${value} »`);
  }
  return findings;
}

/** Source maps, as files or as the comment that points a browser at one. */
export function sourceMapFindings(entries: Map<string, Buffer>): string[] {
  const findings: string[] = [];
  for (const [name, content] of entries) {
    if (name.endsWith('.map')) findings.push(`${name}: a source map`);
    else if (/\.(?:js|mjs|css)$/u.test(name) && /[#@]\s*sourceMappingURL=/u.test(content.toString('utf8')))
      findings.push(`${name}: a sourceMappingURL comment`);
  }
  return findings;
}

export function describePackage(target: Target, kind: Exclude<PackageKind, 'sources'>): void {
  describe(`${target}: the package (${kind === 'chrome' ? 'npm run zip' : 'npm run zip:firefox'})`, () => {
    const entries = () => readZip(packagePath(kind));

    it('packs exactly the shipped build, file for file, manifest.json at its root', () => {
      const packed = entries();
      expect([...packed.keys()].sort()).toEqual(listFiles(target));
      const built = new Map(
        listFiles(target).map((file) => [file, readFileSync(join(buildDir(target), file))]),
      );
      // Same hashes as .output/<target>: the package is the shipped build, not the e2e one.
      expect(hashes(packed)).toEqual(hashes(built));
      expect(JSON.parse(packed.get('manifest.json')?.toString('utf8') ?? '{}')).toEqual(readManifest(target));
    });

    it('holds no source map', () => {
      expect(sourceMapFindings(entries())).toEqual([]);
    });

    it('holds no test data (test files, demo pages, their invented patient data)', () => {
      expect(testDataFindings(entries())).toEqual([]);
    });
  });
}

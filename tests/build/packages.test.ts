// Checks on the Chrome/Edge package and the version, run by `npm run test:build` (which zips first).
import { describe, expect, it } from 'vitest';
import { describePackage, sourceMapFindings, testDataFindings, testOnlyStrings } from './packages';
import { describeVersion, releasedVersions } from './versions';

describePackage('chrome-mv3', 'chrome');
describeVersion('chrome-mv3');

describe('the package checks find what they look for', () => {
  const planted = (files: Record<string, string>) =>
    new Map(Object.entries(files).map(([name, text]) => [name, Buffer.from(text)]));

  it('a source map, a test file, a demo page name and invented patient data are all found', () => {
    const patient = 'DOS-FICT-2026-0451';
    expect(testOnlyStrings()).toContain(patient);
    expect(
      sourceMapFindings(planted({ 'a.js.map': '{}', 'b.js': 'x()\n//# sourceMappingURL=b.js.map' })),
    ).toHaveLength(2);
    expect(
      testDataFindings(
        planted({
          'tests/fixtures/x.html': '',
          'c.js': `const name = ${JSON.stringify(patient)}`,
          'd.js': 'load("account-no-habilitation.html")',
        }),
      ),
    ).toEqual([
      'tests/fixtures/x.html: a test file',
      `c.js: « ${patient} »`,
      'd.js: « account-no-habilitation.html »',
    ]);
    expect(testDataFindings(planted({ 'content-scripts/viatrajectoire.js': 'const contest = 1' }))).toEqual(
      [],
    );
  });
});

describe('the changelog reader', () => {
  it('gives the released versions newest first, not [Unreleased]', () => {
    const changelog =
      '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2027-01-05\n\n## [0.1.0] - 2026-12-03\n';
    expect(releasedVersions(changelog)).toEqual(['0.2.0', '0.1.0']);
  });
});

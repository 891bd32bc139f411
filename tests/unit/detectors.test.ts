// github-url-detection style: every detector of the exported list is true on its own examples and
// false on everyone else's, so a detector added to the list is tested by that alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../content/viatrajectoire/normalize';
import * as urls from '../../content/viatrajectoire/urls';
import {
  type Detector,
  detectors,
  isAccount_,
  isDashboard_,
  isEstablishment_,
  isInAngularApp,
  isLoggedInArea,
  isLogin_,
  isPublicHome_,
  isRequest_,
  isViaTrajectoire,
  isViaTrajectoire_,
  notViaTrajectoire_,
  other_,
  PAGE_KINDS,
  pageKindFromUrl,
} from '../../content/viatrajectoire/urls';

/** A detector's example addresses: its `<detector>_` list beside it (none: an empty list, which fails). */
function examplesOf({ detect }: Detector): readonly string[] {
  const examples = (urls as unknown as Record<string, unknown>)[`${detect.name}_`];
  return Array.isArray(examples) ? examples : [];
}

/** Where a detector's examples are, for a failure message that says which list to fix. */
const listOf = ({ detect }: Detector): string => `${detect.name}_ (content/viatrajectoire/urls.ts)`;

describe('the detectors list', () => {
  it("has one detector for every page kind but 'other'", () => {
    expect(
      detectors.map(({ pageKind }) => pageKind),
      'a page kind without a detector: add it to detectors in content/viatrajectoire/urls.ts, with examples',
    ).toEqual(PAGE_KINDS.filter((kind) => kind !== 'other'));
  });
});

describe.each(detectors)('the $pageKind detector', (detector) => {
  const { pageKind, detect } = detector;
  const name = detect.name;
  const list = listOf(detector);
  const examples = examplesOf(detector);

  it('has examples', () => {
    expect(
      examples.length,
      `${list} is missing or empty: export the addresses ${name} must claim`,
    ).toBeGreaterThan(0);
  });

  it.each(examples)('is true on its own example %s', (address) => {
    expect(
      detect(new URL(address)),
      `${name} should match ${address}: fix ${name} or remove it from ${list}`,
    ).toBe(true);
    expect(pageKindFromUrl(new URL(address)), `${address} in ${list}`).toBe(pageKind);
  });

  const others = [
    ...detectors
      .filter((other) => other.pageKind !== pageKind)
      .flatMap((other) => examplesOf(other).map((address) => ({ address, list: listOf(other) }))),
    ...other_.map((address) => ({ address, list: 'other_ (content/viatrajectoire/urls.ts)' })),
  ];
  it('is checked against every other detector’s examples', () => {
    expect(others.length).toBe(
      detectors.reduce(
        (count, other) => count + (other.pageKind === pageKind ? 0 : examplesOf(other).length),
        0,
      ) + other_.length,
    );
  });
  it.each(others)('is false on $address (from $list)', ({ address, list: otherList }) => {
    expect(
      detect(new URL(address)),
      `${name} must not match ${address}: fix ${name}, or ${otherList} if the address is in the wrong list`,
    ).toBe(false);
  });

  it.each(examples)('ignores case, query and fragment: %s', (address) => {
    const url = new URL(address);
    const variants = [
      new URL(`${url.origin}${url.pathname.toUpperCase()}${url.search}`),
      new URL(`${url.origin}${url.pathname.toLowerCase()}`),
      new URL(
        `${url.origin}${url.pathname}?ReturnUrl=%2fTrajectoire%2fpages%2fAccesRestreint%2fMonCompte&x=Dossier#TDB`,
      ),
      new URL(`${url.origin}${url.pathname}#/Administration/Etablissement/1`),
    ];
    for (const variant of variants) {
      expect(detect(variant), `${name} on ${variant.href} (variant of ${address} in ${list})`).toBe(true);
      expect(pageKindFromUrl(variant), variant.href).toBe(pageKind);
    }
  });

  it.each(notViaTrajectoire_)('is false off the ViaTrajectoire host: %s', (address) => {
    expect(detect(new URL(address)), `${name} must only match trajectoire.sante-ra.fr (${address})`).toBe(
      false,
    );
  });
});

describe('pageKindFromUrl', () => {
  it.each(other_)("gives 'other' for %s (other_)", (address) => {
    expect(pageKindFromUrl(new URL(address))).toBe('other');
  });

  it.each(notViaTrajectoire_)("gives 'other' off the host: %s", (address) => {
    expect(pageKindFromUrl(new URL(address))).toBe('other');
  });
});

describe('isViaTrajectoire', () => {
  it.each(isViaTrajectoire_)('is true on %s', (address) => {
    expect(isViaTrajectoire(new URL(address))).toBe(true);
  });
  it.each(notViaTrajectoire_)('is false on %s', (address) => {
    expect(isViaTrajectoire(new URL(address))).toBe(false);
  });
});

describe('isLoggedInArea', () => {
  it.each([...isDashboard_, ...isRequest_, isAccount_[0] ?? '', isEstablishment_[0] ?? ''])(
    'is true in AccesRestreint: %s',
    (address) => {
      expect(isLoggedInArea(new URL(address))).toBe(true);
    },
  );
  it.each([
    ...isPublicHome_,
    ...isLogin_,
    'https://trajectoire.sante-ra.fr/Trajectoire/Pages/AccesLibre/Charte.aspx',
  ])('is false in the public area: %s', (address) => {
    expect(isLoggedInArea(new URL(address))).toBe(false);
  });
  it('ignores case and needs the ViaTrajectoire host', () => {
    expect(
      isLoggedInArea(new URL('https://trajectoire.sante-ra.fr/TRAJECTOIRE/PAGES/ACCESRESTREINT/X.aspx')),
    ).toBe(true);
    expect(isLoggedInArea(new URL('https://example.org/Trajectoire/pages/AccesRestreint/X.aspx'))).toBe(
      false,
    );
    // The query string never counts: a ReturnUrl pointing into AccesRestreint is still the public login.
    expect(isLoggedInArea(new URL(isLogin_[1] ?? ''))).toBe(false);
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['Equipe soignante', 'Équipe Soignante'],
    ['Equipe soignante', 'EQUIPE  SOIGNANTE'],
    ['Equipe soignante', '  equipe\u00a0\tsoignante\n'],
    ['Unités de soins', 'UNITES DE SOINS'],
    ['Réception des mails', 'Re\u0301ception des mails'],
  ])('%j and %j are one label', (a, b) => {
    expect(normalizeLabel(a)).toBe(normalizeLabel(b));
  });

  it('gives lower case without accents, single spaces, trimmed', () => {
    expect(normalizeLabel('  Gestionnaire   Administratif ET Social ')).toBe(
      'gestionnaire administratif et social',
    );
    expect(normalizeLabel('Prescripteur médical')).toBe('prescripteur medical');
  });

  it('drops every combining mark of Latin text, as \\p{M} would (Latin-1 to Latin Extended, Vietnamese)', () => {
    const latin = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x24f }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(
        fc.oneof(latin, fc.constantFrom('Nguyễn Thị Ánh', 'Øresund Łódź Ærø', 'ǅemal Ḁ')),
        (text) => {
          expect(normalizeLabel(text)).toBe(
            text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim(),
          );
        },
      ),
    );
  });

  it('keeps different labels different', () => {
    expect(normalizeLabel('Unité')).not.toBe(normalizeLabel('Unités de soins'));
    expect(normalizeLabel('Equipe soignante')).not.toBe(normalizeLabel('Equipe'));
  });
});

describe('isInAngularApp', () => {
  const angular = [...isDashboard_, ...isRequest_, ...isAccount_, ...isEstablishment_].filter((address) =>
    address.includes('/Angular/App.aspx'),
  );
  const webForms = [
    ...isPublicHome_,
    ...isLogin_,
    ...[...isAccount_, ...isEstablishment_].filter(
      (address) => address.endsWith('.aspx') || address.includes('.aspx?'),
    ),
  ];

  it('has addresses on both sides', () => {
    expect(angular.length).toBeGreaterThan(8);
    expect(webForms.length).toBeGreaterThan(8);
  });

  it.each([...angular, 'https://trajectoire.sante-ra.fr/TRAJECTOIRE/PAGES/ACCESRESTREINT/ANGULAR/APP.ASPX'])(
    'is true in the single-page app: %s',
    (address) => {
      expect(isInAngularApp(new URL(address))).toBe(true);
    },
  );

  it.each([
    ...webForms,
    'https://example.org/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/TDB',
  ])('is false on a WebForms page or off the host: %s', (address) => {
    expect(isInAngularApp(new URL(address))).toBe(false);
  });
});

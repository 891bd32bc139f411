// github-url-detection style: every detector is true on its own examples and false on everyone else's.
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../content/text';
import {
  accountExamples,
  dashboardExamples,
  establishmentExamples,
  isAccount,
  isDashboard,
  isEstablishment,
  isLoggedInArea,
  isLogin,
  isPublicHome,
  isRequest,
  isViaTrajectoire,
  loginExamples,
  notViaTrajectoireExamples,
  otherExamples,
  type PageKind,
  pageKindFromUrl,
  publicHomeExamples,
  requestExamples,
  viaTrajectoireExamples,
} from '../../content/viatrajectoire/urls';

const detectorTable: Array<{
  name: string;
  list: string;
  detect: (url: URL) => boolean;
  pageKind: PageKind;
  examples: string[];
}> = [
  {
    name: 'isPublicHome',
    list: 'publicHomeExamples',
    detect: isPublicHome,
    pageKind: 'public-home',
    examples: publicHomeExamples,
  },
  { name: 'isLogin', list: 'loginExamples', detect: isLogin, pageKind: 'login', examples: loginExamples },
  {
    name: 'isDashboard',
    list: 'dashboardExamples',
    detect: isDashboard,
    pageKind: 'dashboard',
    examples: dashboardExamples,
  },
  {
    name: 'isRequest',
    list: 'requestExamples',
    detect: isRequest,
    pageKind: 'request',
    examples: requestExamples,
  },
  {
    name: 'isAccount',
    list: 'accountExamples',
    detect: isAccount,
    pageKind: 'account',
    examples: accountExamples,
  },
  {
    name: 'isEstablishment',
    list: 'establishmentExamples',
    detect: isEstablishment,
    pageKind: 'establishment',
    examples: establishmentExamples,
  },
];

describe.each(detectorTable)('$name', ({ name, list, detect, pageKind, examples }) => {
  it('has examples', () => {
    expect(examples.length, `${list} is empty`).toBeGreaterThan(0);
  });

  it.each(examples)('is true on its own example %s', (address) => {
    expect(
      detect(new URL(address)),
      `${name} should match ${address}: fix ${name} or remove it from ${list}`,
    ).toBe(true);
    expect(pageKindFromUrl(new URL(address)), `${address} in ${list}`).toBe(pageKind);
  });

  const others = [
    ...detectorTable
      .filter((other) => other.name !== name)
      .flatMap((other) => other.examples.map((address) => ({ address, list: other.list }))),
    ...otherExamples.map((address) => ({ address, list: 'otherExamples' })),
  ];
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

  it.each(notViaTrajectoireExamples)('is false off the ViaTrajectoire host: %s', (address) => {
    expect(detect(new URL(address)), `${name} must only match trajectoire.sante-ra.fr (${address})`).toBe(
      false,
    );
  });
});

describe('pageKindFromUrl', () => {
  it.each(otherExamples)("gives 'other' for %s (otherExamples)", (address) => {
    expect(pageKindFromUrl(new URL(address))).toBe('other');
  });

  it.each(notViaTrajectoireExamples)("gives 'other' off the host: %s", (address) => {
    expect(pageKindFromUrl(new URL(address))).toBe('other');
  });
});

describe('isViaTrajectoire', () => {
  it.each(viaTrajectoireExamples)('is true on %s', (address) => {
    expect(isViaTrajectoire(new URL(address))).toBe(true);
  });
  it.each(notViaTrajectoireExamples)('is false on %s', (address) => {
    expect(isViaTrajectoire(new URL(address))).toBe(false);
  });
});

describe('isLoggedInArea', () => {
  it.each([
    ...dashboardExamples,
    ...requestExamples,
    accountExamples[0] ?? '',
    establishmentExamples[0] ?? '',
  ])('is true in AccesRestreint: %s', (address) => {
    expect(isLoggedInArea(new URL(address))).toBe(true);
  });
  it.each([
    ...publicHomeExamples,
    ...loginExamples,
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
    expect(isLoggedInArea(new URL(loginExamples[1] ?? ''))).toBe(false);
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

  it('keeps different labels different', () => {
    expect(normalizeLabel('Unité')).not.toBe(normalizeLabel('Unités de soins'));
    expect(normalizeLabel('Equipe soignante')).not.toBe(normalizeLabel('Equipe'));
  });
});

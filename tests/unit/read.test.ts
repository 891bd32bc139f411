// readPage on the saved pages: the page kind and context each gives, and proof that it reads only
// the chrome (never the body's text, never a patient zone or a dashboard row).
import { afterEach, describe, expect, it } from 'vitest';
import { matchSituation } from '../../content/match';
import {
  BANNER_READ_ON,
  contextFromAddress,
  type PageContext,
  readPage,
} from '../../content/viatrajectoire/read';
import { patientZones } from '../../content/viatrajectoire/selectors';
import { HEADING_SELECTORS } from '../../content/viatrajectoire/tabs';
import { CONFIRMED_BY_ADDRESS } from '../../content/viatrajectoire/urls';
import { MATCH, type Names, names, noNames } from './banner-names';
import { EXAMPLES_BY_KIND } from './detector-examples';
import { fixtureDocument, fixturePages, fixtureUrl } from './fixture-pages';

const APP = 'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx';
const CHARTE = 'https://trajectoire.sante-ra.fr/Trajectoire/Pages/AccesLibre/Charte.aspx';
const DASHBOARD = new URL(`${APP}/Sanitaire/TDB/Demandeur`);

const read = (name: string): PageContext => readPage(fixtureDocument(name), fixtureUrl(name));

/** A Document from markup, in the test only. */
const parse = (html: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

/** The two habilitations account-prescriber shows (and its variants). */
// As closed values: « Consultation » is none of the guide's, « Équipe Soignante » is; both name a unit.
const PRESCRIBER_HABILITATIONS = [
  { habilitation: 'other', hasUnit: true },
  { habilitation: 'equipe-soignante', hasUnit: true },
] as const;

// The context each fixture must give, written from what each page shows.
const expectedContexts: Array<[string, PageContext]> = [
  ['public-home', { pageKind: 'public-home', loggedIn: false }],
  ['login', { pageKind: 'login', loggedIn: false }],
  ['login-lowercase', { pageKind: 'login', loggedIn: false }],
  [
    'dashboard',
    {
      pageKind: 'dashboard',
      loggedIn: true,
      structureShown: true,
      unitShown: true,
    },
  ],
  [
    'dashboard-last-file',
    {
      pageKind: 'dashboard',
      loggedIn: true,
      structureShown: true,
      unitShown: true,
    },
  ],
  // A request file: no name at all, not even the app banner's (its patient banner may look like it).
  ['request', { pageKind: 'request', loggedIn: true }],
  ['request-patient-banner', { pageKind: 'request', loggedIn: true }],
  [
    'account-prescriber',
    {
      pageKind: 'account',
      loggedIn: true,
      structureShown: false,
      unitShown: false,
      // The header's structure and unit are choosers (<select>): a control's value is never read.
      habilitations: PRESCRIBER_HABILITATIONS,
      hasCreatingHabilitation: true,
    },
  ],
  [
    'account-no-habilitation',
    {
      pageKind: 'account',
      loggedIn: true,
      structureShown: false,
      unitShown: false,
      habilitations: [
        { habilitation: 'other', hasUnit: true },
        { habilitation: 'other', hasUnit: true },
      ],
      hasCreatingHabilitation: false,
    },
  ],
  [
    'account-no-row',
    {
      pageKind: 'account',
      loggedIn: true,
      structureShown: false,
      unitShown: false,
      habilitations: [],
      hasCreatingHabilitation: false,
    },
  ],
  [
    'establishment-units',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
      unitsListed: true,
      ownEstablishment: true,
    },
  ],
  // The user's own fiche: the banner's structure, in capitals, is the fiche's title once normalised.
  [
    'establishment-no-unit',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
      unitsListed: false,
      ownEstablishment: true,
    },
  ],
  // Another establishment's fiche (Annuaires): a boolean says so; its name is nowhere in the context.
  [
    'establishment-other-no-unit',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
      unitsListed: false,
      ownEstablishment: false,
    },
  ],
  // A page of unknown kind: no name at all, though its banner shows them.
  ['other-annuaires', { pageKind: 'other', loggedIn: true }],
  ['other-patient-header', { pageKind: 'other', loggedIn: true }],
  ['other-public-charte', { pageKind: 'other', loggedIn: false }],
  [
    'dashboard-fixed-banner',
    { pageKind: 'dashboard', loggedIn: true, structureShown: false, unitShown: false },
  ],
  // A request file written the variants' ways: still no name at all, not even the app banner's one line.
  ['request-variants', { pageKind: 'request', loggedIn: true }],
  // Markup variants (tests/unit/variants.test.ts compares each with its reference page).
  [
    'establishment-no-unit-bootstrap',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
      unitsListed: false,
      ownEstablishment: true,
    },
  ],
  [
    'establishment-no-unit-p-tabpanel',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
      unitsListed: false,
      ownEstablishment: true,
    },
  ],
  ...(['establishment-units-mat-tab', 'establishment-units-mat-legacy', 'establishment-units-primeng'].map(
    (name): [string, PageContext] => [
      name,
      {
        pageKind: 'establishment',
        loggedIn: true,
        structureShown: true,
        unitShown: false,
        unitsListed: true,
        ownEstablishment: true,
      },
    ],
  ) satisfies Array<[string, PageContext]>),
  // Tabs as a plain list with an « active » class, panes linked to nothing: the visible pane is the active tab's.
  [
    'establishment-units-plain-list',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: true,
      unitsListed: true,
      ownEstablishment: true,
    },
  ],
  [
    'establishment-no-unit-plain-list',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
      unitsListed: false,
      ownEstablishment: true,
    },
  ],
  // Three dashboard shapes that used to leak a patient's name (PRIVACY.md, closed vocabulary).
  [
    'dashboard-patient-strip',
    { pageKind: 'dashboard', loggedIn: true, structureShown: true, unitShown: true },
  ],
  [
    'dashboard-patient-grid-header',
    // « Structure : » and its value sit in two spans (not a pair the reader knows); « Unité :
    // Pneumologie – NAME First » is taken for a unit: seen, and nothing of it leaves.
    { pageKind: 'dashboard', loggedIn: true, structureShown: false, unitShown: true },
  ],
  [
    'dashboard-patient-attributes',
    { pageKind: 'dashboard', loggedIn: true, structureShown: false, unitShown: false },
  ],
  [
    'account-grid',
    {
      pageKind: 'account',
      loggedIn: true,
      structureShown: true,
      unitShown: true,
      habilitations: PRESCRIBER_HABILITATIONS,
      hasCreatingHabilitation: true,
    },
  ],
  [
    'account-cards',
    {
      pageKind: 'account',
      loggedIn: true,
      structureShown: false,
      unitShown: false,
      habilitations: PRESCRIBER_HABILITATIONS,
      hasCreatingHabilitation: true,
    },
  ],
  [
    'dashboard-one-line',
    {
      pageKind: 'dashboard',
      loggedIn: true,
      structureShown: true,
      unitShown: true,
    },
  ],
];

describe('readPage on each fixture', () => {
  it('covers every fixture of pages.json', () => {
    expect(expectedContexts.map(([name]) => name).sort()).toEqual(
      fixturePages.map((page) => page.name).sort(),
    );
  });

  it.each(expectedContexts)('%s', (name, expected) => {
    expect(read(name)).toEqual(expected);
  });

  it.each(fixturePages)("$name: pages.json's pageKind and situation (fresh session, no choice)", (page) => {
    const context = read(page.name);
    expect(context.pageKind).toBe(page.pageKind);
    expect(matchSituation(context, {})).toBe(page.situation);
  });

  it.each(fixturePages)('$name: nothing of the patient data is in the context', (page) => {
    const serialized = JSON.stringify(read(page.name));
    for (const patientString of page.patientData) expect(serialized).not.toContain(patientString);
  });

  it('says a hostile name is shown, and gives nothing of it back', () => {
    const context = read('dashboard');
    expect(context.structureShown).toBe(true);
    expect(JSON.stringify(context)).not.toMatch(/Centre|onerror|img/u);
  });

  it.each(fixturePages)('$name: the chrome is complete once rendered', (page) => {
    expect(readPage(fixtureDocument(page.name), fixtureUrl(page.name)).pending).toBeUndefined();
  });
});

// --- What the reader reads ------------------------------------------------------------------------

type Recorded = { node: Node; property: string };

const HEADINGS = HEADING_SELECTORS;

const TEXT_PROPERTIES = ['textContent', 'innerText', 'outerText', 'innerHTML', 'outerHTML'];

/** The prototype that defines property for node (happy-dom defines getters on several classes). */
function ownerOf(node: Node, property: string): object | null {
  let owner: object | null = Object.getPrototypeOf(node);
  while (owner !== null && !Object.getOwnPropertyDescriptor(owner, property))
    owner = Object.getPrototypeOf(owner);
  return owner;
}

/** Wraps the text getters of every prototype used in doc, recording which node each read was on. */
function recordTextReads(doc: Document): {
  reads: Recorded[];
  originalText: (node: Node) => string;
  restore: () => void;
} {
  const reads: Recorded[] = [];
  const originals = new Map<object, Map<string, PropertyDescriptor>>();
  for (const node of [doc, ...Array.from(doc.querySelectorAll('*'))]) {
    for (const property of TEXT_PROPERTIES) {
      const owner = ownerOf(node, property);
      if (owner === null || originals.get(owner)?.has(property)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(owner, property);
      const getter = descriptor?.get;
      if (!descriptor || !getter) continue;
      const byProperty = originals.get(owner) ?? new Map<string, PropertyDescriptor>();
      byProperty.set(property, descriptor);
      originals.set(owner, byProperty);
      Object.defineProperty(owner, property, {
        ...descriptor,
        get(this: Node) {
          reads.push({ node: this, property });
          return getter.call(this);
        },
      });
    }
  }
  const originalText = (node: Node): string => {
    const owner = ownerOf(node, 'textContent');
    const getter = owner ? originals.get(owner)?.get('textContent')?.get : undefined;
    return (getter?.call(node) as string | null | undefined) ?? '';
  };
  const restore = (): void => {
    for (const [owner, byProperty] of originals) {
      for (const [property, descriptor] of byProperty) Object.defineProperty(owner, property, descriptor);
    }
  };
  return { reads, originalText, restore };
}

/**
 * Saved pages whose patient strip is written exactly where and as the app's banner would be: the
 * reader takes it for the banner and reads its values. Nothing of them leaves the reader (the closed
 * vocabulary: « nothing of the patient data is in the context » above, and tests/e2e/privacy.spec.ts).
 */
const FOOLS_THE_BANNER = ['dashboard-patient-strip'];

describe('what readPage reads', () => {
  it('dashboard-patient-strip: the patient strip is mistaken for the banner, and gives only « shown »', () => {
    const context = read('dashboard-patient-strip');
    expect(context).toEqual({ pageKind: 'dashboard', loggedIn: true, structureShown: true, unitShown: true });
    expect(JSON.stringify(context)).not.toMatch(/DURANDAL|Josiane|Gaspard|Imaginon/u);
  });

  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it.each(fixturePages)('$name: only small chrome elements, never body, html or a patient zone', (page) => {
    const doc = fixtureDocument(page.name);
    const recorder = recordTextReads(doc);
    restore = recorder.restore;
    readPage(doc, new URL(page.url));
    recorder.restore();
    restore = undefined;

    const properties = new Set(recorder.reads.map((read) => read.property));
    expect(
      [...properties].filter((property) => property !== 'textContent'),
      'innerText/innerHTML/outerHTML are never read',
    ).toEqual([]);
    for (const { node } of recorder.reads) {
      expect(node, 'never the document').not.toBe(doc);
      expect(node, 'never html').not.toBe(doc.documentElement);
      expect(node, 'never body').not.toBe(doc.body);
      const element = node as Element;
      expect(
        element.closest(patientZones.join(', ')),
        `read inside a patient zone: <${element.localName}>`,
      ).toBeNull();
      expect(
        element.querySelector(patientZones.join(', ')),
        `read an ancestor of a patient zone: <${element.localName}>`,
      ).toBeNull();
      // Known gap (see the test below): kind detection compares headings' text on unconfirmed addresses.
      if (!CONFIRMED_BY_ADDRESS.includes(page.pageKind) && element.matches(HEADINGS)) continue;
      // Pages made to be mistaken for the app's banner: the reader reads them (see FOOLS_THE_BANNER).
      if (FOOLS_THE_BANNER.includes(page.name)) continue;
      const text = recorder.originalText(node);
      for (const patientString of page.patientData) {
        expect(text, `read a node holding patient data: <${element.localName}>`).not.toContain(patientString);
      }
    }
  });

  it('known gap: on an unconfirmed address, kind detection compares every heading, one naming a patient included', () => {
    // The answer is a page kind, never text (the context holds none of it: tests above), but the
    // heading's text is read to be compared. Only headings: no other node holding patient data is read.
    const doc = fixtureDocument('other-patient-header');
    const recorder = recordTextReads(doc);
    restore = recorder.restore;
    readPage(doc, fixtureUrl('other-patient-header'));
    recorder.restore();
    restore = undefined;
    const holdingPatientData = recorder.reads
      .map(({ node }) => node as Element)
      .filter((element) => recorder.originalText(element).includes('INVENTÉ-PATIENT Barnabé'));
    expect([...new Set(holdingPatientData.map((element) => element.localName))]).toEqual(['h2']);
  });

  it('the recorder sees reads (so a clean record above means something)', () => {
    const doc = fixtureDocument('dashboard');
    const recorder = recordTextReads(doc);
    restore = recorder.restore;
    readPage(doc, fixtureUrl('dashboard'));
    void doc.body.textContent;
    recorder.restore();
    restore = undefined;
    const readLocalNames = recorder.reads.map(({ node }) => (node as Element).localName);
    expect(readLocalNames, "the header's structure name is read").toContain('dd');
    expect(recorder.reads.some((read) => read.node === doc.body)).toBe(true);
    expect(recorder.originalText(doc.body)).toContain('FICTIVUS Marcel');
  });

  it('reads no heading of a request file or a dashboard, even one naming a patient', () => {
    for (const name of ['request', 'dashboard']) {
      const doc = fixtureDocument(name);
      const recorder = recordTextReads(doc);
      restore = recorder.restore;
      readPage(doc, fixtureUrl(name));
      recorder.restore();
      restore = undefined;
      const headingsRead = recorder.reads.filter(({ node }) =>
        (node as Element).matches?.('h1, h2, h3, legend, [role="heading"]'),
      );
      expect(headingsRead, name).toEqual([]);
    }
  });
});

// --- Page kind from the chrome --------------------------------------------------------------------

describe('page kind from the chrome when the address does not say', () => {
  it('an unknown logged-in address with "Mes habilitations" is the account', () => {
    const doc =
      parse(`<main><h2>MES HABILITATIONS</h2><table><thead><tr><th>Etablissement</th><th>Unite</th><th>Habilitation</th></tr></thead>
      <tbody><tr><td>A</td><td>B</td><td>Prescripteur médical</td></tr></tbody></table></main>`);
    const context = readPage(doc, new URL(`${APP}/Administration/Inconnu`));
    expect(context.pageKind).toBe('account');
    expect(context.hasCreatingHabilitation).toBe(true);
  });

  it('a guessed account address showing an establishment fiche is the establishment', () => {
    const doc = parse(
      `<h2>Informations générales</h2><section><h2>Unités de soins</h2><ul><li>Unité A</li></ul></section>`,
    );
    const context = readPage(doc, new URL(`${APP}/Administration/MonCompte`));
    expect(context).toMatchObject({ pageKind: 'establishment', unitsListed: true });
  });

  it('"Unités de soins" alone does not make an establishment', () => {
    const doc = parse(`<section><h2>Unités de soins</h2><ul><li>Unité A</li></ul></section>`);
    expect(readPage(doc, new URL(`${APP}/Annuaires/Recherche`)).pageKind).toBe('other');
  });

  it('a login form at an unknown public address is the login', () => {
    const doc = parse(`<form><input id="UserName"><input type="password"></form>`);
    expect(
      readPage(doc, new URL('https://trajectoire.sante-ra.fr/Trajectoire/Pages/AccesLibre/Connexion.aspx'))
        .pageKind,
    ).toBe('login');
  });

  it('a confirmed address is never overruled by the chrome', () => {
    const doc = parse(`<h1>Mes habilitations</h1><form><input id="UserName"><input type="password"></form>`);
    expect(readPage(doc, new URL(`${APP}/Sanitaire/Dossier/Edition/1`)).pageKind).toBe('request');
    expect(readPage(doc, new URL(`${APP}/Sanitaire/TDB/Demandeur`)).pageKind).toBe('dashboard');
  });
});

describe('logged in', () => {
  it('a logout control in the chrome on a public address means logged in', () => {
    expect(
      readPage(parse(`<header><button>  SE DÉCONNECTER </button></header>`), new URL(CHARTE)).loggedIn,
    ).toBe(true);
    expect(
      readPage(parse(`<nav><a href="/Trajectoire/Logout.aspx">x</a></nav>`), new URL(CHARTE)).loggedIn,
    ).toBe(true);
  });

  it('a "Déconnexion" outside the chrome, in a data row or a patient zone does not count', () => {
    const doc = parse(`<main><button>Déconnexion</button></main>
      <header><table><tbody><tr><td><button>Déconnexion</button></td></tr></tbody></table></header>
      <header><etat-civil><a href="/Logout.aspx">Déconnexion</a></etat-civil></header>`);
    expect(readPage(doc, new URL(CHARTE)).loggedIn).toBe(false);
  });

  it('other words are not a logout control', () => {
    expect(
      readPage(
        parse(`<header><a href="/x">Se connecter</a><button>Connexion</button></header>`),
        new URL(CHARTE),
      ).loggedIn,
    ).toBe(false);
  });
});

describe('names from the chrome', () => {
  it('never takes a name from a patient zone or a data row, even in the top banner', () => {
    for (const banner of [
      '<header><service-demandeur><dl><dt>Établissement :</dt><dd>PATIENT ZONE</dd></dl></service-demandeur></header>',
      '<header><table><tbody><tr><td><dl><dt>Unité :</dt><dd>DATA ROW</dd></dl></td></tr></tbody></table></header>',
      '<header><etat-civil><span id="x_lblEtablissement">CIVIL STATUS</span></etat-civil></header>',
      '<header><div role="row"><span id="x_lblUnite">ROLE ROW</span></div></header>',
    ]) {
      const doc = parse(`${banner}<main></main>`);
      expect(readPage(doc, DASHBOARD), banner).toEqual({
        pageKind: 'dashboard',
        loggedIn: true,
        structureShown: false,
        unitShown: false,
      });
      expect(names(doc, DASHBOARD, noNames), banner).toEqual(MATCH);
    }
  });

  it('takes label-value pairs from the top banner', () => {
    const doc = parse(`<header><dl><dt>STRUCTURE :</dt><dd>  S  1 </dd></dl>
      <p><label>Unité de soins</label> <span>U1</span></p></header><main></main>`);
    expect(readPage(doc, DASHBOARD)).toMatchObject({ structureShown: true, unitShown: true });
    expect(names(doc, DASHBOARD, { structureName: 'S 1', unitName: 'U1' })).toEqual(MATCH);
  });

  it('sees a long name whole, and says only that it is shown', () => {
    const doc = parse(`<header><span id="ctl00_lblEtablissement">${'x'.repeat(500)}</span></header>`);
    expect(names(doc, DASHBOARD, { structureName: 'x'.repeat(500) })).toEqual(MATCH);
    expect(readPage(doc, DASHBOARD)).toEqual({
      pageKind: 'dashboard',
      loggedIn: true,
      structureShown: true,
      unitShown: false,
    });
  });
});

// --- Names: which pages, where, which labels --------------------------------------------------------

/** A patient banner written like the app's: what a wrong reader would take for the user's context. */
const PATIENT_HEADER = `<header><dl><dt>Établissement :</dt><dd>PATIENT HOSPITAL</dd>
  <dt>Unité</dt><dd>PATIENT UNIT</dd></dl><p><label>Structure</label> <span>PATIENT STRUCTURE</span></p>
  <span id="x_lblUnite">PATIENT LABEL ID</span></header>`;
const APP_BANNER = `<header><dl><dt>Établissement :</dt><dd>APP STRUCTURE</dd><dt>Unité :</dt><dd>APP UNIT</dd></dl>
  <a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></header>`;
const APP_NAMES: Names = { structureName: 'APP STRUCTURE', unitName: 'APP UNIT' };

describe('names: only on dashboards, accounts and establishment fiches', () => {
  it('is an explicit list: any other kind, and any kind added later, reads no name', () => {
    expect([...BANNER_READ_ON].sort()).toEqual(['account', 'dashboard', 'establishment']);
  });

  it.each(EXAMPLES_BY_KIND)('%s: names read only if the kind is in BANNER_READ_ON', (kind, addresses) => {
    for (const address of addresses) {
      const doc = parse(`${APP_BANNER}<main><h1>x</h1></main>`);
      expect(readPage(doc, new URL(address)).pageKind, address).toBe(kind);
      expect(
        names(doc, new URL(address), BANNER_READ_ON.includes(kind) ? APP_NAMES : noNames),
        address,
      ).toEqual(MATCH);
    }
  });

  const namelessPages = fixturePages.filter((page) => !BANNER_READ_ON.includes(page.pageKind));
  it('has saved pages of kinds where no name is read', () => {
    expect(namelessPages.length).toBeGreaterThan(0);
  });
  it.each(namelessPages)('$name ($pageKind): no name, whatever its banner shows', (page) => {
    expect(names(fixtureDocument(page.name), fixtureUrl(page.name), noNames)).toEqual(MATCH);
  });
});

describe('names: only from the top banner', () => {
  it.each([
    ['inside main', `<main>${PATIENT_HEADER}</main>`],
    ['inside role=main', `<div role="main">${PATIENT_HEADER}</div>`],
    ['inside an article, before main', `<article>${PATIENT_HEADER}</article><main></main>`],
    ['inside a section, before main', `<section>${PATIENT_HEADER}</section><main></main>`],
    ['inside an aside, before main', `<aside>${PATIENT_HEADER}</aside><main></main>`],
    ['inside a form, before main', `<form>${PATIENT_HEADER}</form><main></main>`],
    ['inside a fieldset', `<fieldset>${PATIENT_HEADER}</fieldset>`],
    ['inside a dialog', `<dialog open>${PATIENT_HEADER}</dialog>`],
    ['inside a role=dialog modal', `<div class="modal" role="dialog"><div>${PATIENT_HEADER}</div></div>`],
    ['inside a table header', `<table><thead><tr><th>${PATIENT_HEADER}</th></tr></thead></table>`],
    ['inside a grid', `<div role="grid"><div>${PATIENT_HEADER}</div></div>`],
    ['inside a tab panel', `<div role="tabpanel">${PATIENT_HEADER}</div>`],
    ['after main', `<main></main>${PATIENT_HEADER}`],
    ['after main, no main element', `<div role="main"><p>x</p></div><div>${PATIENT_HEADER}</div>`],
    ['around main', PATIENT_HEADER.replace('</header>', '<main></main></header>')],
    ['five elements below body', `<div><div><div><div><div>${PATIENT_HEADER}</div></div></div></div></div>`],
  ])('a header %s is not the banner', (_, html) => {
    const doc = parse(html);
    expect(names(doc, DASHBOARD, noNames)).toEqual(MATCH);
    expect(JSON.stringify(readPage(doc, DASHBOARD))).not.toContain('PATIENT');
  });

  it('a patient header before the app banner (in a section) does not hide it or mix with it', () => {
    const doc = parse(`<app-root><section>${PATIENT_HEADER}</section><app-entete>${APP_BANNER}</app-entete>
      <main>${PATIENT_HEADER}</main></app-root>`);
    expect(names(doc, DASHBOARD, APP_NAMES)).toEqual(MATCH);
  });

  it('names come from the first banner only, never from a later header before main', () => {
    const doc = parse(
      `<header><a href="/Trajectoire/">ViaTrajectoire</a></header>${PATIENT_HEADER}<main></main>`,
    );
    expect(names(doc, DASHBOARD, noNames)).toEqual(MATCH);
  });

  it('a banner four elements below body, as an Angular app nests it, is the banner', () => {
    const doc = parse(`<app-root><app-layout><div><app-entete>${APP_BANNER}</app-entete></div></app-layout>
      <main></main></app-root>`);
    expect(names(doc, DASHBOARD, APP_NAMES)).toEqual(MATCH);
  });

  it('the WebForms page form around banner and main is frame; a form that holds no main is not', () => {
    expect(
      names(parse(`<form id="aspnetForm">${APP_BANNER}<main></main></form>`), DASHBOARD, APP_NAMES),
    ).toEqual(MATCH);
    expect(names(parse(`<form>${APP_BANNER}</form><main></main>`), DASHBOARD, noNames)).toEqual(MATCH);
    expect(names(parse(`<form>${APP_BANNER}<div></div></form>`), DASHBOARD, noNames)).toEqual(MATCH);
  });

  it('nothing is read from a form, a section or a modal nested in the banner', () => {
    for (const inner of ['form', 'section', 'dialog open', 'table']) {
      const tag = inner.split(' ')[0];
      const doc = parse(
        `<header><${inner}><dl><dt>Unité</dt><dd>INNER</dd></dl></${tag}></header><main></main>`,
      );
      expect(names(doc, DASHBOARD, noNames), inner).toEqual(MATCH);
    }
  });

  describe('with real layout (a measured box)', () => {
    const measured = (doc: Document, top: number, position = 'static'): Document => {
      const banner = doc.querySelector('header');
      if (!banner) throw new Error('no header');
      const box = { top, left: 0, width: 1000, height: 60, right: 1000, bottom: top + 60, x: 0, y: top };
      Object.defineProperty(banner, 'getBoundingClientRect', {
        value: () => ({ ...box, toJSON: () => box }),
      });
      (banner as HTMLElement).style.position = position;
      return doc;
    };
    const page = () => parse(`${APP_BANNER}<main></main>`);

    it('reads a banner whose top is near the top of the page', () => {
      expect(names(measured(page(), 0), DASHBOARD, APP_NAMES)).toEqual(MATCH);
      expect(names(measured(page(), 150), DASHBOARD, APP_NAMES)).toEqual(MATCH);
    });

    it('does not read a banner drawn lower down the page', () => {
      expect(names(measured(page(), 640), DASHBOARD, noNames)).toEqual(MATCH);
    });

    it('counts in document coordinates; a fixed or sticky bar by its viewport top, whatever the scroll', () => {
      const saved = new Map<Window, PropertyDescriptor | undefined>();
      const scrolled = (doc: Document, by: number): Document => {
        const view = doc.defaultView;
        if (!view) throw new Error('no window');
        if (!saved.has(view)) saved.set(view, Object.getOwnPropertyDescriptor(view, 'scrollY'));
        Object.defineProperty(view, 'scrollY', { value: by, configurable: true });
        return doc;
      };
      try {
        // Scrolled 800 px down: a header at the viewport's top is 800 px down the document.
        expect(names(scrolled(measured(page(), 0), 800), DASHBOARD, noNames)).toEqual(MATCH);
        expect(names(scrolled(measured(page(), -780), 800), DASHBOARD, APP_NAMES)).toEqual(MATCH);
        expect(names(scrolled(measured(page(), 0, 'fixed'), 800), DASHBOARD, APP_NAMES)).toEqual(MATCH);
        expect(names(scrolled(measured(page(), 0, 'sticky'), 800), DASHBOARD, APP_NAMES)).toEqual(MATCH);
      } finally {
        for (const [view, descriptor] of saved) {
          if (descriptor) Object.defineProperty(view, 'scrollY', descriptor);
          else Reflect.deleteProperty(view, 'scrollY');
        }
      }
    });
  });
});

describe('names: labels match exactly, never by prefix', () => {
  it.each([
    "Unité d'hospitalisation",
    "Structure d'accueil",
    'Unité de soins (3)',
    'Unités',
    'Unités de soins',
    'Unité de soins intensifs',
    'Établissements',
    'Établissement de santé',
    'Structure :  nom',
  ])('"%s" is not the structure or unit label', (label) => {
    const doc = parse(`<header><dl><dt>${label}</dt><dd>VALUE</dd></dl></header><main></main>`);
    expect(names(doc, DASHBOARD, noNames)).toEqual(MATCH);
  });

  it.each([
    ['UNITÉ :', 'unitName'],
    ['Unite', 'unitName'],
    ['Unité de soins', 'unitName'],
    ['Établissement\u00a0:', 'structureName'],
    ['  structure  ', 'structureName'],
  ])('"%s" is the %s label (case, accents, spaces and a trailing colon ignored)', (label, field) => {
    const doc = parse(`<header><dl><dt>${label}</dt><dd>VALUE</dd></dl></header><main></main>`);
    expect(names(doc, DASHBOARD, { [field]: 'VALUE' })).toEqual(MATCH);
  });
});

describe('names: never from a form control', () => {
  it.each([
    [
      'a select after a label',
      '<label>Unité</label><select><option>U0</option><option selected>U1</option></select>',
    ],
    ['a select in a dd', '<dl><dt>Unité</dt><dd><select><option selected>U1</option></select></dd></dl>'],
    ['an input in a dd', '<dl><dt>Unité</dt><dd><input value="U1"></dd></dl>'],
    ['an input in a label id', '<span id="ctl00_lblUnite"><input value="U1"></span>'],
    ['a textarea', '<dl><dt>Unité</dt><dd><textarea>U1</textarea></dd></dl>'],
    ['a button', '<dl><dt>Unité</dt><dd><button>U1</button></dd></dl>'],
    ['a combobox', '<label>Unité</label><div role="combobox">U1</div>'],
  ])('%s yields nothing', (_, banner) => {
    const doc = parse(`<header>${banner}</header><main></main>`);
    expect(names(doc, DASHBOARD, noNames)).toEqual(MATCH);
    expect(JSON.stringify(readPage(doc, DASHBOARD))).not.toContain('U1');
  });
});

describe('names: a value that is more than a name is not one', () => {
  it.each([
    'Maladies infectieuses – chambre 12 – NOM Prénom',
    'Service A - lit 4 - DUPONT',
    'né le 12/03/1961',
    'Suivi 1985-03-14',
    '1 85 03 75 114 023 47',
    'Tél. 06 99 99 99 99',
  ])('"%s" is not read', (value) => {
    const doc = parse(`<header><dl><dt>Unité</dt><dd>${value}</dd></dl></header><main></main>`);
    expect(names(doc, DASHBOARD, noNames)).toEqual(MATCH);
  });

  it.each(['Centre Hospitalier Fictif – Site Nord', 'ACT Imaginaire n° 12', 'Unité 3B'])(
    '"%s" is a name',
    (value) => {
      const doc = parse(`<header><dl><dt>Unité</dt><dd>${value}</dd></dl></header><main></main>`);
      expect(names(doc, DASHBOARD, { unitName: value })).toEqual(MATCH);
    },
  );
});

describe('account: the habilitations table', () => {
  const account = new URL(`${APP}/Administration/MonCompte`);
  const table = (head: string, body: string) =>
    parse(
      `<section><h2>Mes habilitations</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`,
    );

  it('finds columns by their labels whatever their order', () => {
    const doc = table(
      '<th>Réception des mails</th><th>UNITÉ</th><th>Habilitation</th><th>Établissement</th>',
      '<tr><td>Oui</td><td>U1</td><td>Gestionnaire  administratif et SOCIAL</td><td>E1</td></tr>',
    );
    expect(readPage(doc, account)).toMatchObject({
      habilitations: [{ habilitation: 'gestionnaire', hasUnit: true }],
      hasCreatingHabilitation: true,
    });
  });

  it.each([
    ['EQUIPE  SOIGNANTE', true],
    ['Sanitaire - Prescripteur médical', true],
    ['Consultation', false],
    ['Référent structure', false],
    ['Equipe', false],
    ['Gestionnaire administratif & social', true],
    ['gestionnaire ADMINISTRATIF &amp; Social', true],
    ['Équipe Soignante', true],
    ['Prescripteur   Médical', true],
    ['Prescripteur', false],
  ])('habilitation %j allows creating requests: %s', (habilitation, creating) => {
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      `<tr><td>E</td><td>U</td><td>${habilitation}</td></tr>`,
    );
    expect(readPage(doc, account).hasCreatingHabilitation).toBe(creating);
  });

  it('keeps a row with no unit, as a row naming no unit', () => {
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      '<tr><td>E</td><td> </td><td>Consultation</td></tr>',
    );
    const context = readPage(doc, account);
    expect(context.habilitations).toEqual([{ habilitation: 'other', hasUnit: false }]);
    expect(matchSituation(context, {})).toBe('no-unit');
  });

  it('a creating habilitation on a row naming no unit: the user can create requests', () => {
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      '<tr><td>E</td><td> </td><td>Equipe soignante</td></tr>',
    );
    const context = readPage(doc, account);
    expect(context.habilitations).toEqual([{ habilitation: 'equipe-soignante', hasUnit: false }]);
    expect(matchSituation(context, {})).toBe('how-to-request');
  });

  it('is pending while the table has no row and no empty message (rows still loading)', () => {
    const doc = table('<th>Établissement</th><th>Unité</th><th>Habilitation</th>', '');
    const context = readPage(doc, account);
    expect(context.pending).toBe(true);
    expect(context.habilitations).toBeUndefined();
  });

  it('is pending before the section renders, complete once it has', () => {
    const doc = parse('<app-root></app-root>');
    expect(readPage(doc, account).pending).toBe(true);
    const root = doc.querySelector('app-root');
    const heading = doc.createElement('h2');
    heading.textContent = 'Mes habilitations';
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'Aucune habilitation.';
    const section = doc.createElement('section');
    section.append(heading, paragraph);
    root?.append(section);
    expect(readPage(doc, account).pending).toBeUndefined();
    expect(readPage(doc, account).habilitations).toEqual([]);
  });

  it('gives no cell text back, however long', () => {
    const long = 'Établissement '.repeat(30);
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      `<tr><td>${long}</td><td>U</td><td>Consultation</td></tr>`,
    );
    expect(JSON.stringify(readPage(doc, account))).not.toMatch(/Établissement|Consultation/u);
  });
});

describe('establishment: the units section', () => {
  const fiche = new URL(`${APP}/Administration/Etablissement/1`);
  const tabs = (selected: 'infos' | 'unites', panel: string) =>
    parse(`<div role="tablist">
      <div role="tab" aria-controls="p-infos" aria-selected="${selected === 'infos'}">Informations générales</div>
      <div role="tab" aria-controls="p-unites" aria-selected="${selected === 'unites'}">Unités de soins</div></div>${panel}`);

  it('is unknown (pending) while another tab is shown: an absent panel is not an empty one', () => {
    const context = readPage(tabs('infos', '<div role="tabpanel" id="p-infos"><p>FINESS</p></div>'), fiche);
    expect(context.unitsListed).toBeUndefined();
    expect(context.pending).toBe(true);
    expect(matchSituation(context, {})).toBe('how-to-request');
  });

  it('is unknown for a hidden panel', () => {
    const doc = tabs('unites', '<div role="tabpanel" id="p-unites" hidden><ul><li>U</li></ul></div>');
    expect(readPage(doc, fiche).unitsListed).toBeUndefined();
  });

  it('lists units from a list or a table', () => {
    expect(
      readPage(tabs('unites', '<div role="tabpanel" id="p-unites"><ul><li>U</li></ul></div>'), fiche)
        .unitsListed,
    ).toBe(true);
    const table = '<table><tr><th>Unité</th><th>Places</th></tr><tr><td>U</td><td>3</td></tr></table>';
    expect(
      readPage(tabs('unites', `<div role="tabpanel" id="p-unites">${table}</div>`), fiche).unitsListed,
    ).toBe(true);
  });

  it('finds the panel of a tab without aria-controls through aria-labelledby', () => {
    const doc = parse(`<div role="tablist"><div role="tab">Informations générales</div>
      <div role="tab" id="t-unites" aria-selected="true">Unités de soins</div></div>
      <div role="tabpanel" aria-labelledby="t-unites"><ul role="list"><li>U</li></ul></div>`);
    expect(readPage(doc, fiche)).toMatchObject({ pageKind: 'establishment', unitsListed: true });
  });

  it('says no unit only on an empty message', () => {
    const empty = '<table><thead><tr><th>Unité</th><th>Places</th></tr></thead><tbody></tbody></table>';
    expect(readPage(tabs('unites', `<div role="tabpanel" id="p-unites">${empty}</div>`), fiche).pending).toBe(
      true,
    );
    const message = `${empty}<p>AUCUNE UNITÉ de soins.</p>`;
    expect(
      readPage(tabs('unites', `<div role="tabpanel" id="p-unites">${message}</div>`), fiche),
    ).toMatchObject({ unitsListed: false });
  });
});

describe("establishment: the user's own fiche or another's", () => {
  const fiche = new URL(`${APP}/Annuaires/Etablissement/2`);
  const UNITS = `<section><h2>Informations générales</h2></section>
    <section><h2>Unités de soins</h2><p>Aucune unité de soins.</p></section>`;
  const page = (banner: string, title: string) =>
    parse(`<header>${banner}<a href="/Logout.aspx">Déconnexion</a></header><main>${title}${UNITS}</main>`);
  const BANNER = '<span id="ctl00_lblStructure">ACT Les  Tilleuls</span>';

  it.each<[string, string, string, boolean | undefined]>([
    [
      'the title names the banner structure, case, accents and spaces aside',
      BANNER,
      '<h1>act les tilléuls</h1>',
      true,
    ],
    ['the title names another structure', BANNER, '<h1>Centre Lointain</h1>', false],
    ['the banner shows no structure: unknown', '', '<h1>ACT Les Tilleuls</h1>', undefined],
    ['the fiche shows no title: unknown', BANNER, '', undefined],
    ['an empty title: unknown', BANNER, '<h1> </h1>', undefined],
  ])('%s', (_what, banner, title, own) => {
    const context = readPage(page(banner, title), fiche);
    expect(context.pageKind).toBe('establishment');
    expect(context.unitsListed).toBe(false);
    expect(context.ownEstablishment).toBe(own);
    // Only the user's own fiche gives no-unit.
    expect(matchSituation(context, {})).toBe(own === true ? 'no-unit' : 'how-to-request');
  });

  it("never keeps the fiche's title: only a boolean leaves", () => {
    const context = readPage(page(BANNER, '<h1>Centre Lointain Secret</h1>'), fiche);
    expect(JSON.stringify(context)).not.toContain('Lointain');
  });

  it('a banner that renders after the fiche is waited for, then compared like one there from the start', () => {
    const doc = parse(`<app-root><main><h1>ACT Les Tilleuls</h1>${UNITS}</main></app-root>`);
    // The units are known, the banner is not there yet: read again (late-render) for the comparison.
    expect(readPage(doc, fiche)).toMatchObject({ unitsListed: false, pending: true });
    expect(readPage(doc, fiche).ownEstablishment).toBeUndefined();
    const header = doc.createElement('header');
    const value = doc.createElement('span');
    value.id = 'ctl00_lblStructure';
    value.textContent = 'ACT Les Tilleuls';
    header.append(value);
    doc.querySelector('app-root')?.prepend(header);
    const context = readPage(doc, fiche);
    expect(context).toMatchObject({ unitsListed: false, ownEstablishment: true, structureShown: true });
    expect(context.pending).toBeUndefined();
    expect(matchSituation(context, {})).toBe('no-unit');
  });
});

describe('other pages', () => {
  it('an Angular page with nothing rendered is pending; once a heading shows, complete', () => {
    const url = new URL(`${APP}/Annuaires/Recherche`);
    const doc = parse('<app-root></app-root>');
    expect(readPage(doc, url)).toEqual({ pageKind: 'other', loggedIn: true, pending: true });
    const heading = doc.createElement('h1');
    heading.textContent = 'Annuaires';
    doc.querySelector('app-root')?.append(heading);
    expect(readPage(doc, url)).toEqual({ pageKind: 'other', loggedIn: true });
  });

  it('a public page is never pending', () => {
    expect(readPage(parse(''), new URL(CHARTE)).pending).toBeUndefined();
  });
});

describe('never throws', () => {
  const broken = new Proxy({} as Document, {
    get() {
      throw new Error('broken document');
    },
  });

  it.each([
    [`${APP}/Sanitaire/TDB/Demandeur`, { pageKind: 'dashboard', loggedIn: true }],
    [`${APP}/Administration/MonCompte`, { pageKind: 'account', loggedIn: true }],
    [CHARTE, { pageKind: 'other', loggedIn: false }],
    [
      'https://trajectoire.sante-ra.fr/Trajectoire/Pages/AccesLibre/Login.aspx',
      { pageKind: 'login', loggedIn: false },
    ],
  ])('on a document that throws, %s gives what its address says', (address, expected) => {
    expect(() => readPage(broken, new URL(address))).not.toThrow();
    expect(readPage(broken, new URL(address))).toEqual(expected);
    expect(readPage(broken, new URL(address)).pending).toBeUndefined();
  });

  it('on an address that throws, gives other and logged out', () => {
    const brokenUrl = new Proxy({} as URL, {
      get() {
        throw new Error('broken address');
      },
    });
    expect(readPage(broken, brokenUrl)).toEqual({ pageKind: 'other', loggedIn: false });
    expect(contextFromAddress(brokenUrl)).toEqual({ pageKind: 'other', loggedIn: false });
  });
});

// readPage on the saved pages: the page kind and context each gives, and proof that it reads only
// the chrome (never the body's text, never a patient zone or a dashboard row).
import { afterEach, describe, expect, it } from 'vitest';
import { matchSituation } from '../../content/match';
import {
  contextFromAddress,
  contextIsComplete,
  type PageContext,
  readPage,
} from '../../content/viatrajectoire/read';
import { patientZones } from '../../content/viatrajectoire/selectors';
import { fixtureDocument, fixturePages, fixtureUrl } from './fixture-pages';

const HOSTILE_STRUCTURE = "Centre <img src=x onerror=alert(1)> de l'Exemple";
const APP = 'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx';
const CHARTE = 'https://trajectoire.sante-ra.fr/Trajectoire/Pages/AccesLibre/Charte.aspx';

const read = (name: string): PageContext => readPage(fixtureDocument(name), fixtureUrl(name));

/** A Document from markup, in the test only. */
const parse = (html: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

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
      structureName: HOSTILE_STRUCTURE,
      unitName: 'Équipe mobile précarité',
    },
  ],
  [
    'request',
    {
      pageKind: 'request',
      loggedIn: true,
      structureName: 'Hôpital Fictif Saint-Exemple',
      unitName: 'Service social',
    },
  ],
  [
    'account-prescriber',
    {
      pageKind: 'account',
      loggedIn: true,
      structureName: 'CSAPA Fictif du Canal',
      unitName: 'Consultations avancées',
      habilitations: [
        { establishment: 'Association Exemple Solidarité', unit: 'Siège', habilitation: 'Consultation' },
        {
          establishment: 'CSAPA Fictif du Canal',
          unit: 'Consultations avancées',
          habilitation: 'Équipe Soignante',
        },
      ],
      hasCreatingHabilitation: true,
    },
  ],
  [
    'account-no-habilitation',
    {
      pageKind: 'account',
      loggedIn: true,
      habilitations: [
        {
          establishment: 'Maison Départementale Exemple',
          unit: 'Pôle insertion',
          habilitation: 'Consultation',
        },
        {
          establishment: 'Maison Départementale Exemple',
          unit: 'Pôle insertion',
          habilitation: 'Référent structure',
        },
      ],
      hasCreatingHabilitation: false,
    },
  ],
  [
    'account-no-row',
    { pageKind: 'account', loggedIn: true, habilitations: [], hasCreatingHabilitation: false },
  ],
  [
    'establishment-units',
    {
      pageKind: 'establishment',
      loggedIn: true,
      structureName: 'ACT Les Tilleuls Imaginaires',
      unitsListed: true,
    },
  ],
  ['establishment-no-unit', { pageKind: 'establishment', loggedIn: true, unitsListed: false }],
  [
    'other-annuaires',
    {
      pageKind: 'other',
      loggedIn: true,
      structureName: 'Hôpital Fictif Saint-Exemple',
      unitName: 'Service social',
    },
  ],
  ['other-public-charte', { pageKind: 'other', loggedIn: false }],
  ['dashboard-fixed-banner', { pageKind: 'dashboard', loggedIn: true }],
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

  it('gives hostile markup in a name back as plain text', () => {
    const { structureName } = read('dashboard');
    expect(typeof structureName).toBe('string');
    expect(structureName).toBe(HOSTILE_STRUCTURE);
  });

  it.each(fixturePages)('$name: the chrome is complete once rendered', (page) => {
    expect(contextIsComplete(fixtureDocument(page.name), fixtureUrl(page.name))).toBe(true);
  });
});

// --- What the reader reads ------------------------------------------------------------------------

type Recorded = { node: Node; property: string };

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

describe('what readPage reads', () => {
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
      const text = recorder.originalText(node);
      for (const patientString of page.patientData) {
        expect(text, `read a node holding patient data: <${element.localName}>`).not.toContain(patientString);
      }
    }
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
  it('never takes a name from a patient zone or a data row, even under a header', () => {
    const doc =
      parse(`<service-demandeur><header><dl><dt>Établissement :</dt><dd>PATIENT ZONE</dd></dl></header></service-demandeur>
      <header><table><tbody><tr><td><dl><dt>Unité :</dt><dd>DATA ROW</dd></dl></td></tr></tbody></table></header>
      <header><etat-civil><span id="x_lblEtablissement">CIVIL STATUS</span></etat-civil></header>`);
    const context = readPage(doc, new URL(`${APP}/Sanitaire/Dossier/Edition/1`));
    expect(context).toEqual({ pageKind: 'request', loggedIn: true });
  });

  it('takes a label-value pair and a chooser from the header', () => {
    const doc = parse(`<header><dl><dt>STRUCTURE :</dt><dd>  S  1 </dd></dl>
      <label>Unité de soins</label><select><option>U0</option><option selected>U1</option></select></header>`);
    expect(readPage(doc, new URL(CHARTE))).toMatchObject({ structureName: 'S 1', unitName: 'U1' });
  });

  it('caps a long name at 120 characters', () => {
    const doc = parse(`<header><span id="ctl00_lblEtablissement">${'x'.repeat(500)}</span></header>`);
    expect(readPage(doc, new URL(CHARTE)).structureName).toBe('x'.repeat(120));
  });
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
      habilitations: [
        { establishment: 'E1', unit: 'U1', habilitation: 'Gestionnaire administratif et SOCIAL' },
      ],
      hasCreatingHabilitation: true,
    });
  });

  it.each([
    ['EQUIPE  SOIGNANTE', true],
    ['Sanitaire - Prescripteur médical', true],
    ['Consultation', false],
    ['Référent structure', false],
    ['Equipe', false],
  ])('habilitation %j allows creating requests: %s', (habilitation, creating) => {
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      `<tr><td>E</td><td>U</td><td>${habilitation}</td></tr>`,
    );
    expect(readPage(doc, account).hasCreatingHabilitation).toBe(creating);
  });

  it('keeps a row with no unit, with an empty unit', () => {
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      '<tr><td>E</td><td> </td><td>Equipe soignante</td></tr>',
    );
    const context = readPage(doc, account);
    expect(context.habilitations).toEqual([
      { establishment: 'E', unit: '', habilitation: 'Equipe soignante' },
    ]);
    expect(matchSituation(context, {})).toBe('no-unit');
  });

  it('is pending while the table has no row and no empty message (rows still loading)', () => {
    const doc = table('<th>Établissement</th><th>Unité</th><th>Habilitation</th>', '');
    const context = readPage(doc, account);
    expect(context.pending).toBe(true);
    expect(context.habilitations).toBeUndefined();
    expect(contextIsComplete(doc, account)).toBe(false);
  });

  it('is pending before the section renders, complete once it has', () => {
    const doc = parse('<app-root></app-root>');
    expect(contextIsComplete(doc, account)).toBe(false);
    const root = doc.querySelector('app-root');
    const heading = doc.createElement('h2');
    heading.textContent = 'Mes habilitations';
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'Aucune habilitation.';
    const section = doc.createElement('section');
    section.append(heading, paragraph);
    root?.append(section);
    expect(contextIsComplete(doc, account)).toBe(true);
    expect(readPage(doc, account).habilitations).toEqual([]);
  });

  it('caps long names', () => {
    const long = 'Établissement '.repeat(30);
    const doc = table(
      '<th>Établissement</th><th>Unité</th><th>Habilitation</th>',
      `<tr><td>${long}</td><td>U</td><td>Consultation</td></tr>`,
    );
    const establishment = readPage(doc, account).habilitations?.[0]?.establishment ?? '';
    expect(Array.from(establishment)).toHaveLength(120);
    expect(long.startsWith(establishment)).toBe(true);
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
    expect(contextIsComplete(parse(''), new URL(CHARTE))).toBe(true);
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
    expect(contextIsComplete(broken, new URL(address))).toBe(true);
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

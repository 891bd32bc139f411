// The same page written the ways common Angular UI kits write it: each variant fixture gives the page
// kind, the situation and the facts of its reference page (written the way the reader first knew),
// and the rules that keep names and patient data out hold for each way of writing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSituation } from '../../content/match';
import { type PageContext, readPage } from '../../content/viatrajectoire/read';
import { BOOTSTRAP_ACTIVE } from '../../content/viatrajectoire/tabs/bootstrap';
import { MATERIAL_ACTIVE } from '../../content/viatrajectoire/tabs/mat';
import { PRIME_ACTIVE } from '../../content/viatrajectoire/tabs/prime';
import { MATCH, type Names, names, noNames } from './banner-names';
import { fixtureDocument, fixtureHtml, fixtureNames, fixtureUrl } from './fixture-pages';

const APP = 'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx';
const DASHBOARD = new URL(`${APP}/Sanitaire/TDB/Demandeur`);
const ACCOUNT = new URL(`${APP}/Administration/MonCompte`);
/** An address no detector knows: the kind comes from the page's headings and tabs. */
const UNKNOWN = new URL(`${APP}/Administration/Structure/1`);

const read = (name: string): PageContext => readPage(fixtureDocument(name), fixtureUrl(name));
const parse = (html: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
const activeTabClasses = [...BOOTSTRAP_ACTIVE, ...MATERIAL_ACTIVE, ...PRIME_ACTIVE];

interface Variant {
  variant: string;
  reference: string;
  /** The banner names, where the variant's banner shows other names than its reference's. */
  names?: Names;
}

const variants: Variant[] = [
  // The first failure seen: a fiche whose tabs carry no ARIA roles was not recognised.
  { variant: 'establishment-no-unit-bootstrap', reference: 'establishment-no-unit' },
  { variant: 'establishment-no-unit-p-tabpanel', reference: 'establishment-no-unit' },
  { variant: 'establishment-units-mat-tab', reference: 'establishment-units' },
  { variant: 'establishment-units-mat-legacy', reference: 'establishment-units' },
  { variant: 'establishment-units-primeng', reference: 'establishment-units' },
  // Tabs as a plain list, panes linked to nothing: the one visible pane is the active tab's.
  {
    variant: 'establishment-units-plain-list',
    reference: 'establishment-units',
    names: { structureName: 'ACT Les Tilleuls Imaginaires', unitName: 'Appartements' },
  },
  { variant: 'establishment-no-unit-plain-list', reference: 'establishment-no-unit' },
  // The second failure seen: a banner writing establishment and unit in one line gave no names.
  {
    variant: 'account-grid',
    reference: 'account-prescriber',
    names: { structureName: 'CSAPA Fictif du Canal', unitName: 'Consultations avancées' },
  },
  { variant: 'account-cards', reference: 'account-prescriber' },
  {
    variant: 'dashboard-one-line',
    reference: 'dashboard',
    names: { structureName: 'CSAPA Fictif du Canal', unitName: 'Consultations avancées' },
  },
];

describe('each variant reads as its reference page', () => {
  it.each(variants)(
    '$variant: same kind, situation and facts as $reference',
    ({ variant, reference, names: shown }) => {
      const expected = {
        ...read(reference),
        ...(shown && {
          structureShown: shown.structureName !== undefined,
          unitShown: shown.unitName !== undefined,
        }),
      };
      expect(read(variant)).toEqual(expected);
      if (shown) expect(names(fixtureDocument(variant), fixtureUrl(variant), shown)).toEqual(MATCH);
      expect(matchSituation(read(variant), {})).toBe(matchSituation(read(reference), {}));
    },
  );

  const establishmentVariants = variants.filter(({ variant }) => variant.startsWith('establishment'));
  it('has establishment variants to check', () => {
    expect(establishmentVariants.length).toBeGreaterThan(0);
  });
  it.each(establishmentVariants)(
    '$variant: recognised by its tabs alone, at an address no detector knows',
    ({ variant }) => {
      expect(readPage(fixtureDocument(variant), UNKNOWN).pageKind).toBe('establishment');
    },
  );

  it('every variant fixture is in pages.json, and every class that marks a selected tab is met in one', () => {
    for (const { variant, reference } of variants)
      expect(fixtureNames).toEqual(expect.arrayContaining([variant, reference]));
    const sources = variants.map(({ variant }) => fixtureHtml(variant)).join('\n');
    for (const name of activeTabClasses)
      expect(sources, name).toMatch(new RegExp(`class="[^"]*\\b${name}\\b`, 'u'));
  });
});

// --- Tabs: only the panel shown for the tab is its section; another tab shown says "unknown" ------------

/** Moves the selected tab (and its shown panel) of a variant fixture to « Informations générales ». */
const selectOtherTab: Record<string, (doc: Document) => void> = {
  'establishment-no-unit-bootstrap': (doc) => {
    for (const element of doc.querySelectorAll('.active')) element.classList.remove('active');
    doc.querySelector('a[href="#infos"]')?.classList.add('active');
    doc.getElementById('infos')?.classList.add('active');
  },
  'establishment-units-mat-tab': (doc) => {
    const [infos, units] = Array.from(doc.querySelectorAll('.mdc-tab'));
    units?.classList.remove('mdc-tab--active');
    infos?.classList.add('mdc-tab--active');
    // With preserveContent, Material keeps an unselected body's content (hidden by its styles only).
    const [infosBody, unitsBody] = Array.from(doc.querySelectorAll('mat-tab-body'));
    unitsBody?.classList.remove('mat-mdc-tab-body-active');
    infosBody?.classList.add('mat-mdc-tab-body-active');
  },
  'establishment-units-mat-legacy': (doc) => {
    const [infos, units] = Array.from(doc.querySelectorAll('.mat-tab-label'));
    units?.classList.remove('mat-tab-label-active');
    infos?.classList.add('mat-tab-label-active');
    // By default, Material keeps every body and detaches the content of the unselected ones.
    const [infosBody, unitsBody] = Array.from(doc.querySelectorAll('mat-tab-body'));
    unitsBody?.classList.remove('mat-tab-body-active');
    unitsBody?.replaceChildren();
    infosBody?.classList.add('mat-tab-body-active');
  },
  'establishment-units-primeng': (doc) => {
    const [infos, units] = Array.from(doc.querySelectorAll('.p-tabview-nav > li'));
    units?.classList.remove('p-highlight');
    infos?.classList.add('p-highlight');
    const [infosPanel, unitsPanel] = Array.from(doc.querySelectorAll('.p-tabview-panel'));
    unitsPanel?.setAttribute('hidden', '');
    infosPanel?.removeAttribute('hidden');
  },
  'establishment-units-plain-list': (doc) => {
    const [infos, units] = Array.from(doc.querySelectorAll('ul.onglets > li'));
    units?.classList.remove('active');
    infos?.classList.add('active');
    const [infosPane, unitsPane] = Array.from(doc.querySelectorAll('.contenu-onglets > div'));
    infosPane?.removeAttribute('style');
    unitsPane?.setAttribute('style', 'display: none');
  },
  'establishment-no-unit-p-tabpanel': (doc) => {
    doc.querySelector('p-tabpanel[header="Unités de soins"]')?.setAttribute('hidden', '');
  },
};

describe('tabs of each kit: another tab shown means unknown, never empty', () => {
  it.each(Object.keys(selectOtherTab))('%s', (name) => {
    const doc = fixtureDocument(name);
    selectOtherTab[name]?.(doc);
    const context = readPage(doc, fixtureUrl(name));
    expect(context.pageKind).toBe('establishment');
    expect(context.unitsListed).toBeUndefined();
    expect(context.pending).toBe(true);
  });

  it('a plain list: two panes shown at once say nothing; no pane after the list says nothing', () => {
    const doc = fixtureDocument('establishment-units-plain-list');
    for (const pane of doc.querySelectorAll('.contenu-onglets > div')) pane.removeAttribute('style');
    expect(readPage(doc, UNKNOWN)).toMatchObject({ pageKind: 'establishment', pending: true });
    expect(readPage(doc, UNKNOWN).unitsListed).toBeUndefined();
    const bare = parse(
      `<main><ul><li>Informations générales</li><li class="active">Unités de soins</li></ul></main>`,
    );
    expect(readPage(bare, UNKNOWN)).toMatchObject({ pageKind: 'establishment', pending: true });
  });

  it('a menu in the chrome marking its current item « active » is not a row of tabs', () => {
    const doc =
      parse(`<nav><ul><li><a>Informations générales</a></li><li><a class="active">Unités de soins</a></li></ul></nav>
      <main><h1>Annuaire</h1></main>`);
    expect(readPage(doc, UNKNOWN).pageKind).toBe('other');
  });

  it('Bootstrap tabs with no tab marked selected: unknown', () => {
    const doc = fixtureDocument('establishment-no-unit-bootstrap');
    for (const element of doc.querySelectorAll('a.active')) element.classList.remove('active');
    expect(readPage(doc, UNKNOWN).pending).toBe(true);
  });

  it('ngbNav: the one pane its outlet renders, found without ids', () => {
    const doc = parse(`<main><h1>X</h1><div><ul class="nav nav-tabs">
      <li class="nav-item"><a class="nav-link">Informations générales</a></li>
      <li class="nav-item"><a class="nav-link active">Unités de soins</a></li></ul>
      <div class="tab-content"><div class="tab-pane active"><table><thead><tr><th>Unité</th></tr></thead>
      <tbody><tr><td>Appartements</td></tr></tbody></table></div></div></div></main>`);
    expect(readPage(doc, UNKNOWN)).toMatchObject({ pageKind: 'establishment', unitsListed: true });
  });

  it('Bootstrap 3: plain li tabs, the selected li.active, its pane by the link’s #target', () => {
    const doc = parse(`<main><ul class="nav nav-tabs">
      <li><a href="#i">Informations générales</a></li><li class="active"><a href="#u">Unités de soins</a></li></ul>
      <div class="tab-content"><div id="i" class="tab-pane"></div>
      <div id="u" class="tab-pane active"><ul><li>Appartements</li></ul></div></div></main>`);
    expect(readPage(doc, UNKNOWN)).toMatchObject({ pageKind: 'establishment', unitsListed: true });
  });

  it('a hidden Bootstrap pane is unknown, though its tab is selected', () => {
    const doc = fixtureDocument('establishment-no-unit-bootstrap');
    doc.getElementById('unites')?.setAttribute('hidden', '');
    expect(readPage(doc, UNKNOWN).pending).toBe(true);
  });

  it('Material: each group’s labels and bodies are matched within their own group', () => {
    // An inner tab group before the units body must not shift the positions.
    const doc = fixtureDocument('establishment-units-mat-tab');
    const [infosBody] = Array.from(doc.querySelectorAll('mat-tab-body'));
    infosBody?.insertAdjacentHTML(
      'afterbegin',
      '<mat-tab-group><div class="mdc-tab">A</div><mat-tab-body class="mat-mdc-tab-body-active"></mat-tab-body></mat-tab-group>',
    );
    expect(readPage(doc, UNKNOWN).unitsListed).toBe(true);
  });
});

// --- Tables and cards ---------------------------------------------------------------------------------

describe('tables and cards of each kit', () => {
  it('a grid in the « Mes habilitations » section is read as a table; a dashboard’s grid never gives a name', () => {
    expect(read('account-grid').hasCreatingHabilitation).toBe(true);
    const doc = parse(`<header><div role="grid"><div role="row"><div role="gridcell">Unité : PATIENT</div>
      <div role="gridcell"><dl><dt>Unité</dt><dd>PATIENT</dd></dl></div></div></div></header><main></main>`);
    expect(JSON.stringify(readPage(doc, DASHBOARD))).not.toContain('PATIENT');
  });

  it('a grid in the units section is read as a table: its rows are units', () => {
    const doc = parse(`<main><h2>Informations générales</h2><section><h2>Unités de soins</h2><div role="grid">
      <div role="row"><div role="columnheader">Unité</div></div>
      <div role="row"><div role="gridcell">Appartements</div></div></div></section></main>`);
    expect(readPage(doc, UNKNOWN)).toMatchObject({ pageKind: 'establishment', unitsListed: true });
  });

  it('an empty grid with its message says no habilitation', () => {
    const doc = parse(`<main><section><h4>Mes habilitations</h4><div role="grid">
      <div role="row"><div role="columnheader">Habilitation</div><div role="columnheader">Unité</div></div>
      <div role="row"><div role="gridcell" colspan="2">Aucune habilitation</div></div></div></section></main>`);
    expect(readPage(doc, ACCOUNT)).toMatchObject({ habilitations: [], hasCreatingHabilitation: false });
  });

  it('cards are read in the section only: a card elsewhere on the page is not a habilitation', () => {
    const doc = parse(
      `<main><h1>Mon compte</h1><div class="card"><label>Habilitation</label><span>Prescripteur médical</span></div></main>`,
    );
    const context = readPage(doc, ACCOUNT);
    expect(context.habilitations).toBeUndefined();
    expect(context.pending).toBe(true);
  });

  it('a units section with cards lists units only when a card has a unit label', () => {
    const units = (card: string) =>
      readPage(
        parse(
          `<main><h2>Informations générales</h2><section><h2>Unités de soins</h2>${card}</section></main>`,
        ),
        UNKNOWN,
      ).unitsListed;
    expect(units('<div class="card"><span class="label">Unité</span><span>Appartements</span></div>')).toBe(
      true,
    );
    expect(
      units('<div class="card"><span class="label">Adresse</span><span>1 rue</span></div>'),
    ).toBeUndefined();
  });
});

// --- Banner pairs ---------------------------------------------------------------------------------------

describe('banner pairs of each kind', () => {
  it.each([' | ', ' – ', ' · ', '|'])('one line separated by « %s » gives both names', (separator) => {
    const doc = parse(
      `<header><span>Établissement : Centre X${separator}Unité : Équipe Y</span></header><main></main>`,
    );
    expect(names(doc, DASHBOARD, { structureName: 'Centre X', unitName: 'Équipe Y' })).toEqual(MATCH);
  });

  it('one line: labels match exactly', () => {
    const doc = parse(
      "<header><span>Unité d'hospitalisation : PATIENT | Structure d'accueil : PATIENT</span></header><main></main>",
    );
    expect(names(doc, DASHBOARD, {})).toEqual(MATCH);
  });

  it('one line: each value passes the more-than-a-name check; a part with no label stays in its value', () => {
    const doc = parse(
      '<header><span>Établissement : Centre X | Unité : Maladies infectieuses – chambre 12 – NOM Prénom</span></header><main></main>',
    );
    expect(names(doc, DASHBOARD, { structureName: 'Centre X' })).toEqual(MATCH);
    const dated = parse(
      '<header><span>Unité : né le 12/03/1961 | Établissement : Centre X</span></header><main></main>',
    );
    expect(names(dated, DASHBOARD, { structureName: 'Centre X' })).toEqual(MATCH);
  });

  it.each([
    ['in the main content', '<header></header><main><p>Établissement : PATIENT | Unité : PATIENT</p></main>'],
    ['in a section of the banner', '<header><section><p>Unité : PATIENT</p></section></header><main></main>'],
    [
      'in a chooser of the banner',
      '<header><select><option>Unité : PATIENT</option></select></header><main></main>',
    ],
    [
      'in a patient header after the banner',
      '<header></header><main><header>Unité : PATIENT</header></main>',
    ],
  ])('one line %s gives no name', (_, html) => {
    expect(names(parse(html), DASHBOARD, noNames)).toEqual(MATCH);
  });

  it('a request file written the variants’ ways: nothing named; the same page at a dashboard address: the app banner’s names only', () => {
    expect(read('request-variants')).toEqual({ pageKind: 'request', loggedIn: true });
    expect(
      names(fixtureDocument('request-variants'), DASHBOARD, {
        structureName: 'Hôpital Fictif des Bruyères',
        unitName: 'Équipe mobile fictive',
      }),
    ).toEqual(MATCH);
  });

  it('one line on a request file gives no name', () => {
    const doc = parse(
      '<header><span>Établissement : Centre X | Unité : Équipe Y</span></header><main></main>',
    );
    expect(names(doc, new URL(`${APP}/Sanitaire/Dossier/Edition/900001`), {})).toEqual(MATCH);
  });

  it('a label/value table (th/td) in the banner gives the name; a table of records does not', () => {
    const keyValue =
      '<table><tr><th>Établissement</th><td>Centre X</td></tr><tr><th>Unité :</th><td>Équipe Y</td></tr></table>';
    expect(
      names(parse(`<header>${keyValue}</header><main></main>`), DASHBOARD, {
        structureName: 'Centre X',
        unitName: 'Équipe Y',
      }),
    ).toEqual(MATCH);
    const records = [
      '<table><thead><tr><th>Unité</th><th>Patient</th></tr></thead><tbody><tr><td>PATIENT</td><td>PATIENT</td></tr></tbody></table>',
      `<table>${'<tr><th>Unité</th><td>PATIENT</td></tr>'.repeat(5)}</table>`,
      '<table><tr><th>Unité</th><td>PATIENT</td><td>PATIENT</td></tr></table>',
      '<table role="grid"><tr><th>Unité</th><td>PATIENT</td></tr></table>',
      '<section><table><tr><th>Unité</th><td>PATIENT</td></tr></table></section>',
      "<table><tr><th>Unité d'hospitalisation</th><td>PATIENT</td></tr></table>",
    ];
    for (const table of records)
      expect(names(parse(`<header>${table}</header><main></main>`), DASHBOARD, noNames), table).toEqual(
        MATCH,
      );
  });

  it('a value titled by its exact label (span[title]) gives the name; another title does not', () => {
    const titled = (title: string) =>
      parse(`<header><span title="${title}">Équipe Y</span></header><main></main>`);
    expect(names(titled('Unité'), DASHBOARD, { unitName: 'Équipe Y' })).toEqual(MATCH);
    expect(names(titled("Unité d'hospitalisation"), DASHBOARD, noNames)).toEqual(MATCH);
    expect(names(titled('Patient'), DASHBOARD, noNames)).toEqual(MATCH);
  });

  it('names of every kind of pair are read from the top banner only', () => {
    const pairs = [
      '<span title="Unité">PATIENT</span>',
      '<table><tr><th>Unité</th><td>PATIENT</td></tr></table>',
      '<span>Unité : PATIENT</span>',
    ];
    for (const pair of pairs) {
      const doc = parse(`<header></header><main><header>${pair}</header></main>`);
      expect(names(doc, DASHBOARD, noNames), pair).toEqual(MATCH);
    }
  });
});

// --- Every way of writing a pair, anywhere but the top banner: never read --------------------------------

/** A pair naming a unit or structure, in each way the banner may write one, its value a patient's. */
const PAIR_WAYS = [
  (label: string) => `<dl><dt>${label} :</dt><dd>PATIENT-VALUE</dd></dl>`,
  (label: string) => `<label>${label}</label><span>PATIENT-VALUE</span>`,
  (label: string) => `<span title="${label}">PATIENT-VALUE</span>`,
  (label: string) => `<table><tr><th>${label}</th><td>PATIENT-VALUE</td></tr></table>`,
  (label: string) => `<span>Patient : NOM | ${label} : PATIENT-VALUE</span>`,
];

/** Places that are not the app's top banner, or not chrome inside it. */
const NOT_THE_BANNER = [
  (pair: string) => `<header></header><main>${pair}</main>`,
  (pair: string) => `<header></header><main><header>${pair}</header></main>`,
  (pair: string) => `<header><section>${pair}</section></header><main></main>`,
  (pair: string) => `<header><form>${pair}</form></header><main></main>`,
  (pair: string) => `<header><div role="grid"><div role="row">${pair}</div></div></header><main></main>`,
  (pair: string) => `<header><etat-civil>${pair}</etat-civil></header><main></main>`,
  (pair: string) => `<header><div role="dialog">${pair}</div></header><main></main>`,
  (pair: string) => `<main></main><header>${pair}</header>`,
];

describe('a pair of any kind outside the top banner', () => {
  it('is never read, on any page kind that reads names', () => {
    const addresses = [DASHBOARD, ACCOUNT, UNKNOWN];
    fc.assert(
      fc.property(
        fc.constantFrom(...PAIR_WAYS),
        fc.constantFrom(...NOT_THE_BANNER),
        fc.constantFrom('Établissement', 'Structure', 'Unité', 'Unité de soins'),
        fc.constantFrom(...addresses),
        (pairWay, place, label, url) => {
          // Not even seen as the user's context (the reader gives no text back in any case).
          expect(names(parse(place(pairWay(label))), url, noNames)).toEqual(MATCH);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('each way of writing it is read in the top banner (so the property above means something)', () => {
    for (const pairWay of PAIR_WAYS) {
      const doc = parse(`<header>${pairWay('Unité')}</header><main></main>`);
      expect(names(doc, DASHBOARD, { unitName: 'PATIENT-VALUE' }), pairWay('Unité')).toEqual(MATCH);
    }
  });
});

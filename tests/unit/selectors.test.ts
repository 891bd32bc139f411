// Each selector alternative against the saved pages, with the count it must find (the Refined GitHub
// selectors test, on fixtures kept in the repo). When ViaTrajectoire changes, a fixture and a row change.
import { describe, expect, it } from 'vitest';
import { matchesNameLabel, matchesTitle, normalizeLabel } from '../../content/text';
import { labelLists, selectorLists } from '../../content/viatrajectoire/selectors';
import { fixtureDocument, fixtureNames } from './fixture-pages';

type SelectorList = keyof typeof selectorLists;

interface SelectorCase {
  list: SelectorList;
  alternative: string;
  fixture: string;
  /** Count inside the first element matching this, instead of the whole page. */
  within?: string;
  count: number;
}

const selectorCases: SelectorCase[] = [
  { list: 'patientZones', alternative: 'volet-administratif', fixture: 'request', count: 1 },
  { list: 'patientZones', alternative: 'etat-civil', fixture: 'request', count: 1 },
  { list: 'patientZones', alternative: 'service-demandeur', fixture: 'request', count: 1 },
  { list: 'patientZones', alternative: 'champs-obligatoires', fixture: 'request', count: 1 },
  { list: 'patientZones', alternative: 'etat-civil', fixture: 'dashboard', count: 0 },

  { list: 'dataRows', alternative: 'tbody', fixture: 'dashboard', count: 1 },
  { list: 'dataRows', alternative: '[role="row"]', fixture: 'dashboard', count: 2 },
  { list: 'dataRows', alternative: '[role="grid"]', fixture: 'dashboard', count: 1 },
  { list: 'dataRows', alternative: '[role="row"]', fixture: 'account-no-habilitation', count: 3 },

  { list: 'chromeZones', alternative: 'header', fixture: 'dashboard', count: 1 },
  // The second <header> is inside <service-demandeur>: the reader skips it (read.test.ts).
  { list: 'chromeZones', alternative: 'header', fixture: 'request', count: 2 },
  { list: 'chromeZones', alternative: '[role="banner"]', fixture: 'other-annuaires', count: 1 },
  { list: 'chromeZones', alternative: '[role="banner"]', fixture: 'login-lowercase', count: 1 },
  { list: 'chromeZones', alternative: 'nav', fixture: 'dashboard', count: 1 },
  { list: 'chromeZones', alternative: '[role="navigation"]', fixture: 'account-no-habilitation', count: 1 },
  { list: 'chromeZones', alternative: '[role="menu"]', fixture: 'dashboard', count: 1 },
  { list: 'chromeZones', alternative: '[role="menu"]', fixture: 'other-annuaires', count: 1 },

  { list: 'bannerZones', alternative: 'header', fixture: 'dashboard', count: 1 },
  // The top banner, the patient banner in <main> and a header in the request form: only the first is the app's.
  { list: 'bannerZones', alternative: 'header', fixture: 'request-patient-banner', count: 3 },
  { list: 'bannerZones', alternative: '[role="banner"]', fixture: 'dashboard-last-file', count: 1 },
  { list: 'bannerZones', alternative: 'nav', fixture: 'dashboard-last-file', count: 1 },
  { list: 'bannerZones', alternative: 'nav', fixture: 'other-patient-header', within: 'header', count: 1 },

  { list: 'mainContent', alternative: 'main', fixture: 'dashboard-last-file', count: 1 },
  { list: 'mainContent', alternative: 'main', fixture: 'other-patient-header', count: 0 },
  { list: 'mainContent', alternative: '[role="main"]', fixture: 'other-patient-header', count: 1 },

  { list: 'contentContainers', alternative: 'article', fixture: 'other-patient-header', count: 1 },
  // The alert before the banner, in document order.
  { list: 'contentContainers', alternative: 'section', fixture: 'dashboard-last-file', count: 1 },
  { list: 'contentContainers', alternative: 'aside', fixture: 'dashboard-last-file', count: 1 },
  { list: 'contentContainers', alternative: 'form', fixture: 'request-patient-banner', count: 1 },
  // The WebForms page form around banner and main: frame, not content (read.ts isPageForm).
  { list: 'contentContainers', alternative: 'form', fixture: 'establishment-no-unit', count: 1 },
  { list: 'contentContainers', alternative: 'fieldset', fixture: 'account-no-row', count: 1 },
  { list: 'contentContainers', alternative: 'dialog', fixture: 'other-patient-header', count: 1 },
  { list: 'contentContainers', alternative: '[role="dialog"]', fixture: 'dashboard-last-file', count: 1 },
  { list: 'contentContainers', alternative: 'table', fixture: 'dashboard-last-file', count: 1 },
  { list: 'contentContainers', alternative: '[role="table"]', fixture: 'account-no-habilitation', count: 1 },
  { list: 'contentContainers', alternative: '[role="grid"]', fixture: 'dashboard', count: 1 },
  { list: 'contentContainers', alternative: '[role="tabpanel"]', fixture: 'establishment-units', count: 1 },

  { list: 'formControls', alternative: 'input', fixture: 'login', count: 4 },
  // The header's structure and unit choosers: never read (read.test.ts, account-prescriber).
  { list: 'formControls', alternative: 'select', fixture: 'account-prescriber', within: 'header', count: 2 },
  { list: 'formControls', alternative: 'textarea', fixture: 'request-patient-banner', count: 1 },
  { list: 'formControls', alternative: 'button', fixture: 'dashboard', within: 'header', count: 1 },
  { list: 'formControls', alternative: '[role="combobox"]', fixture: 'request-patient-banner', count: 1 },

  { list: 'logoutLinks', alternative: 'a[href*="logout" i]', fixture: 'dashboard', count: 1 },
  { list: 'logoutLinks', alternative: 'a[href*="logout" i]', fixture: 'establishment-no-unit', count: 1 },
  // Inside <service-demandeur> only: seen by the selector, never used by the reader.
  { list: 'logoutLinks', alternative: 'a[href*="logout" i]', fixture: 'request', count: 1 },
  { list: 'logoutLinks', alternative: 'a[href*="logout" i]', fixture: 'public-home', count: 0 },
  { list: 'logoutLinks', alternative: 'a[href*="logout" i]', fixture: 'other-public-charte', count: 0 },
  { list: 'logoutLinks', alternative: 'a[href*="deconnexion" i]', fixture: 'account-prescriber', count: 1 },
  { list: 'logoutLinks', alternative: 'a[href*="deconnexion" i]', fixture: 'login', count: 0 },
  { list: 'logoutLinks', alternative: 'a[href*="signout" i]', fixture: 'account-no-habilitation', count: 1 },

  {
    list: 'logoutControlCandidates',
    alternative: 'a',
    fixture: 'dashboard',
    within: '[role="menu"]',
    count: 2,
  },
  { list: 'logoutControlCandidates', alternative: 'button', fixture: 'request', within: 'nav', count: 1 },
  { list: 'logoutControlCandidates', alternative: '[role="menuitem"]', fixture: 'other-annuaires', count: 2 },
  { list: 'logoutControlCandidates', alternative: '[role="menuitem"]', fixture: 'account-no-row', count: 1 },

  { list: 'structureNameValue', alternative: '[id$="lblEtablissement" i]', fixture: 'request', count: 1 },
  {
    list: 'structureNameValue',
    alternative: '[id$="lblStructure" i]',
    fixture: 'establishment-units',
    count: 1,
  },
  { list: 'structureNameValue', alternative: '[id$="lblEtablissement" i]', fixture: 'dashboard', count: 0 },
  {
    list: 'structureNameValue',
    alternative: '[id$="lblStructure" i]',
    fixture: 'establishment-no-unit',
    count: 1,
  },

  { list: 'establishmentTitle', alternative: 'main h1', fixture: 'establishment-units', count: 1 },
  { list: 'establishmentTitle', alternative: 'main h1', fixture: 'establishment-no-unit', count: 1 },
  {
    list: 'establishmentTitle',
    alternative: '[role="main"] h1',
    fixture: 'establishment-other-no-unit',
    count: 1,
  },
  { list: 'establishmentTitle', alternative: 'main h1', fixture: 'establishment-other-no-unit', count: 0 },
  { list: 'unitNameValue', alternative: '[id$="lblUnite" i]', fixture: 'request', count: 1 },
  // In an <article> of the content: not the banner, never read.
  { list: 'unitNameValue', alternative: '[id$="lblUnite" i]', fixture: 'other-patient-header', count: 1 },

  { list: 'contextLabelCandidates', alternative: 'dt', fixture: 'dashboard', within: 'header', count: 2 },
  {
    list: 'contextLabelCandidates',
    alternative: 'label',
    fixture: 'account-prescriber',
    within: 'header',
    count: 2,
  },
  { list: 'contextLabelCandidates', alternative: '[data-libelle]', fixture: 'other-annuaires', count: 2 },
  { list: 'contextLabelCandidates', alternative: '[data-libelle]', fixture: 'dashboard-last-file', count: 1 },
  // The patient banner in <main>: dt/dd and label + span, like the app's.
  {
    list: 'contextLabelCandidates',
    alternative: 'dt',
    fixture: 'request-patient-banner',
    within: 'main',
    count: 6,
  },
  {
    list: 'contextLabelCandidates',
    alternative: 'label',
    fixture: 'request-patient-banner',
    within: 'main',
    count: 4,
  },

  { list: 'headingCandidates', alternative: 'h1', fixture: 'account-prescriber', count: 1 },
  { list: 'headingCandidates', alternative: 'h2', fixture: 'account-prescriber', count: 2 },
  { list: 'headingCandidates', alternative: 'h3', fixture: 'dashboard', count: 1 },
  { list: 'headingCandidates', alternative: 'legend', fixture: 'account-no-row', count: 1 },
  {
    list: 'headingCandidates',
    alternative: '[role="heading"]',
    fixture: 'account-no-habilitation',
    count: 1,
  },
  { list: 'headingCandidates', alternative: '[role="tab"]', fixture: 'establishment-units', count: 3 },

  { list: 'loginUserName', alternative: '#UserName', fixture: 'login', count: 1 },
  { list: 'loginUserName', alternative: '#UserName', fixture: 'login-lowercase', count: 0 },
  { list: 'loginUserName', alternative: 'input[name$="$UserName"]', fixture: 'login-lowercase', count: 1 },
  { list: 'loginUserName', alternative: 'input[name$="$UserName"]', fixture: 'login', count: 0 },
  { list: 'loginPassword', alternative: 'input[type="password"]', fixture: 'login', count: 1 },
  { list: 'loginPassword', alternative: 'input[type="password"]', fixture: 'login-lowercase', count: 1 },
  { list: 'loginPassword', alternative: 'input[type="password"]', fixture: 'dashboard', count: 0 },

  { list: 'sectionContainers', alternative: '[role="tabpanel"]', fixture: 'establishment-units', count: 1 },
  { list: 'sectionContainers', alternative: 'section', fixture: 'establishment-no-unit', count: 2 },
  { list: 'sectionContainers', alternative: 'section', fixture: 'account-prescriber', count: 2 },
  { list: 'sectionContainers', alternative: 'fieldset', fixture: 'account-no-row', count: 1 },

  {
    list: 'tabPanels',
    alternative: '[role="tabpanel"][aria-labelledby]',
    fixture: 'establishment-units',
    count: 1,
  },
  { list: 'tabLists', alternative: '[role="tablist"]', fixture: 'establishment-units', count: 1 },
  { list: 'tables', alternative: 'table', fixture: 'account-prescriber', count: 1 },
  { list: 'tables', alternative: '[role="table"]', fixture: 'account-no-habilitation', count: 1 },
  { list: 'columnHeaders', alternative: 'th', fixture: 'account-prescriber', count: 4 },
  {
    list: 'columnHeaders',
    alternative: '[role="columnheader"]',
    fixture: 'account-no-habilitation',
    count: 4,
  },
  { list: 'bodyRows', alternative: 'tbody tr', fixture: 'account-prescriber', count: 2 },
  { list: 'bodyRows', alternative: 'tbody tr', fixture: 'account-no-row', count: 1 },
  { list: 'bodyRows', alternative: '[role="row"]', fixture: 'account-no-habilitation', count: 3 },
  { list: 'cells', alternative: 'td', fixture: 'account-prescriber', count: 8 },
  { list: 'cells', alternative: 'td', fixture: 'establishment-units', within: '[role="tabpanel"]', count: 6 },
  { list: 'cells', alternative: '[role="cell"]', fixture: 'account-no-habilitation', count: 8 },
  { list: 'cells', alternative: '[role="gridcell"]', fixture: 'dashboard', count: 2 },

  { list: 'lists', alternative: 'ul', fixture: 'dashboard', within: 'nav', count: 2 },
  { list: 'lists', alternative: 'ol', fixture: 'establishment-units', count: 1 },
  { list: 'lists', alternative: '[role="list"]', fixture: 'other-annuaires', count: 1 },
  { list: 'listItems', alternative: 'li', fixture: 'dashboard', within: 'nav', count: 5 },
  { list: 'listItems', alternative: '[role="listitem"]', fixture: 'other-annuaires', count: 2 },

  // Markup variants: each UI kit's way of writing tabs, tables, cards and banner pairs.
  { list: 'dataRows', alternative: 'mat-row', fixture: 'dashboard-one-line', count: 2 },
  { list: 'dataRows', alternative: 'mat-row', fixture: 'establishment-units-mat-tab', count: 2 },
  { list: 'contentContainers', alternative: 'mat-table', fixture: 'dashboard-one-line', count: 1 },
  {
    list: 'titledValues',
    alternative: 'span[title]',
    fixture: 'establishment-units-mat-tab',
    within: 'header',
    count: 1,
  },
  {
    list: 'bannerKeyValueRows',
    alternative: 'tr',
    fixture: 'establishment-no-unit-bootstrap',
    within: 'header',
    count: 2,
  },
  { list: 'headingCandidates', alternative: 'h4', fixture: 'account-grid', count: 2 },
  {
    list: 'headingCandidates',
    alternative: 'ul.nav-tabs > li.nav-item > a.nav-link',
    fixture: 'establishment-no-unit-bootstrap',
    count: 3,
  },
  {
    list: 'headingCandidates',
    alternative: 'ul.nav-tabs > li',
    fixture: 'establishment-no-unit-bootstrap',
    count: 3,
  },
  { list: 'headingCandidates', alternative: '.mdc-tab', fixture: 'establishment-units-mat-tab', count: 3 },
  {
    list: 'headingCandidates',
    alternative: '.mat-mdc-tab',
    fixture: 'establishment-units-mat-tab',
    count: 3,
  },
  {
    list: 'headingCandidates',
    alternative: '.mat-tab-label',
    fixture: 'establishment-units-mat-legacy',
    count: 2,
  },
  {
    list: 'headingCandidates',
    alternative: '.p-tabview-nav > li',
    fixture: 'establishment-units-primeng',
    count: 2,
  },
  {
    list: 'headingCandidates',
    alternative: 'p-tabpanel[header]',
    fixture: 'establishment-no-unit-p-tabpanel',
    count: 2,
  },
  {
    list: 'bootstrapTabs',
    alternative: 'ul.nav-tabs > li.nav-item > a.nav-link',
    fixture: 'establishment-no-unit-bootstrap',
    count: 3,
  },
  {
    list: 'bootstrapTabs',
    alternative: 'ul.nav-tabs > li',
    fixture: 'establishment-no-unit-bootstrap',
    count: 3,
  },
  {
    list: 'bootstrapTabPanes',
    alternative: '.tab-content > .tab-pane',
    fixture: 'establishment-no-unit-bootstrap',
    count: 3,
  },
  {
    list: 'materialTabGroups',
    alternative: 'mat-tab-group',
    fixture: 'establishment-units-mat-tab',
    count: 1,
  },
  {
    list: 'materialTabGroups',
    alternative: 'mat-tab-group',
    fixture: 'establishment-units-mat-legacy',
    count: 1,
  },
  { list: 'materialTabLabels', alternative: '.mdc-tab', fixture: 'establishment-units-mat-tab', count: 3 },
  {
    list: 'materialTabLabels',
    alternative: '.mat-mdc-tab',
    fixture: 'establishment-units-mat-tab',
    count: 3,
  },
  {
    list: 'materialTabLabels',
    alternative: '.mat-tab-label',
    fixture: 'establishment-units-mat-legacy',
    count: 2,
  },
  { list: 'materialTabLabels', alternative: '.mdc-tab', fixture: 'establishment-units-mat-legacy', count: 0 },
  {
    list: 'materialTabBodies',
    alternative: 'mat-tab-body',
    fixture: 'establishment-units-mat-tab',
    count: 3,
  },
  {
    list: 'materialTabBodies',
    alternative: 'mat-tab-body',
    fixture: 'establishment-units-mat-legacy',
    count: 2,
  },
  { list: 'primeTabViews', alternative: 'p-tabview', fixture: 'establishment-units-primeng', count: 1 },
  { list: 'primeTabViews', alternative: 'p-tabview', fixture: 'establishment-no-unit-p-tabpanel', count: 1 },
  {
    list: 'primeTabHeaders',
    alternative: '.p-tabview-nav > li',
    fixture: 'establishment-units-primeng',
    count: 2,
  },
  {
    list: 'primeTabHeaders',
    alternative: '.p-tabview-nav > li',
    fixture: 'establishment-no-unit-p-tabpanel',
    count: 0,
  },
  {
    list: 'primeTabPanels',
    alternative: '.p-tabview-panel',
    fixture: 'establishment-units-primeng',
    count: 2,
  },
  {
    list: 'primeTabPanels',
    alternative: '.p-tabview-panel',
    fixture: 'establishment-no-unit-p-tabpanel',
    count: 0,
  },
  {
    list: 'primeTemplateTabs',
    alternative: 'p-tabpanel[header]',
    fixture: 'establishment-no-unit-p-tabpanel',
    count: 2,
  },
  {
    list: 'primeTemplateTabs',
    alternative: 'p-tabpanel[header]',
    fixture: 'establishment-units-primeng',
    count: 2,
  },
  { list: 'tabLists', alternative: 'ul.nav-tabs', fixture: 'establishment-no-unit-bootstrap', count: 1 },
  { list: 'tabLists', alternative: '.p-tabview-nav', fixture: 'establishment-units-primeng', count: 1 },
  { list: 'tables', alternative: '[role="grid"]', fixture: 'account-grid', count: 2 },
  { list: 'tables', alternative: 'mat-table', fixture: 'establishment-units-mat-tab', count: 1 },
  {
    list: 'tables',
    alternative: 'table',
    fixture: 'establishment-units-mat-legacy',
    within: 'mat-tab-group',
    count: 1,
  },
  { list: 'columnHeaders', alternative: 'mat-header-cell', fixture: 'establishment-units-mat-tab', count: 3 },
  {
    list: 'columnHeaders',
    alternative: 'th',
    fixture: 'establishment-units-mat-legacy',
    within: 'mat-tab-group',
    count: 2,
  },
  { list: 'columnHeaders', alternative: '[role="columnheader"]', fixture: 'account-grid', count: 6 },
  { list: 'bodyRows', alternative: 'mat-row', fixture: 'establishment-units-mat-tab', count: 2 },
  { list: 'bodyRows', alternative: 'tbody tr', fixture: 'establishment-units-mat-legacy', count: 2 },
  { list: 'bodyRows', alternative: '[role="row"]', fixture: 'account-grid', count: 5 },
  { list: 'cells', alternative: 'mat-cell', fixture: 'establishment-units-mat-tab', count: 6 },
  {
    list: 'cells',
    alternative: 'td',
    fixture: 'establishment-units-mat-legacy',
    within: 'mat-tab-group',
    count: 4,
  },
  { list: 'cells', alternative: '[role="gridcell"]', fixture: 'account-grid', count: 10 },
  { list: 'cards', alternative: '.card', fixture: 'account-cards', count: 1 },
  { list: 'cards', alternative: 'mat-card', fixture: 'account-cards', count: 1 },
  { list: 'cards', alternative: '.p-card', fixture: 'establishment-units-primeng', count: 2 },
  { list: 'cards', alternative: 'dl', fixture: 'account-cards', count: 1 },
  { list: 'cardLabels', alternative: 'dt', fixture: 'account-cards', count: 3 },
  { list: 'cardLabels', alternative: '.label', fixture: 'establishment-units-primeng', count: 2 },
  { list: 'cardLabels', alternative: 'label', fixture: 'account-cards', within: '.card', count: 3 },
  {
    list: 'emptyStateCandidates',
    alternative: 'p',
    fixture: 'establishment-no-unit-bootstrap',
    within: '.tab-pane.active',
    count: 1,
  },
  {
    list: 'emptyStateCandidates',
    alternative: 'p',
    fixture: 'establishment-no-unit-p-tabpanel',
    within: 'p-tabview',
    count: 2,
  },

  { list: 'emptyStateCandidates', alternative: 'td', fixture: 'account-no-row', count: 1 },
  { list: 'emptyStateCandidates', alternative: 'p', fixture: 'establishment-no-unit', count: 2 },
  {
    list: 'emptyStateCandidates',
    alternative: '[role="status"]',
    fixture: 'establishment-no-unit',
    count: 1,
  },
];

function count(fixture: string, selector: string, within?: string): number {
  const doc = fixtureDocument(fixture);
  const scope = within === undefined ? doc : doc.querySelector(within);
  if (scope === null) throw new Error(`${within} not found in fixture ${fixture}`);
  return scope.querySelectorAll(selector).length;
}

describe('selector alternatives on the fixtures', () => {
  it.each(selectorCases)(
    '$list: $alternative finds $count in $fixture',
    ({ list, alternative, fixture, within, count: expected }) => {
      expect(fixtureNames, `fixture ${fixture} is not in pages.json`).toContain(fixture);
      expect(
        selectorLists[list],
        `${alternative} is no longer in selectors.ts ${list}: update this table`,
      ).toContain(alternative);
      expect(
        count(fixture, alternative, within),
        `${list}: ${alternative} in ${fixture}${within ? ` within ${within}` : ''}`,
      ).toBe(expected);
    },
  );

  const alternatives = Object.entries(selectorLists).flatMap(([list, selectors]) =>
    selectors.map((alternative) => ({ list, alternative })),
  );
  it.each(alternatives)('$list: $alternative is exercised by a fixture', ({ list, alternative }) => {
    const exercised = selectorCases.some(
      (row) => row.list === list && row.alternative === alternative && row.count > 0,
    );
    expect(exercised, `add a fixture and a row above for ${list}: ${alternative}`).toBe(true);
  });

  it.each(alternatives)('$list: $alternative is a valid selector', ({ alternative }) => {
    expect(() => document.querySelectorAll(alternative)).not.toThrow();
  });
});

type LabelList = keyof typeof labelLists;

interface LabelCase {
  list: LabelList;
  label: string;
  fixture: string;
  /** Where the label is looked for. */
  candidates: string;
  count: number;
}

/** Label lists that yield a name: compared exactly (matchesNameLabel); every other list is a title (matchesTitle). */
const NAME_LABEL_LISTS: readonly LabelList[] = ['structureLabels', 'unitLabels'];

// How the reader compares (content/text.ts): the same functions, one label at a time.
const matches = (list: LabelList, text: string, label: string): boolean =>
  NAME_LABEL_LISTS.includes(list) ? matchesNameLabel(text, [label]) : matchesTitle(text, [label]);

const labelCases: LabelCase[] = [
  {
    list: 'logoutLabels',
    label: 'Déconnexion',
    fixture: 'dashboard',
    candidates: '[role="menu"] a',
    count: 1,
  },
  {
    list: 'logoutLabels',
    label: 'Se déconnecter',
    fixture: 'request',
    candidates: 'header button',
    count: 1,
  },
  {
    list: 'logoutLabels',
    label: 'Se déconnecter',
    fixture: 'other-annuaires',
    candidates: '[role="menuitem"]',
    count: 1,
  },
  {
    list: 'structureLabels',
    label: 'Établissement',
    fixture: 'dashboard',
    candidates: 'header dt',
    count: 1,
  },
  {
    list: 'structureLabels',
    label: 'Établissement',
    fixture: 'other-annuaires',
    candidates: '[data-libelle]',
    count: 1,
  },
  {
    list: 'structureLabels',
    label: 'Structure',
    fixture: 'account-prescriber',
    candidates: 'header label',
    count: 1,
  },
  { list: 'unitLabels', label: 'Unité', fixture: 'dashboard', candidates: 'header dt', count: 1 },
  // The patient banner and the form's header say "Unité" too (no name is read on a request file);
  // "Unité d'hospitalisation" is not it.
  {
    list: 'unitLabels',
    label: 'Unité',
    fixture: 'request-patient-banner',
    candidates: 'main header dt',
    count: 2,
  },
  {
    list: 'unitLabels',
    label: 'Unité',
    fixture: 'request-patient-banner',
    candidates: 'main label',
    count: 0,
  },
  {
    list: 'structureLabels',
    label: 'Structure',
    fixture: 'request-patient-banner',
    candidates: 'main label',
    count: 1,
  },
  {
    list: 'unitLabels',
    label: 'Unité',
    fixture: 'dashboard-last-file',
    candidates: '[role="banner"] dt',
    count: 1,
  },
  {
    list: 'structureLabels',
    label: 'Structure',
    fixture: 'dashboard-last-file',
    candidates: '[role="banner"] [data-libelle]',
    count: 1,
  },
  { list: 'unitLabels', label: 'Unité', fixture: 'account-prescriber', candidates: 'header label', count: 1 },
  {
    list: 'unitLabels',
    label: 'Unité de soins',
    fixture: 'other-annuaires',
    candidates: '[data-libelle]',
    count: 1,
  },
  {
    list: 'accountHeadingLabels',
    label: 'Mes habilitations',
    fixture: 'account-prescriber',
    candidates: 'h2',
    count: 1,
  },
  {
    list: 'accountHeadingLabels',
    label: 'Mes habilitations',
    fixture: 'account-no-row',
    candidates: 'legend',
    count: 1,
  },
  {
    list: 'accountHeadingLabels',
    label: 'Mes habilitations',
    fixture: 'account-no-habilitation',
    candidates: '[role="heading"]',
    count: 1,
  },
  {
    list: 'unitsSectionLabels',
    label: 'Unités de soins',
    fixture: 'establishment-units',
    candidates: '[role="tab"]',
    count: 1,
  },
  {
    list: 'unitsSectionLabels',
    label: 'Unités de soins',
    fixture: 'establishment-no-unit',
    candidates: 'h2',
    count: 1,
  },
  {
    list: 'generalInformationLabels',
    label: 'Informations générales',
    fixture: 'establishment-units',
    candidates: '[role="tab"]',
    count: 1,
  },
  {
    list: 'generalInformationLabels',
    label: 'Informations générales',
    fixture: 'establishment-no-unit',
    candidates: 'h2',
    count: 1,
  },
  {
    list: 'establishmentColumnLabels',
    label: 'Établissement',
    fixture: 'account-prescriber',
    candidates: 'th',
    count: 1,
  },
  { list: 'unitColumnLabels', label: 'Unité', fixture: 'account-prescriber', candidates: 'th', count: 1 },
  {
    list: 'habilitationColumnLabels',
    label: 'Habilitation',
    fixture: 'account-prescriber',
    candidates: 'th',
    count: 1,
  },
  {
    list: 'habilitationColumnLabels',
    label: 'Habilitation',
    fixture: 'account-no-habilitation',
    candidates: '[role="columnheader"]',
    count: 1,
  },
  {
    list: 'mailColumnLabels',
    label: 'Réception des mails',
    fixture: 'account-prescriber',
    candidates: 'th',
    count: 1,
  },
  {
    list: 'creatingHabilitationLabels',
    label: 'Équipe soignante',
    fixture: 'account-prescriber',
    candidates: 'td',
    count: 1,
  },
  {
    list: 'creatingHabilitationLabels',
    label: 'Prescripteur médical',
    fixture: 'account-prescriber',
    candidates: 'td',
    count: 0,
  },
  {
    list: 'creatingHabilitationLabels',
    label: 'Équipe soignante',
    fixture: 'account-no-habilitation',
    candidates: '[role="cell"]',
    count: 0,
  },
  {
    list: 'emptyStateLabels',
    label: 'Aucune habilitation',
    fixture: 'account-no-row',
    candidates: 'td',
    count: 1,
  },
  {
    list: 'emptyStateLabels',
    label: 'Aucune unité',
    fixture: 'establishment-no-unit',
    candidates: 'td',
    count: 1,
  },
];

describe('labels on the fixtures', () => {
  it.each(labelCases)(
    '$list: "$label" appears $count time(s) in $fixture ($candidates)',
    ({ list, label, fixture, candidates, count: expected }) => {
      expect(
        labelLists[list],
        `"${label}" is no longer in selectors.ts ${list}: update this table`,
      ).toContain(label);
      const found = Array.from(fixtureDocument(fixture).querySelectorAll(candidates)).filter((element) =>
        matches(list, element.textContent ?? '', label),
      );
      expect(found.length, `${list}: "${label}" among ${candidates} in ${fixture}`).toBe(expected);
    },
  );

  it('lists the three creating habilitations of the SESAN guide', () => {
    expect(labelLists.creatingHabilitationLabels.map(normalizeLabel)).toEqual([
      'prescripteur medical',
      'equipe soignante',
      'gestionnaire administratif et social',
    ]);
  });
});

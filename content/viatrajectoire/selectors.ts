// The vocabulary the reader's recognisers share (the Refined GitHub selectors.ts pattern): where the
// reader never looks, the page's chrome, the labels. Each way of writing a thing keeps its own
// selectors in its own file (./banner/, ./tabs/). Each entry is an array of alternatives; each
// alternative says where it was seen ([C], with its source in docs/viatrajectoire.md) or why it is
// expected ([I YYYY-MM], a guess and the month it was written: re-check it when reports come in).
// Beside each list, `<list>_` gives the saved pages (tests/fixtures/pages.json) each alternative
// finds something in, and how many: tests/unit/selectors.test.ts runs every list against them.
// Labels are the page's own words, compared through ../text (case, accents, spaces ignored): titles may
// carry more words ("Unités de soins (3)"), labels that yield a name must match exactly.
// Never a generated CSS class (Angular's _ngcontent-*, _nghost-*): they change on every build. A UI kit's own
// class names (.nav-tabs, .mdc-tab, .mat-mdc-tab, .p-tabview-nav) are its markup, stable across an app's builds.

import { HABILITATION_NAMES, HABILITATIONS } from '../guide/ids';
import { APP_LABELS } from '../lib/app-labels';

/**
 * For each alternative of a selector list, how many elements it finds in saved pages: a key `'page'`
 * counts in the whole fixture page, `'page scope'` inside the first element matching the selector
 * `scope`. Only the tests read these (the build drops them: tests/build/checks.ts).
 */
export type SelectorExamples = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** For each label of a label list: `'page candidates'`, how many elements matching `candidates` carry it. */
export type LabelExamples = SelectorExamples;

// --- Where the reader may never look -------------------------------------------------------------

/** Request-file zones holding PATIENT DATA: nothing inside them is ever read. */
export const patientZones = [
  'volet-administratif', // [C] 2023 Sanitaire request file, Angular element
  'etat-civil', // [C] 2023 request file: "Nom de naissance", "Date de naissance"…
  'service-demandeur', // [C] 2023 request file
  'champs-obligatoires', // [C] 2023 request file
];
export const patientZones_: SelectorExamples = {
  'volet-administratif': { request: 1 },
  'etat-civil': { request: 1, dashboard: 0 },
  'service-demandeur': { request: 1 },
  'champs-obligatoires': { request: 1 },
};

/** Data rows and grids (dashboard rows list patients): chrome never lives inside them. */
export const dataRows = [
  'tbody', // [I 2026-11] dashboards list requests as table rows; the parser puts every <tr> of a <table> in a tbody
  '[role="row"]', // [I 2026-11] Angular Material/CDK tables render rows as role=row
  '[role="grid"]', // [I 2026-11] grid widgets (ag-Grid and the like)
  'mat-row', // [I 2026-11] Angular Material's element table, rows written without their role
];
export const dataRows_: SelectorExamples = {
  tbody: { dashboard: 1 },
  '[role="row"]': { dashboard: 2, 'account-no-habilitation': 3 },
  '[role="grid"]': { dashboard: 1 },
  'mat-row': { 'dashboard-one-line': 2, 'establishment-units-mat-tab': 2 },
};

// --- The page chrome -----------------------------------------------------------------------------

/** The logged-in chrome around the app: menus, account header. Only a logout control is looked for
 * in all of them (a boolean); names come from the top banner alone (bannerZones). */
export const chromeZones = [
  'header', // [I 2026-11] guess: the top bar with the user's name at top right ([C] the name is there)
  '[role="banner"]', // [I 2026-11] guess: same bar, if built from divs
  'nav', // [I 2026-11] guess: ADMINISTRATION / Annuaires / Observatoire menus ([C] the menus exist)
  '[role="navigation"]', // [I 2026-11] guess: same menus, if built from divs
  '[role="menu"]', // [I 2026-11] the user menu opened from the name, often rendered in an overlay at the end of body
];
export const chromeZones_: SelectorExamples = {
  header: {
    dashboard: 1,
    // The second <header> is inside <service-demandeur>: the reader skips it (read.test.ts).
    request: 2,
  },
  '[role="banner"]': { 'other-annuaires': 1, 'login-lowercase': 1 },
  nav: { dashboard: 1 },
  '[role="navigation"]': { 'account-no-habilitation': 1 },
  '[role="menu"]': { dashboard: 1, 'other-annuaires': 1 },
};

/** Links whose address says "log out": attribute only, no text read. */
export const logoutLinks = [
  'a[href*="logout" i]', // [I 2026-11] guess: ASP.NET forms-auth sign-out page (Logout.aspx)
  'a[href*="deconnexion" i]', // [I 2026-11] guess: same, in French
  'a[href*="signout" i]', // [I 2026-11] guess: Pro Santé Connect / OpenID end-session
];
export const logoutLinks_: SelectorExamples = {
  'a[href*="logout" i]': {
    dashboard: 1,
    'establishment-no-unit': 1,
    // Inside <service-demandeur> only: seen by the selector, never used by the reader.
    request: 1,
    'public-home': 0,
    'other-public-charte': 0,
  },
  'a[href*="deconnexion" i]': { 'account-prescriber': 1, login: 0 },
  'a[href*="signout" i]': { 'account-no-habilitation': 1 },
};

/** Controls whose text may be a logout label, looked for inside chromeZones only. */
export const logoutControlCandidates = [
  'a', // [I 2026-11] a menu link
  'button', // [I 2026-11] Angular menus use buttons
  '[role="menuitem"]', // [I 2026-11] Angular Material menu items
];
export const logoutControlCandidates_: SelectorExamples = {
  a: { 'dashboard [role="menu"]': 2 },
  button: { 'request nav': 1 },
  '[role="menuitem"]': { 'other-annuaires': 2, 'account-no-row': 1 },
};

/** The text of a logout control. */
export const logoutLabels = [
  'Déconnexion', // [I 2026-11] ViaTrajectoire's French UI; the usual word on French public-sector apps
  'Se déconnecter', // [I 2026-11] same, as a verb
];
export const logoutLabels_: LabelExamples = {
  Déconnexion: { 'dashboard [role="menu"] a': 1 },
  'Se déconnecter': { 'request header button': 1, 'other-annuaires [role="menuitem"]': 1 },
};

// --- The top banner: the only place names are read --------------------------------------------------
// A patient banner can be written exactly like the app's own ("Unité : …" in a <header>): what tells
// them apart is WHERE it sits, never what it says (read.ts, topBanner).

/** Candidates for the application's top banner (the first that sits at the top of the layout wins). */
export const bannerZones = [
  'header', // [I 2026-11] guess: the top bar with the user's name at top right ([C] the name is there)
  '[role="banner"]', // [I 2026-11] guess: same bar, if built from divs
  'nav', // [I 2026-11] guess: a Bootstrap-style top navbar is a <nav> ([C] Bootstrap-style markup is likely)
];
export const bannerZones_: SelectorExamples = {
  header: {
    dashboard: 1,
    // The top banner, the patient banner in <main> and a header in the request form: only the first is the app's.
    'request-patient-banner': 3,
  },
  '[role="banner"]': { 'dashboard-last-file': 1 },
  nav: { 'dashboard-last-file': 1, 'other-patient-header header': 1 },
};

/** The page's main content: the banner comes before it in document order, and is never inside it. */
export const mainContent = [
  'main', // [I 2026-11] HTML's main landmark
  '[role="main"]', // [I 2026-11] same, if built from divs
];
export const mainContent_: SelectorExamples = {
  main: { 'dashboard-last-file': 1, 'other-patient-header': 0 },
  '[role="main"]': { 'other-patient-header': 1 },
};

/** Containers of content: a banner inside one is a record's (a patient banner, a card, a modal), not the app's. */
export const contentContainers = [
  'article', // [I 2026-11] a card or record
  'section', // [I 2026-11] a block of the page ("Dernier dossier consulté")
  'aside', // [I 2026-11] a side box (a last-opened file)
  'form', // [I 2026-11] a request form; the WebForms page form around everything is the one exception (read.ts)
  'fieldset', // [I 2026-11] WebForms form layout
  'dialog', // [I 2026-11] HTML modal
  '[role="dialog"]', // [C] Bootstrap-style modals (.modal-body) are used; [I 2026-11] with role=dialog
  'table', // [I 2026-11] any table, header rows included (data rows are off limits anyway)
  '[role="table"]', // [I 2026-11] div-based tables
  '[role="grid"]', // [I 2026-11] grid widgets
  'mat-table', // [I 2026-11] Angular Material's element table
  '[role="tabpanel"]', // [I 2026-11] the body of a tab
];
export const contentContainers_: SelectorExamples = {
  article: { 'other-patient-header': 1 },
  section: {
    // The alert before the banner, in document order.
    'dashboard-last-file': 1,
  },
  aside: { 'dashboard-last-file': 1 },
  form: {
    'request-patient-banner': 1,
    // The WebForms page form around banner and main: frame, not content (read.ts isPageForm).
    'establishment-no-unit': 1,
  },
  fieldset: { 'account-no-row': 1 },
  dialog: { 'other-patient-header': 1 },
  '[role="dialog"]': { 'dashboard-last-file': 1 },
  table: { 'dashboard-last-file': 1 },
  '[role="table"]': { 'account-no-habilitation': 1 },
  '[role="grid"]': { dashboard: 1 },
  '[role="tabpanel"]': { 'establishment-units': 1 },
  'mat-table': { 'dashboard-one-line': 1 },
};

/** Form controls: a value element that is or holds one yields nothing (never a control's value). */
export const formControls = [
  'input', // [C] the login form has inputs; a text field's value is what the user typed
  'select', // [I 2026-11] a chooser of the current structure/unit: its selected option is never read
  'textarea', // [I 2026-11]
  'button', // [I 2026-11] a dropdown button showing a choice
  '[role="combobox"]', // [I 2026-11] Angular Material's mat-select renders role=combobox
];
export const formControls_: SelectorExamples = {
  input: { login: 4 },
  select: {
    // The header's structure and unit choosers: never read (read.test.ts, account-prescriber).
    'account-prescriber header': 2,
  },
  textarea: { 'request-patient-banner': 1 },
  button: { 'dashboard header': 1 },
  '[role="combobox"]': { 'request-patient-banner': 1 },
};

/** How many elements at most between body and the banner [I: app-root > app-layout > app-header > header]. */
export const BANNER_MAX_DEPTH = 4;

/** With real layout, the banner's top is above this many pixels in the document [I: a top bar is 40-150 px high]. */
export const BANNER_MAX_TOP_PX = 200;

/** Banner labels naming the current structure: matched exactly (read.ts, matchesNameLabel), never as a prefix. */
export const structureLabels = [
  'Établissement', // [C] the word ViaTrajectoire uses for a structure (habilitations table, admin menu)
  'Structure', // [I 2026-11] the SESAN guide's word
];
export const structureLabels_: LabelExamples = {
  Établissement: { 'dashboard header dt': 1, 'other-annuaires [data-libelle]': 1 },
  Structure: {
    'account-prescriber header label': 1,
    'request-patient-banner main label': 1,
    'dashboard-last-file [role="banner"] [data-libelle]': 1,
  },
};

/** Banner labels naming the current unit: matched exactly, so "Unité d'hospitalisation" is not one. */
export const unitLabels = [
  'Unité', // [C] the word of the habilitations table
  'Unité de soins', // [C] the establishment fiche's tab name
];
export const unitLabels_: LabelExamples = {
  Unité: {
    'dashboard header dt': 1,
    // The patient banner and the form's header say "Unité" too (no name is read on a request file); "Unité d'hospitalisation" is not it.
    'request-patient-banner main header dt': 2,
    'request-patient-banner main label': 0,
    'dashboard-last-file [role="banner"] dt': 1,
    'account-prescriber header label': 1,
  },
  'Unité de soins': { 'other-annuaires [data-libelle]': 1 },
};

// --- Page-kind hints from the document (when the address is unknown or a guess) -------------------

/** The account settings section [C] ("ADMINISTRATION > Mon compte > Mes habilitations"). */
export const accountHeadingLabels = [APP_LABELS.myHabilitations];
export const accountHeadingLabels_: LabelExamples = {
  'Mes habilitations': {
    'account-prescriber h2': 1,
    'account-no-row legend': 1,
    'account-no-habilitation [role="heading"]': 1,
  },
};

/** The fiche établissement's units tab/section [C: tab "Unités de soins"]. */
export const unitsSectionLabels = ['Unités de soins'];
export const unitsSectionLabels_: LabelExamples = {
  'Unités de soins': { 'establishment-units [role="tab"]': 1, 'establishment-no-unit h2': 1 },
};

/** The fiche établissement's title: the establishment's name, only ever compared with the banner's
 * structure (read.ts, isOwnEstablishment: a boolean, the title is never kept). */
export const establishmentTitle = [
  'main h1', // [I 2026-11] guess: the fiche's name as the page's main title ([C] the fiche exists; its markup is not public)
  '[role="main"] h1', // [I 2026-11] same, when the main content is built from divs
];
export const establishmentTitle_: SelectorExamples = {
  'main h1': { 'establishment-units': 1, 'establishment-no-unit': 1, 'establishment-other-no-unit': 0 },
  '[role="main"] h1': { 'establishment-other-no-unit': 1 },
};

/** Another tab of the fiche établissement [C: "Informations générales"]; with unitsSectionLabels it says establishment. */
export const generalInformationLabels = ['Informations générales'];
export const generalInformationLabels_: LabelExamples = {
  'Informations générales': { 'establishment-units [role="tab"]': 1, 'establishment-no-unit h2': 1 },
};

/** The login form's user-name field. */
export const loginUserName = [
  '#UserName', // [C] 2023 login markup
  'input[name$="$UserName"]', // [I 2026-11] guess: WebForms naming inside a master page (ctl00$…$UserName)
];
export const loginUserName_: SelectorExamples = {
  '#UserName': { login: 1, 'login-lowercase': 0 },
  'input[name$="$UserName"]': { 'login-lowercase': 1, login: 0 },
};

/** The login form's password field. */
export const loginPassword = [
  'input[type="password"]', // [C] 2023 login markup
];
export const loginPassword_: SelectorExamples = {
  'input[type="password"]': { login: 1, 'login-lowercase': 1, dashboard: 0 },
};

// --- Sections, tables and lists -------------------------------------------------------------------

/** The container of a section found by its heading (when the heading is not a tab with aria-controls). */
export const sectionContainers = [
  '[role="tabpanel"]', // [I 2026-11] Angular Material tab body
  'section', // [I 2026-11]
  'fieldset', // [I 2026-11] WebForms layout
];
export const sectionContainers_: SelectorExamples = {
  '[role="tabpanel"]': { 'establishment-units': 1 },
  section: { 'establishment-no-unit': 2, 'account-prescriber': 2 },
  fieldset: { 'account-no-row': 1 },
};

/** A row of tabs: a list inside it is the tabs, not a list of units. */
export const tabLists = [
  '[role="tablist"]', // [C] the fiche établissement has tabs; [I 2026-11] rendered as role=tablist
  'ul.nav-tabs', // [I 2026-11] Bootstrap / ngbNav tabs without roles
  '.p-tabview-nav', // [I 2026-11] PrimeNG rendered tab headers
];
export const tabLists_: SelectorExamples = {
  '[role="tablist"]': { 'establishment-units': 1 },
  'ul.nav-tabs': { 'establishment-no-unit-bootstrap': 1 },
  '.p-tabview-nav': { 'establishment-units-primeng': 1 },
};

/** Tables, for the habilitations table and the units list. */
export const tables = [
  'table', // [C] "Mes habilitations" is a table (tutorials); also table[mat-table]
  '[role="table"]', // [I 2026-11] Angular Material tables built from divs
  '[role="grid"]', // [I 2026-11] a grid widget; read as a table only inside the account or units section
  'mat-table', // [I 2026-11] Angular Material's element table, without roles
];
export const tables_: SelectorExamples = {
  table: { 'account-prescriber': 1, 'establishment-units-mat-legacy mat-tab-group': 1 },
  '[role="table"]': { 'account-no-habilitation': 1 },
  '[role="grid"]': { 'account-grid': 2 },
  'mat-table': { 'establishment-units-mat-tab': 1 },
};

/** Column header cells inside a table. */
export const columnHeaders = [
  'th', // [C] a table with column headers ("Réception des mails")
  '[role="columnheader"]', // [I 2026-11] div-based tables
  'mat-header-cell', // [I 2026-11] Angular Material's element table
];
export const columnHeaders_: SelectorExamples = {
  th: { 'account-prescriber': 4, 'establishment-units-mat-legacy mat-tab-group': 2 },
  '[role="columnheader"]': { 'account-no-habilitation': 4, 'account-grid': 6 },
  'mat-header-cell': { 'establishment-units-mat-tab': 3 },
};

/** Body rows inside a table (a header row has no cells and is skipped). */
export const bodyRows = [
  'tbody tr', // [I 2026-11]
  '[role="row"]', // [I 2026-11] div-based tables
  'mat-row', // [I 2026-11] Angular Material's element table
];
export const bodyRows_: SelectorExamples = {
  'tbody tr': { 'account-prescriber': 2, 'account-no-row': 1, 'establishment-units-mat-legacy': 2 },
  '[role="row"]': { 'account-no-habilitation': 3, 'account-grid': 5 },
  'mat-row': { 'establishment-units-mat-tab': 2 },
};

/** Data cells inside a row. */
export const cells = [
  'td', // [I 2026-11]
  '[role="cell"]', // [I 2026-11] div-based tables
  '[role="gridcell"]', // [I 2026-11]
  'mat-cell', // [I 2026-11] Angular Material's element table
];
export const cells_: SelectorExamples = {
  td: {
    'account-prescriber': 8,
    'establishment-units [role="tabpanel"]': 6,
    'establishment-units-mat-legacy mat-tab-group': 4,
  },
  '[role="cell"]': { 'account-no-habilitation': 8 },
  '[role="gridcell"]': { dashboard: 2, 'account-grid': 10 },
  'mat-cell': { 'establishment-units-mat-tab': 6 },
};

/** A record shown as a card of label/value pairs (one habilitation or one unit per card). */
export const cards = [
  '.card', // [I 2026-11] Bootstrap card
  'mat-card', // [I 2026-11] Angular Material card
  '.p-card', // [I 2026-11] PrimeNG card
  'dl', // [I 2026-11] a definition list per record
];
export const cards_: SelectorExamples = {
  '.card': { 'account-cards': 1 },
  'mat-card': { 'account-cards': 1 },
  '.p-card': { 'establishment-units-primeng': 2 },
  dl: { 'account-cards': 1 },
};

/** The label of a pair in a card; its value is the next element. */
export const cardLabels = [
  'dt', // [I 2026-11] a definition list
  '.label', // [I 2026-11] <span class="label">Unité</span><span>…</span>
  'label', // [I 2026-11]
];
export const cardLabels_: SelectorExamples = {
  dt: { 'account-cards': 3 },
  '.label': { 'establishment-units-primeng': 2 },
  label: { 'account-cards .card': 3 },
};

/** Lists, for a units section that lists units without a table. */
export const lists = [
  'ul', // [I 2026-11] guess
  'ol', // [I 2026-11] guess
  '[role="list"]', // [I 2026-11] guess
];
export const lists_: SelectorExamples = {
  ul: { 'dashboard nav': 2 },
  ol: { 'establishment-units': 1 },
  '[role="list"]': { 'other-annuaires': 1 },
};

/** Items inside a list. */
export const listItems = [
  'li', // [I 2026-11]
  '[role="listitem"]', // [I 2026-11]
];
export const listItems_: SelectorExamples = {
  li: { 'dashboard nav': 5 },
  '[role="listitem"]': { 'other-annuaires': 2 },
};

/** Where a "nothing here" message would be, inside a section. */
export const emptyStateCandidates = [
  'td', // [I 2026-11] the "empty message" row of Angular/PrimeNG tables, one cell spanning all columns
  'p', // [I 2026-11] a paragraph in place of the table
  '[role="status"]', // [I 2026-11]
];
export const emptyStateCandidates_: SelectorExamples = {
  p: {
    'establishment-no-unit-bootstrap .tab-pane.active': 1,
    'establishment-no-unit-p-tabpanel p-tabview': 2,
    'establishment-no-unit': 2,
  },
  td: { 'account-no-row': 1 },
  '[role="status"]': { 'establishment-no-unit': 1 },
};

/** The start of a "nothing here" message: an empty table is only trusted with one (it may still be loading). */
export const emptyStateLabels = [
  'Aucune habilitation', // [I 2026-11] guess
  'Aucune unité', // [I 2026-11] guess ("Aucune unité de soins")
  'Aucun résultat', // [I 2026-11] guess: common table default
  'Aucune donnée', // [I 2026-11] guess: common table default
  'Aucun élément', // [I 2026-11] guess: common table default
];
export const emptyStateLabels_: LabelExamples = {
  'Aucune habilitation': { 'account-no-row td': 1 },
  'Aucune unité': { 'establishment-no-unit td': 1 },
  // The empty tab of the Bootstrap variant (consultations).
  'Aucun résultat': { 'establishment-no-unit-bootstrap p': 1 },
};

/** Habilitations table columns, found by label, never by position [C: one row per habilitation, tied to an établissement and a unit]. */
export const establishmentColumnLabels = [
  'Établissement', // [C] tutorials
  'Structure', // [I 2026-11] guess
];
export const establishmentColumnLabels_: LabelExamples = {
  Établissement: { 'account-prescriber th': 1 },
  // No saved page has a « Structure » column yet: the word as the header's chooser labels it.
  Structure: { 'account-prescriber label': 1 },
};

export const unitColumnLabels = [
  'Unité', // [C] tutorials
  'Unité de soins', // [I 2026-11] the fiche's wording
  'Service', // [I 2026-11] guess: hospital wording
];
export const unitColumnLabels_: LabelExamples = {
  Unité: { 'account-prescriber th': 1 },
  // No saved page has a « Unité de soins » column yet: the word as a banner labels it.
  'Unité de soins': { 'other-annuaires [data-libelle]': 1 },
};

export const habilitationColumnLabels = [
  'Habilitation', // [C] tutorials
  'Profil', // [I 2026-11] guess
];
export const habilitationColumnLabels_: LabelExamples = {
  Habilitation: { 'account-prescriber th': 1, 'account-no-habilitation [role="columnheader"]': 1 },
  // The key/value table of the Bootstrap variant's header.
  Profil: { 'establishment-no-unit-bootstrap th': 1 },
};

/** A column that only the habilitations table has [C: "Réception des mails"]; not required to read it. */
export const mailColumnLabels = ['Réception des mails'];
export const mailColumnLabels_: LabelExamples = {
  'Réception des mails': { 'account-prescriber th': 1 },
};

// --- Habilitations ------------------------------------------------------------------------------

/** The three habilitations that allow creating and completing requests [G: SESAN guide, user level]; accents are ignored, so « Équipe » finds the page's « Equipe ». */
export const creatingHabilitationLabels: readonly string[] = HABILITATIONS;
export const creatingHabilitationLabels_: LabelExamples = {
  [HABILITATION_NAMES['equipe-soignante']]: {
    'account-prescriber td': 1,
    'account-no-habilitation [role="cell"]': 0,
  },
  [HABILITATION_NAMES['prescripteur-medical']]: { 'account-prescriber td': 0 },
};

/** Every CSS selector list above, by name: the selectors test iterates over this. */
export const selectorLists = {
  patientZones,
  dataRows,
  chromeZones,
  bannerZones,
  mainContent,
  contentContainers,
  formControls,
  logoutLinks,
  logoutControlCandidates,
  establishmentTitle,
  loginUserName,
  loginPassword,
  sectionContainers,
  tabLists,
  tables,
  columnHeaders,
  bodyRows,
  cells,
  cards,
  cardLabels,
  lists,
  listItems,
  emptyStateCandidates,
} as const;

/** Every label list above, by name. */
export const labelLists = {
  logoutLabels,
  structureLabels,
  unitLabels,
  accountHeadingLabels,
  unitsSectionLabels,
  generalInformationLabels,
  emptyStateLabels,
  establishmentColumnLabels,
  unitColumnLabels,
  habilitationColumnLabels,
  mailColumnLabels,
  creatingHabilitationLabels,
} as const;

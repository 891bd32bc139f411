// Everything the reader relies on in ViaTrajectoire's markup, in one place (the Refined GitHub
// selectors.ts pattern): when ViaTrajectoire changes, this file changes. Each entry is an array of
// alternatives; each alternative says where it was seen ([C], with the note it comes from in
// ../shared/notes/viatrajectoire.md) or why it is expected ([I] guess). tests/unit/selectors.test.ts
// runs every alternative against tests/fixtures/pages with an expected count.
// Labels are the page's own words, compared through ../text (case, accents, spaces ignored): titles may
// carry more words ("Unités de soins (3)"), labels that yield a name must match exactly.
// Never a generated CSS class (Angular's _ngcontent-*, _nghost-*): they change on every build. A UI kit's own
// class names (.nav-tabs, .mdc-tab, .mat-mdc-tab, .p-tabview-nav) are its markup, stable across an app's builds.

import { HABILITATIONS } from '../guide/ids';
import { normalizeLabel } from '../text';

// --- Where the reader may never look -------------------------------------------------------------

/** Request-file zones holding PATIENT DATA: nothing inside them is ever read. */
export const patientZones = [
  'volet-administratif', // [C] 2023 Sanitaire request file, Angular element
  'etat-civil', // [C] 2023 request file: "Nom de naissance", "Date de naissance"…
  'service-demandeur', // [C] 2023 request file
  'champs-obligatoires', // [C] 2023 request file
];

/** Data rows and grids (dashboard rows list patients): chrome never lives inside them. */
export const dataRows = [
  'tbody', // [I] dashboards list requests as table rows; the parser puts every <tr> of a <table> in a tbody
  '[role="row"]', // [I] Angular Material/CDK tables render rows as role=row
  '[role="grid"]', // [I] grid widgets (ag-Grid and the like)
  'mat-row', // [I] Angular Material's element table, rows written without their role
];

// --- The page chrome -----------------------------------------------------------------------------

/** The logged-in chrome around the app: menus, account header. Only a logout control is looked for
 * in all of them (a boolean); names come from the top banner alone (bannerZones). */
export const chromeZones = [
  'header', // [I] guess: the top bar with the user's name at top right ([C] the name is there)
  '[role="banner"]', // [I] guess: same bar, if built from divs
  'nav', // [I] guess: ADMINISTRATION / Annuaires / Observatoire menus ([C] the menus exist)
  '[role="navigation"]', // [I] guess: same menus, if built from divs
  '[role="menu"]', // [I] the user menu opened from the name, often rendered in an overlay at the end of body
];

/** Links whose address says "log out": attribute only, no text read. */
export const logoutLinks = [
  'a[href*="logout" i]', // [I] guess: ASP.NET forms-auth sign-out page (Logout.aspx)
  'a[href*="deconnexion" i]', // [I] guess: same, in French
  'a[href*="signout" i]', // [I] guess: Pro Santé Connect / OpenID end-session
];

/** Controls whose text may be a logout label, looked for inside chromeZones only. */
export const logoutControlCandidates = [
  'a', // [I] a menu link
  'button', // [I] Angular menus use buttons
  '[role="menuitem"]', // [I] Angular Material menu items
];

/** The text of a logout control. */
export const logoutLabels = [
  'Déconnexion', // [I] ViaTrajectoire's French UI; the usual word on French public-sector apps
  'Se déconnecter', // [I] same, as a verb
];

// --- The top banner: the only place names are read --------------------------------------------------
// A patient banner can be written exactly like the app's own ("Unité : …" in a <header>): what tells
// them apart is WHERE it sits, never what it says (read.ts, topBanner).

/** Candidates for the application's top banner (the first that sits at the top of the layout wins). */
export const bannerZones = [
  'header', // [I] guess: the top bar with the user's name at top right ([C] the name is there)
  '[role="banner"]', // [I] guess: same bar, if built from divs
  'nav', // [I] guess: a Bootstrap-style top navbar is a <nav> ([C] Bootstrap-style markup is likely)
];

/** The page's main content: the banner comes before it in document order, and is never inside it. */
export const mainContent = [
  'main', // [I] HTML's main landmark
  '[role="main"]', // [I] same, if built from divs
];

/** Containers of content: a banner inside one is a record's (a patient banner, a card, a modal), not the app's. */
export const contentContainers = [
  'article', // [I] a card or record
  'section', // [I] a block of the page ("Dernier dossier consulté")
  'aside', // [I] a side box (a last-opened file)
  'form', // [I] a request form; the WebForms page form around everything is the one exception (read.ts)
  'fieldset', // [I] WebForms form layout
  'dialog', // [I] HTML modal
  '[role="dialog"]', // [C] Bootstrap-style modals (.modal-body) are used; [I] with role=dialog
  'table', // [I] any table, header rows included (data rows are off limits anyway)
  '[role="table"]', // [I] div-based tables
  '[role="grid"]', // [I] grid widgets
  'mat-table', // [I] Angular Material's element table
  '[role="tabpanel"]', // [I] the body of a tab
];

/** Form controls: a value element that is or holds one yields nothing (never a control's value). */
export const formControls = [
  'input', // [C] the login form has inputs; a text field's value is what the user typed
  'select', // [I] a chooser of the current structure/unit: its selected option is never read
  'textarea', // [I]
  'button', // [I] a dropdown button showing a choice
  '[role="combobox"]', // [I] Angular Material's mat-select renders role=combobox
];

/** How many elements at most between body and the banner [I: app-root > app-layout > app-header > header]. */
export const BANNER_MAX_DEPTH = 4;

/** With real layout, the banner's top is above this many pixels in the document [I: a top bar is 40-150 px high]. */
export const BANNER_MAX_TOP_PX = 200;

/** A value element for the current structure in the banner (WebForms ids end with the control name). */
export const structureNameValue = [
  '[id$="lblEtablissement" i]', // [I] guess: WebForms Label control in the shell's header
  '[id$="lblStructure" i]', // [I] guess: same, other wording
];

/** A value element for the current unit in the banner. */
export const unitNameValue = [
  '[id$="lblUnite" i]', // [I] guess: WebForms Label control in the shell's header
];

/** Label elements in the banner followed by their value ("Établissement : Centre X"). */
export const contextLabelCandidates = [
  'dt', // [I] guess: a definition list in the header, value in the next <dd>
  'label', // [I] guess: a label then its value; a label before a form control (a chooser) yields nothing
  '[data-libelle]', // [I] guess: explicit label spans
];

/** Value elements in the banner whose title attribute is their label (<span title="Établissement">Centre X</span>). */
export const titledValues = [
  'span[title]', // [I] guess: a compact header showing values only, their label as a tooltip
];

/** A key/value table in the banner: each row a label cell then its value cell (th/td). */
export const bannerKeyValueRows = [
  'tr', // [I] guess: a small two-column table in a WebForms header; read only in the shape of read.ts keyValueLabel
];

/** Separators between "Libellé : valeur" pairs written in one text node of the banner. */
export const ONE_LINE_SEPARATORS = /(\s*\|\s*|\s[–·]\s)/u; // [I] guess: « Établissement : X | Unité : Y », with – or · too; captured to rejoin a value

/** Banner labels naming the current structure: matched exactly (read.ts, matchesNameLabel), never as a prefix. */
export const structureLabels = [
  'Établissement', // [C] the word ViaTrajectoire uses for a structure (habilitations table, admin menu)
  'Structure', // [I] the SESAN guide's word
];

/** Banner labels naming the current unit: matched exactly, so "Unité d'hospitalisation" is not one. */
export const unitLabels = [
  'Unité', // [C] the word of the habilitations table
  'Unité de soins', // [C] the establishment fiche's tab name
];

// --- Page-kind hints from the document (when the address is unknown or a guess) -------------------

/** Bootstrap / ngbNav tabs, without ARIA roles. */
export const bootstrapTabs = [
  'ul.nav-tabs > li.nav-item > a.nav-link', // [I] Bootstrap 4-5 / ngbNav tabs, the selected one a.nav-link.active
  'ul.nav-tabs > li', // [I] Bootstrap 3 tabs (plain li, the selected one li.active)
];

/** Bootstrap / ngbNav: the panes of a row of tabs, the shown one .active (ngbNav renders only that one). */
export const bootstrapTabPanes = [
  '.tab-content > .tab-pane', // [I] Bootstrap 3-5 and ngbNav's outlet
];

/** Angular Material: a tab group, its labels and its bodies, matched by position. */
export const materialTabGroups = [
  'mat-tab-group', // [I] Angular Material's element
];
export const materialTabLabels = [
  '.mdc-tab', // [I] Angular Material 15+ (MDC): the kit's public class, not a generated one
  '.mat-mdc-tab', // [I] Angular Material 15+, the same label's other public class
  '.mat-tab-label', // [I] Angular Material legacy
];
export const materialTabBodies = [
  'mat-tab-body', // [I] Angular Material, all versions; only the selected body has content
];

/** PrimeNG: a tab view, its rendered headers and panels, matched by position. */
export const primeTabViews = [
  'p-tabview', // [I] PrimeNG's element
];
export const primeTabHeaders = [
  '.p-tabview-nav > li', // [I] PrimeNG rendered header, the selected one li.p-highlight
];
export const primeTabPanels = [
  '.p-tabview-panel', // [I] PrimeNG rendered panel (inside its p-tabpanel), the unselected ones [hidden]
];

/** PrimeNG tabs as written in templates: the title is the header attribute, the section the element itself. */
export const primeTemplateTabs = [
  'p-tabpanel[header]', // [I] PrimeNG's element; rendered, it still carries the attribute and holds its .p-tabview-panel
];

/** Class names that mark the selected tab or pane in each kit (a class token, not a selector). */
export const activeTabClasses = [
  'active', // [I] Bootstrap/ngbNav: a.nav-link.active, li.active, .tab-pane.active
  'mdc-tab--active', // [I] Angular Material 15+ label
  'mat-tab-label-active', // [I] Angular Material legacy label
  'mat-mdc-tab-body-active', // [I] Angular Material 15+ body
  'mat-tab-body-active', // [I] Angular Material legacy body
  'p-highlight', // [I] PrimeNG selected header
];

/** Headings and tabs whose text tells the page kind (tabs: the title of every tab, the selected one's section is read). */
export const headingCandidates = [
  'h1', // [I]
  'h2', // [I]
  'h3', // [I]
  'h4', // [I] a section title inside a Bootstrap card or panel
  'legend', // [I] WebForms fieldsets
  '[role="heading"]', // [I] div-based headings
  '[role="tab"]', // [C] the fiche établissement has tabs; [I] Angular Material renders them as role=tab
  // The tabs of each UI kit, written without ARIA roles ([C] Bootstrap-style markup is likely on the site):
  ...bootstrapTabs,
  ...materialTabLabels,
  ...primeTabHeaders,
  ...primeTemplateTabs,
];

/** The account settings section [C] ("ADMINISTRATION > Mon compte > Mes habilitations"). */
export const accountHeadingLabels = ['Mes habilitations'];

/** The fiche établissement's units tab/section [C: tab "Unités de soins"]. */
export const unitsSectionLabels = ['Unités de soins'];

/** The fiche établissement's title: the establishment's name, only ever compared with the banner's
 * structure (read.ts, isOwnEstablishment: a boolean, the title is never kept). */
export const establishmentTitle = [
  'main h1', // [I] guess: the fiche's name as the page's main title ([C] the fiche exists; its markup is not public)
  '[role="main"] h1', // [I] same, when the main content is built from divs
];

/** Another tab of the fiche établissement [C: "Informations générales"]; with unitsSectionLabels it says establishment. */
export const generalInformationLabels = ['Informations générales'];

/** The login form's user-name field. */
export const loginUserName = [
  '#UserName', // [C] 2023 login markup
  'input[name$="$UserName"]', // [I] guess: WebForms naming inside a master page (ctl00$…$UserName)
];

/** The login form's password field. */
export const loginPassword = [
  'input[type="password"]', // [C] 2023 login markup
];

// --- Sections, tables and lists -------------------------------------------------------------------

/** The container of a section found by its heading (when the heading is not a tab with aria-controls). */
export const sectionContainers = [
  '[role="tabpanel"]', // [I] Angular Material tab body
  'section', // [I]
  'fieldset', // [I] WebForms layout
];

/** A tab's panel, found from the tab by aria-labelledby when the tab has no aria-controls. */
export const tabPanels = [
  '[role="tabpanel"][aria-labelledby]', // [I] WAI-ARIA tabs, as Angular Material renders them
];

/** A row of tabs: a list inside it is the tabs, not a list of units. */
export const tabLists = [
  '[role="tablist"]', // [C] the fiche établissement has tabs; [I] rendered as role=tablist
  'ul.nav-tabs', // [I] Bootstrap / ngbNav tabs without roles
  '.p-tabview-nav', // [I] PrimeNG rendered tab headers
];

/** Tables, for the habilitations table and the units list. */
export const tables = [
  'table', // [C] "Mes habilitations" is a table (tutorials); also table[mat-table]
  '[role="table"]', // [I] Angular Material tables built from divs
  '[role="grid"]', // [I] a grid widget; read as a table only inside the account or units section
  'mat-table', // [I] Angular Material's element table, without roles
];

/** Column header cells inside a table. */
export const columnHeaders = [
  'th', // [C] a table with column headers ("Réception des mails")
  '[role="columnheader"]', // [I] div-based tables
  'mat-header-cell', // [I] Angular Material's element table
];

/** Body rows inside a table (a header row has no cells and is skipped). */
export const bodyRows = [
  'tbody tr', // [I]
  '[role="row"]', // [I] div-based tables
  'mat-row', // [I] Angular Material's element table
];

/** Data cells inside a row. */
export const cells = [
  'td', // [I]
  '[role="cell"]', // [I] div-based tables
  '[role="gridcell"]', // [I]
  'mat-cell', // [I] Angular Material's element table
];

/** A record shown as a card of label/value pairs (one habilitation or one unit per card). */
export const cards = [
  '.card', // [I] Bootstrap card
  'mat-card', // [I] Angular Material card
  '.p-card', // [I] PrimeNG card
  'dl', // [I] a definition list per record
];

/** The label of a pair in a card; its value is the next element. */
export const cardLabels = [
  'dt', // [I] a definition list
  '.label', // [I] <span class="label">Unité</span><span>…</span>
  'label', // [I]
];

/** Lists, for a units section that lists units without a table. */
export const lists = [
  'ul', // [I] guess
  'ol', // [I] guess
  '[role="list"]', // [I] guess
];

/** Items inside a list. */
export const listItems = [
  'li', // [I]
  '[role="listitem"]', // [I]
];

/** Where a "nothing here" message would be, inside a section. */
export const emptyStateCandidates = [
  'td', // [I] the "empty message" row of Angular/PrimeNG tables, one cell spanning all columns
  'p', // [I] a paragraph in place of the table
  '[role="status"]', // [I]
];

/** The start of a "nothing here" message: an empty table is only trusted with one (it may still be loading). */
export const emptyStateLabels = [
  'Aucune habilitation', // [I] guess
  'Aucune unité', // [I] guess ("Aucune unité de soins")
  'Aucun résultat', // [I] guess: common table default
  'Aucune donnée', // [I] guess: common table default
  'Aucun élément', // [I] guess: common table default
];

/** Habilitations table columns, found by label, never by position [C: one row per habilitation, tied to an établissement and a unit]. */
export const establishmentColumnLabels = [
  'Établissement', // [C] tutorials
  'Structure', // [I] guess
];

export const unitColumnLabels = [
  'Unité', // [C] tutorials
  'Unité de soins', // [I] the fiche's wording
  'Service', // [I] guess: hospital wording
];

export const habilitationColumnLabels = [
  'Habilitation', // [C] tutorials
  'Profil', // [I] guess
];

/** A column that only the habilitations table has [C: "Réception des mails"]; not required to read it. */
export const mailColumnLabels = ['Réception des mails'];

// --- Habilitations ------------------------------------------------------------------------------

/** The three habilitations that allow creating and completing requests [G: SESAN guide, user level]; accents are ignored, so « Équipe » finds the page's « Equipe ». */
export const creatingHabilitationLabels: readonly string[] = HABILITATIONS;

/** creatingHabilitationLabels, normalized (compare against normalizeLabel of a cell). */
export const CREATING_HABILITATIONS: readonly string[] = creatingHabilitationLabels.map(normalizeLabel);

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
  structureNameValue,
  unitNameValue,
  contextLabelCandidates,
  titledValues,
  bannerKeyValueRows,
  headingCandidates,
  bootstrapTabs,
  bootstrapTabPanes,
  materialTabGroups,
  materialTabLabels,
  materialTabBodies,
  primeTabViews,
  primeTabHeaders,
  primeTabPanels,
  primeTemplateTabs,
  establishmentTitle,
  loginUserName,
  loginPassword,
  sectionContainers,
  tabPanels,
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

// What a ViaTrajectoire page says about the user's situation, read from the address and the page
// chrome only (../shared/notes/viatrajectoire.md, "Consequences"): never the body's whole text,
// never a request file's zones, never a dashboard's rows. Names (structure, unit) are read only on
// the page kinds of NAMES_READ_ON, and only from the application's top banner (topBanner). Every
// selector and label comes from ./selectors; a wrong guess there gives `undefined` facts (and the
// address-based kind), not an error.

import { capName } from '../names';
import { labelWords, matchesNameLabel, matchesTitle, normalizeLabel, startsWithLabel } from '../text';
import {
  accountHeadingLabels,
  activeTabClasses,
  BANNER_MAX_DEPTH,
  BANNER_MAX_TOP_PX,
  bannerKeyValueRows,
  bannerZones,
  bodyRows,
  bootstrapTabPanes,
  bootstrapTabs,
  CREATING_HABILITATIONS,
  cardLabels,
  cards,
  cells,
  chromeZones,
  columnHeaders,
  contentContainers,
  contextLabelCandidates,
  dataRows,
  emptyStateCandidates,
  emptyStateLabels,
  establishmentColumnLabels,
  establishmentTitle,
  formControls,
  generalInformationLabels,
  habilitationColumnLabels,
  headingCandidates,
  listItems,
  lists,
  loginPassword,
  loginUserName,
  logoutControlCandidates,
  logoutLabels,
  logoutLinks,
  mainContent,
  materialTabBodies,
  materialTabGroups,
  materialTabLabels,
  ONE_LINE_SEPARATORS,
  patientZones,
  primeTabHeaders,
  primeTabPanels,
  primeTabViews,
  primeTemplateTabs,
  sectionContainers,
  structureLabels,
  structureNameValue,
  tabLists,
  tables,
  tabPanels,
  titledValues,
  unitColumnLabels,
  unitLabels,
  unitNameValue,
  unitsSectionLabels,
} from './selectors';
import { newTrace, type ReadTrace, record } from './trace';
import { CONFIRMED_BY_ADDRESS, isInAngularApp, isLoggedInArea, type PageKind, pageKindFromUrl } from './urls';

/** One row of the user's own "Mes habilitations" table. */
export interface HabilitationRow {
  establishment: string;
  unit: string;
  habilitation: string;
}

export interface PageContext {
  pageKind: PageKind;
  loggedIn: boolean;
  /** Only on `account`, once the table (or its empty message) has rendered. */
  habilitations?: HabilitationRow[];
  /** Only with `habilitations`: one row carries a habilitation that allows creating requests. */
  hasCreatingHabilitation?: boolean;
  /** Only on `establishment`, once the "Unités de soins" section has rendered. */
  unitsListed?: boolean;
  /** Only on `establishment`: the fiche's title names the structure of the app's banner (the user's
   * own establishment); absent when either name is not shown. A boolean: neither name is kept. */
  ownEstablishment?: boolean;
  /** The current structure and unit as the app's top banner shows them (trimmed, capped); only on NAMES_READ_ON. */
  structureName?: string;
  unitName?: string;
  /** On `account`/`establishment` (or an Angular page with nothing rendered yet): the chrome the
   * context needs is not there yet; read again on DOM changes, up to a time limit. */
  pending?: true;
}

/**
 * The only page kinds where structure and unit names are read: the user's own context is shown there
 * and no patient file is open. Never on a request file (its patient banner can look like the app's),
 * nor on 'other' (an unrecognised page may show a patient), nor on 'public-home' and 'login' (no one
 * is logged in there, so there is no context of the user's to read).
 */
export const NAMES_READ_ON: readonly PageKind[] = ['dashboard', 'account', 'establishment'];

/**
 * Reads the page kind and context. Never throws: any exception gives the address-only context
 * (`pageKindFromUrl`, logged in from the address), so callers need no try/catch.
 */
export function readPage(doc: Document, url: URL): PageContext {
  try {
    return readPageUnguarded(doc, url);
  } catch {
    return contextFromAddress(url);
  }
}

/**
 * readPage, and what the reader looked for and found on the way (./trace): only when the user asks
 * (« Ce que l'extension a compris », the recognition report). The same code reads; nothing differs
 * but the record. A failed read gives the address-only context and the signals met before it failed.
 */
export function readPageTraced(doc: Document, url: URL): { context: PageContext; trace: ReadTrace } {
  const trace = newTrace();
  try {
    return { context: readPageUnguarded(doc, url, trace), trace };
  } catch {
    return { context: contextFromAddress(url), trace };
  }
}

/** What the address alone says; the fallback when reading the document fails. */
export function contextFromAddress(url: URL): PageContext {
  try {
    return { pageKind: pageKindFromUrl(url), loggedIn: isLoggedInArea(url) };
  } catch {
    return { pageKind: 'other', loggedIn: false };
  }
}

/**
 * One read of one document. What several questions search for is searched once: the headings
 * (each search walks the whole document) are found on first use and reused. A page that renders
 * late is read again after it changes, up to four times a second (entrypoints/viatrajectoire.content).
 */
interface Reading {
  doc: Document;
  headings?: Element[];
  /** Only when the user asked what the reader saw (readPageTraced). */
  trace?: ReadTrace;
}

function readPageUnguarded(doc: Document, url: URL, trace?: ReadTrace): PageContext {
  const fromAddress = pageKindFromUrl(url);
  const reading: Reading = { doc, trace };
  // Confirmed addresses (login, dashboard, request…) are never second-guessed: on request files and
  // dashboards, this also means no heading of the page is ever read.
  const pageKind = CONFIRMED_BY_ADDRESS.includes(fromAddress)
    ? fromAddress
    : (kindFromDocument(reading) ?? fromAddress);
  // The chrome zones and banner candidates, found in one walk per read: each search of them walks
  // the whole document (15 ms on a 10,000-row dashboard, bench/README.md).
  const chrome = chromeOf(doc);
  const context: PageContext = {
    pageKind,
    loggedIn: isLoggedInArea(url) || hasLogoutControl(doc, chrome.zones),
  };

  if (pageKind !== 'public-home' && pageKind !== 'login') record(trace, 'logout', context.loggedIn);
  if (pageKind === 'login' && trace)
    record(trace, 'login-form', first(doc, loginUserName) !== null && first(doc, loginPassword) !== null);

  const readsNames = NAMES_READ_ON.includes(pageKind);
  const banner = readsNames ? topBanner(doc, chrome) : undefined;
  if (readsNames) record(trace, 'banner', banner !== undefined, banner?.localName);
  if (banner !== undefined) {
    const structure = readBannerName(banner, structureNameValue, structureLabels);
    record(trace, 'structure-name', structure !== undefined, structure?.via);
    if (structure !== undefined) context.structureName = structure.name;
    const unit = readBannerName(banner, unitNameValue, unitLabels);
    record(trace, 'unit-name', unit !== undefined, unit?.via);
    if (unit !== undefined) context.unitName = unit.name;
  }

  if (pageKind === 'account') {
    const habilitations = readHabilitations(reading);
    if (habilitations === undefined) {
      context.pending = true;
    } else {
      context.habilitations = habilitations;
      context.hasCreatingHabilitation = habilitations.some((row) => isCreatingHabilitation(row.habilitation));
    }
  } else if (pageKind === 'establishment') {
    const unitsListed = readUnitsListed(reading);
    if (unitsListed === undefined) context.pending = true;
    else context.unitsListed = unitsListed;
    const own = isOwnEstablishment(doc, context.structureName, trace);
    if (own !== undefined) context.ownEstablishment = own;
  } else if (pageKind === 'other' && isInAngularApp(url) && headings(reading).length === 0) {
    // An Angular route nobody knows: it may still render into an account or establishment screen.
    context.pending = true;
  }
  return context;
}

// --- Page kind from the chrome -------------------------------------------------------------------

/** The page kind the document's headings and forms say, or undefined when they say nothing. */
function kindFromDocument(reading: Reading): PageKind | undefined {
  const { trace } = reading;
  if (findHeading(reading, accountHeadingLabels)) {
    if (trace) trace.kindSource = 'heading';
    return 'account';
  }
  if (findHeading(reading, unitsSectionLabels) && findHeading(reading, generalInformationLabels)) {
    if (trace) trace.kindSource = 'tabs';
    return 'establishment';
  }
  if (first(reading.doc, loginUserName) && first(reading.doc, loginPassword)) {
    if (trace) trace.kindSource = 'login-form';
    return 'login';
  }
  return undefined;
}

const isCreatingHabilitation = (habilitation: string): boolean => {
  const words = ` ${labelWords(habilitation)} `;
  // A phrase inside the cell ("Sanitaire - Equipe soignante") counts; a different label does not.
  return CREATING_HABILITATIONS.some((label) => words.includes(` ${labelWords(label)} `));
};

// --- Guards: where nothing is ever read -----------------------------------------------------------

const PATIENT_ZONES = patientZones.join(', ');
const DATA_ROWS = dataRows.join(', ');

/** Inside a request file's patient zones: never read, on any page. */
const inPatientZone = (element: Element): boolean => element.closest(PATIENT_ZONES) !== null;

/** Inside a patient zone or a data row (dashboard rows): never read as chrome. */
const offLimitsForChrome = (element: Element): boolean =>
  inPatientZone(element) || element.closest(DATA_ROWS) !== null;

// --- Small readers --------------------------------------------------------------------------------

/** The text of one small chrome element. Never called on body or html (see tests/unit/read.test.ts). */
const textOf = (element: Element): string => element.textContent ?? '';

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Display form of a name: white space collapsed, trimmed, capped; undefined when empty. */
function displayName(text: string): string | undefined {
  const collapsed = collapse(text);
  if (collapsed === '') return undefined;
  return capName(collapsed);
}

const first = (scope: Document | Element, selectors: readonly string[]): Element | null =>
  scope.querySelector(selectors.join(', '));

const all = (scope: Document | Element, selectors: readonly string[]): Element[] =>
  selectors.length === 0 ? [] : Array.from(scope.querySelectorAll(selectors.join(', ')));

const isHidden = (element: Element): boolean =>
  element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';

const CHROME_ZONES = chromeZones.join(', ');
const BANNER_ZONES = bannerZones.join(', ');
const MAIN_CONTENT = mainContent.join(', ');
const CONTENT_CONTAINERS = contentContainers.join(', ');
const FORM_CONTROLS = formControls.join(', ');
const OFF_LIMITS = `${PATIENT_ZONES}, ${DATA_ROWS}`;
/** Where neither the banner nor anything read in it may sit. */
const NOT_CHROME = `${OFF_LIMITS}, ${MAIN_CONTENT}, ${CONTENT_CONTAINERS}`;
/**
 * Every element the chrome walk stops at: most elements match none of them, and are passed over
 * with this one test instead of one per list (each `matches` crosses into the browser with its
 * whole selector text, at every element of the page's frame).
 */
const CHROME_WALK_STOPS = `${OFF_LIMITS}, ${MAIN_CONTENT}, ${CHROME_ZONES}`;

interface Chrome {
  /** The outermost chrome zones, anywhere outside patient zones and data rows: where logout is looked for. */
  zones: Element[];
  /** The banner zones met before the main content, in document order: the top banner is one of them. */
  bannerCandidates: Element[];
  /** The first main content element (main, role=main), if any. */
  main?: Element;
}

/**
 * The page's outermost chrome zones and banner candidates, in one walk that never enters a patient
 * zone or a data row: on a dashboard of 10,000 requests it visits the page's frame, not its rows (a
 * querySelectorAll of the zones would match against every cell). Zones nested in a zone are
 * searched through it.
 */
function chromeOf(doc: Document): Chrome {
  const chrome: Chrome = { zones: [], bannerCandidates: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return chrome;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      const element = node as Element;
      if (!element.matches(CHROME_WALK_STOPS)) return NodeFilter.FILTER_SKIP;
      if (element.matches(OFF_LIMITS)) return NodeFilter.FILTER_REJECT;
      if (chrome.main === undefined && element.matches(MAIN_CONTENT)) chrome.main = element;
      if (element.matches(CHROME_ZONES)) {
        chrome.zones.push(element);
        // The walk is in document order: a zone met before the main content may be the top banner.
        if (chrome.main === undefined && element.matches(BANNER_ZONES)) chrome.bannerCandidates.push(element);
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  while (walker.nextNode()) {
    // acceptNode collects the zones; nothing is ever accepted.
  }
  return chrome;
}

/** Elements inside the chrome zones (never in patient zones or data rows), each once. */
function inChrome(zones: readonly Element[], selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const zone of zones) {
    for (const element of all(zone, selectors)) {
      if (!offLimitsForChrome(element)) found.add(element);
    }
  }
  return [...found];
}

// --- Logged in --------------------------------------------------------------------------------------

/** A logout control in any chrome zone, menus included: it yields a boolean, never text. */
function hasLogoutControl(doc: Document, zones: readonly Element[]): boolean {
  // By address first: no text is read at all.
  if (all(doc, logoutLinks).some((link) => !offLimitsForChrome(link))) return true;
  return inChrome(zones, logoutControlCandidates).some((control) =>
    matchesTitle(textOf(control), logoutLabels),
  );
}

// --- The top banner and its names ---------------------------------------------------------------------

/** At most this many banner candidates are measured per read (getBoundingClientRect may force a layout). */
const MAX_BANNERS_MEASURED = 4;

/**
 * The application's top banner, or undefined: the first banner zone, met before the main content,
 * that sits in the page's frame (isInPageFrame) and, when the page has a layout, near its top.
 * A patient banner written like the app's (a <header> in <main>, in a section, a form, a modal)
 * is never it: where it sits decides, not what it says.
 */
function topBanner(doc: Document, chrome: Chrome): Element | undefined {
  return chrome.bannerCandidates
    .filter((candidate) => isInPageFrame(doc, candidate, chrome.main))
    .slice(0, MAX_BANNERS_MEASURED)
    .find(isAtTopOfLayout);
}

/**
 * Layout-free "at the top": a few elements below body at most (BANNER_MAX_DEPTH), none of them a
 * content container, and not around the main content. Happy-dom has no layout; this rule needs none.
 */
function isInPageFrame(doc: Document, banner: Element, main: Element | undefined): boolean {
  const body = doc.body;
  // A "banner" around the main content is a page wrapper (the walk did not enter it: search it).
  if (body === null || banner.querySelector(MAIN_CONTENT) !== null) return false;
  let depth = 0;
  for (let parent = banner.parentElement; parent !== body; parent = parent.parentElement) {
    depth += 1;
    if (parent === null || depth > BANNER_MAX_DEPTH) return false;
    if (parent.matches(NOT_CHROME) && !isPageForm(parent, main)) return false;
  }
  return true;
}

/** ASP.NET WebForms wraps a whole page in one form ([C] a WebForms shell): frame, not content, when the main content is in it too. */
const isPageForm = (element: Element, main: Element | undefined): boolean =>
  element.localName === 'form' && main !== undefined && element.contains(main);

/**
 * Banners measured at the top with real layout: not measured again at each late read, where the
 * box would force a layout of a page that keeps changing. Only a yes is kept (a bar pushed down
 * while the page loads may come up later); the element is the key, so nothing outlives it.
 */
const measuredAtTop = new WeakSet<Element>();

/** With real layout (a non-zero box), the banner's top is near the top of the page; without, the structure decides. */
function isAtTopOfLayout(banner: Element): boolean {
  if (measuredAtTop.has(banner)) return true;
  const box = banner.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return true;
  const view = banner.ownerDocument.defaultView;
  // A fixed or sticky bar stays at the top of the viewport whatever the scroll: its viewport top counts.
  const pinned = view !== null && /^(?:fixed|sticky)$/u.test(view.getComputedStyle(banner).position);
  const top = box.top + (pinned || view === null ? 0 : view.scrollY);
  if (top >= BANNER_MAX_TOP_PX) return false;
  measuredAtTop.add(banner);
  return true;
}

/** A name the banner shows, and which way of writing it matched (for the trace). */
interface BannerName {
  name: string;
  via: string;
}

/**
 * A name in the banner, by the first way of writing it that gives one: a value element found by id,
 * an exact label then its element (dt/dd, label, data-libelle), a value titled by its label, a
 * label/value table, and last "Libellé : valeur" in one text node.
 */
function readBannerName(
  banner: Element,
  valueSelectors: readonly string[],
  labels: readonly string[],
): BannerName | undefined {
  for (const value of all(banner, valueSelectors)) {
    if (!readableInBanner(banner, value)) continue;
    const name = nameIn(value);
    if (name !== undefined) return { name, via: 'id' };
  }
  for (const label of all(banner, contextLabelCandidates)) {
    if (!readableInBanner(banner, label) || !matchesNameLabel(textOf(label), labels)) continue;
    const value = label.nextElementSibling;
    if (value === null || !readableInBanner(banner, value)) continue;
    const name = nameIn(value);
    if (name !== undefined) return { name, via: pairVia(label) };
  }
  for (const value of all(banner, titledValues)) {
    if (!readableInBanner(banner, value) || !matchesNameLabel(value.getAttribute('title') ?? '', labels))
      continue;
    const name = nameIn(value);
    if (name !== undefined) return { name, via: 'span[title]' };
  }
  for (const row of all(banner, bannerKeyValueRows)) {
    const value = keyValueCell(banner, row, labels);
    const name = value === undefined ? undefined : nameIn(value);
    if (name !== undefined) return { name, via: 'th/td' };
  }
  const name = oneLineName(banner, labels);
  return name === undefined ? undefined : { name, via: 'one-line' };
}

const pairVia = (label: Element): string =>
  label.localName === 'dt' ? 'dt/dd' : label.localName === 'label' ? 'label' : 'data-libelle';

const MAX_KEY_VALUE_ROWS = 4;
const TABLE_PARTS = 'thead, tfoot, table, [role="columnheader"], [role="row"], [role="grid"], [role="table"]';

/**
 * The value cell of a label/value row of a small table in the banner (<tr><th>Unité</th><td>…</td></tr>).
 * Tables are otherwise content: this shape alone is read, because a list of records (a patient
 * list) has column headers above its rows and a key/value table has none: no thead, no roles, at most
 * MAX_KEY_VALUE_ROWS rows, each exactly one th then one td, in a table that itself sits in the banner's chrome.
 */
function keyValueCell(banner: Element, row: Element, labels: readonly string[]): Element | undefined {
  const table = row.closest('table');
  const around = table?.parentElement;
  if (!table || !around || !banner.contains(table) || !readableInBanner(banner, around)) return undefined;
  if (table.matches(DATA_ROWS) || table.querySelector(TABLE_PARTS) !== null) return undefined;
  const rows = Array.from(table.rows);
  if (rows.length > MAX_KEY_VALUE_ROWS || !rows.every(isKeyValueRow)) return undefined;
  const [label, value] = Array.from(row.children);
  if (!label || !value || value.querySelector(PATIENT_ZONES) !== null) return undefined;
  return matchesNameLabel(textOf(label), labels) ? value : undefined;
}

const isKeyValueRow = (row: HTMLTableRowElement): boolean =>
  row.children.length === 2 && row.children[0]?.localName === 'th' && row.children[1]?.localName === 'td';

const NOT_TEXT = 'script, style, template, noscript';
const LABEL_ELEMENTS = `${contextLabelCandidates.join(', ')}, th`;

/**
 * "Établissement : Centre X | Unité : Y" written in one text node of the banner: each text node of
 * the banner's own chrome (never a form control's, never a nested content's) is cut into pairs; a
 * name is the value after an exact label, and each value passes looksLikeMoreThanAName.
 */
function oneLineName(banner: Element, labels: readonly string[]): string | undefined {
  const walker = banner.ownerDocument.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node as Text).data;
    const parent = node.parentElement;
    if (!text.includes(':') || parent === null || !readableInBanner(banner, parent)) continue;
    // A label element holds a label ("Structure : nom" in a dt is not a pair): the exact-label rule stays.
    if (parent.closest(`${FORM_CONTROLS}, ${NOT_TEXT}, ${LABEL_ELEMENTS}`) !== null) continue;
    for (const pair of pairsInLine(collapse(text))) {
      if (!matchesNameLabel(pair.label, labels) || looksLikeMoreThanAName(pair.value)) continue;
      const name = displayName(pair.value);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

const PAIR = /^([^:]+?)\s*:\s*(.*)$/u;

/** The "label : value" pairs of one line; a part with no label belongs to the value before it (a name may hold " – "). */
function pairsInLine(line: string): { label: string; value: string }[] {
  const parts = line.split(ONE_LINE_SEPARATORS);
  const pairs: { label: string; value: string }[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const part = parts[index] ?? '';
    const pair = PAIR.exec(part);
    const previous = pairs.at(-1);
    if (pair) pairs.push({ label: pair[1] ?? '', value: pair[2] ?? '' });
    else if (previous) previous.value += `${parts[index - 1] ?? ''}${part}`;
  }
  return pairs;
}

/** Not inside a form, a table, a section, a patient zone… nested in the banner. */
function readableInBanner(banner: Element, element: Element): boolean {
  const container = element.closest(NOT_CHROME);
  return container === null || !banner.contains(container);
}

/** The name a value element shows; nothing from a form control (never an input's value or a select's option). */
function nameIn(value: Element): string | undefined {
  if (value.matches(FORM_CONTROLS) || value.querySelector(FORM_CONTROLS) !== null) return undefined;
  const text = collapse(textOf(value));
  return looksLikeMoreThanAName(text) ? undefined : displayName(text);
}

// A second line of defence (the first is where names are read): a structure or unit name is a few
// words, not a record. A date, ten digits (a NIR, a phone, a file number) or three parts or more
// ("Maladies infectieuses – chambre 12 – NOM Prénom") is not a name.
const DATE = /\b\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/u;
const TEN_DIGITS = /(?:\d[\s.-]?){10}/u;
const PART_SEPARATOR = /\s[-–—|·•]\s/gu;

function looksLikeMoreThanAName(text: string): boolean {
  return DATE.test(text) || TEN_DIGITS.test(text) || (text.match(PART_SEPARATOR)?.length ?? 0) >= 2;
}

// --- Sections by heading ----------------------------------------------------------------------------

const HEADINGS = headingCandidates.join(', ');
/** The heading walk's stops, tested at once for the same reason as CHROME_WALK_STOPS. */
const HEADING_WALK_STOPS = `${OFF_LIMITS}, ${HEADINGS}`;

/**
 * The page's headings outside patient zones and data rows, searched once per read, in one walk that
 * never enters a patient zone or a data row: the kits' tab selectors are matched against the page's
 * frame, not against every cell of a 10,000-row table.
 */
function headings(reading: Reading): Element[] {
  if (reading.headings) return reading.headings;
  const found: Element[] = [];
  const root = reading.doc.body ?? reading.doc.documentElement;
  if (root) {
    const walker = reading.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode(node) {
        const element = node as Element;
        if (!element.matches(HEADING_WALK_STOPS)) return NodeFilter.FILTER_SKIP;
        if (element.matches(OFF_LIMITS)) return NodeFilter.FILTER_REJECT;
        if (element.matches(HEADINGS)) found.push(element);
        return NodeFilter.FILTER_SKIP;
      },
    });
    while (walker.nextNode()) {
      // acceptNode collects the headings; nothing is ever accepted.
    }
  }
  reading.headings = found;
  return found;
}

function findHeading(reading: Reading, labels: readonly string[]): Element | undefined {
  return headings(reading).find((heading) => matchesTitle(headingText(heading), labels));
}

const BOOTSTRAP_TABS = bootstrapTabs.join(', ');
const MATERIAL_TAB_LABELS = materialTabLabels.join(', ');
const PRIME_TAB_HEADERS = primeTabHeaders.join(', ');
const PRIME_TEMPLATE_TABS = primeTemplateTabs.join(', ');

/** A heading's title: a PrimeNG template tab's is its header attribute (its text is the whole tab's body). */
const headingText = (heading: Element): string =>
  heading.matches(PRIME_TEMPLATE_TABS) ? (heading.getAttribute('header') ?? '') : textOf(heading);

/** Which way of writing a heading or tab matched, for the trace. */
function headingVia(heading: Element): string {
  if (heading.matches(BOOTSTRAP_TABS)) return 'ngbNav';
  if (heading.matches(MATERIAL_TAB_LABELS)) return 'mat-tab';
  if (heading.matches(`${PRIME_TAB_HEADERS}, ${PRIME_TEMPLATE_TABS}`)) return 'p-tabview';
  if (heading.getAttribute('role') === 'tab') return 'role=tab';
  if (heading.getAttribute('role') === 'heading') return 'role=heading';
  return heading.localName;
}

/** Marked as the selected tab or the shown pane by its kit (aria-selected, or a class of activeTabClasses). */
const isActive = (element: Element | null | undefined): boolean =>
  element != null &&
  (element.getAttribute('aria-selected') === 'true' ||
    activeTabClasses.some((name) => element.classList.contains(name)));

const shown = (panel: Element | null | undefined): Element | undefined =>
  panel != null && !isHidden(panel) ? panel : undefined;

/**
 * The rendered container of the section a heading or tab names; undefined when not rendered. For a
 * tab, only the panel shown for it: another tab's panel, or a hidden one, says "unknown", never "empty".
 */
function sectionOf(doc: Document, heading: Element): Element | undefined {
  if (heading.getAttribute('role') === 'tab') {
    const panel = ariaPanelOf(doc, heading);
    // A kit's tab whose ARIA panel is missing is looked up the kit's way (its panel may carry no id).
    if (
      panel !== undefined ||
      !heading.matches(`${BOOTSTRAP_TABS}, ${MATERIAL_TAB_LABELS}, ${PRIME_TAB_HEADERS}`)
    )
      return shown(panel);
  }
  if (heading.matches(BOOTSTRAP_TABS)) return bootstrapPaneOf(doc, heading);
  if (heading.matches(MATERIAL_TAB_LABELS))
    return panelByPosition(heading, materialTabGroups, materialTabLabels, materialTabBodies);
  if (heading.matches(PRIME_TAB_HEADERS))
    return panelByPosition(heading, primeTabViews, primeTabHeaders, primeTabPanels);
  if (heading.matches(PRIME_TEMPLATE_TABS)) {
    // Rendered, the p-tabpanel holds its panel ([hidden] when not selected); as written, it is the section.
    const rendered = first(heading, primeTabPanels);
    return isHidden(heading) ? undefined : rendered ? shown(rendered) : heading;
  }
  return heading.closest(sectionContainers.join(', ')) ?? undefined;
}

/** A WAI-ARIA tab's panel: by aria-controls, else the panel labelled by the tab. */
function ariaPanelOf(doc: Document, tab: Element): Element | undefined {
  const controls = tab.getAttribute('aria-controls');
  return (
    (controls ? doc.getElementById(controls) : null) ??
    all(doc, tabPanels).find(
      (candidate) =>
        tab.id !== '' && candidate.getAttribute('aria-labelledby')?.split(/\s+/u).includes(tab.id),
    )
  );
}

/** Bootstrap / ngbNav: the pane of the selected tab, by its target id, else the shown pane next to the tab row. */
function bootstrapPaneOf(doc: Document, tab: Element): Element | undefined {
  const item = tab.localName === 'li' ? tab : tab.closest('li');
  const link = tab.localName === 'li' ? tab.querySelector('a, button') : tab;
  if (!isActive(tab) && !isActive(item) && !isActive(link)) return undefined;
  const target = (
    link?.getAttribute('href') ??
    link?.getAttribute('data-bs-target') ??
    link?.getAttribute('data-target') ??
    ''
  ).trim();
  const byId = target.startsWith('#') && target.length > 1 ? doc.getElementById(target.slice(1)) : null;
  if (byId) return shown(byId);
  // ngbNav renders the selected pane alone, in an outlet after the tab row, often a level up.
  const row = tab.closest('ul');
  for (let scope = row?.parentElement, level = 0; scope && level < 2; scope = scope.parentElement, level++) {
    const panes = all(scope, bootstrapTabPanes);
    if (panes.length > 0) return shown(panes.find(isActive));
  }
  return undefined;
}

/** Angular Material and PrimeNG: the panel at the tab's position in its own group, when it is the one shown. */
function panelByPosition(
  tab: Element,
  groups: readonly string[],
  labels: readonly string[],
  panels: readonly string[],
): Element | undefined {
  const group = tab.closest(groups.join(', '));
  if (!group) return undefined;
  const own = (element: Element) => element.closest(groups.join(', ')) === group;
  const index = all(group, labels).filter(own).indexOf(tab);
  const panel = index < 0 ? undefined : all(group, panels).filter(own)[index];
  if (!panel) return undefined;
  // Material renders every body, only the selected one with content; PrimeNG hides the others.
  return isActive(tab) || isActive(panel) ? shown(panel) : undefined;
}

// --- Tables -----------------------------------------------------------------------------------------

interface TableReading {
  /** The header row's labels, in column order; [] when the table has no header row. */
  columns: string[];
  /** Data rows as their cells, each with as many cells as there are columns. */
  rows: Element[][];
  /** A "nothing here" message row is shown. */
  empty: boolean;
}

const CELL = cells.join(', ');
const COLUMN_HEADER = columnHeaders.join(', ');

function tableColumns(table: Element): { headerRow: Element | undefined; columns: string[] } {
  const headerRow = first(table, columnHeaders)?.parentElement ?? undefined;
  const columns = headerRow
    ? Array.from(headerRow.children)
        .filter((cell) => cell.matches(COLUMN_HEADER))
        .map(textOf)
    : [];
  return { headerRow, columns };
}

/** `wanted` decides from the header labels whether the rows are worth reading at all. */
function readTable(table: Element, wanted: (columns: string[]) => boolean = () => true): TableReading {
  const { headerRow, columns } = tableColumns(table);
  const rows: Element[][] = [];
  if (!wanted(columns)) return { columns, rows, empty: false };
  let empty = false;
  for (const row of new Set(all(table, bodyRows))) {
    if (row === headerRow || inPatientZone(row)) continue;
    const rowCells = Array.from(row.children).filter((cell) => cell.matches(CELL));
    if (rowCells.length === 0) continue;
    const expected = columns.length > 0 ? columns.length : rowCells.length;
    const spans = rowCells.some((cell) => Number(cell.getAttribute('colspan') ?? '1') > 1);
    if (rowCells.length === expected && !spans) {
      rows.push(rowCells);
    } else if (rowCells.some((cell) => startsWithLabel(textOf(cell), emptyStateLabels))) {
      empty = true;
    }
  }
  return { columns, rows, empty };
}

// --- Account: "Mes habilitations" ------------------------------------------------------------------

/** The user's habilitation rows; [] when the table says it is empty; undefined while not rendered. */
function readHabilitations(reading: Reading): HabilitationRow[] | undefined {
  const found = findHabilitations(reading);
  record(reading.trace, 'habilitations-table', found !== undefined, found?.via);
  return found?.rows;
}

/** Which way of writing a table matched, for the trace. */
function tableVia(table: Element): string {
  const role = table.getAttribute('role');
  if (table.localName === 'mat-table' || table.hasAttribute('mat-table')) return 'mat-table';
  if (role === 'grid' || role === 'table') return `role=${role}`;
  return table.localName;
}

function findHabilitations(reading: Reading): { rows: HabilitationRow[]; via: string } | undefined {
  const { doc } = reading;
  const heading = findHeading(reading, accountHeadingLabels);
  record(reading.trace, 'account-heading', heading !== undefined, heading ? headingVia(heading) : undefined);
  const section = heading ? sectionOf(doc, heading) : undefined;
  // Without a section, the account page's own tables (no patient data there) are searched.
  const candidates = all(section ?? doc, tables).filter((table) => !inPatientZone(table));
  const hasHabilitationColumn = (columns: string[]) =>
    columns.some((label) => matchesTitle(label, habilitationColumnLabels));
  for (const table of candidates) {
    // Only the user's habilitations table is read row by row; other tables stop at their header.
    const found = readTable(table, hasHabilitationColumn);
    const rows = habilitationRows(found.columns, found.rows);
    if (rows === undefined) continue;
    if (rows.length > 0 || found.empty) return { rows, via: tableVia(table) };
    // A table with no row and no message may still be loading its rows.
    return undefined;
  }
  // Cards are only read in the section: anywhere else on the page, a card may be a patient's.
  const fromCards = section ? cardRecords(section) : [];
  const cardRows = fromCards.flatMap((card) => habilitationRows(card.labels, [card.values]) ?? []);
  if (cardRows.length > 0) return { rows: cardRows, via: 'cards' };
  if (section && hasEmptyMessage(section)) return { rows: [], via: 'empty-message' };
  return undefined;
}

/** Rows of habilitations from columns found by label; undefined when no column is a habilitation. */
function habilitationRows(columns: string[], rows: Element[][]): HabilitationRow[] | undefined {
  const column = (labels: readonly string[]): number =>
    columns.findIndex((label) => matchesTitle(label, labels));
  const habilitationColumn = column(habilitationColumnLabels);
  if (habilitationColumn < 0) return undefined;
  const establishmentColumn = column(establishmentColumnLabels);
  const unitColumn = column(unitColumnLabels);
  const cell = (rowCells: Element[], index: number): string => {
    const found = index < 0 ? undefined : rowCells[index];
    return found ? (displayName(textOf(found)) ?? '') : '';
  };
  return rows
    .map((rowCells) => ({
      establishment: cell(rowCells, establishmentColumn),
      unit: cell(rowCells, unitColumn),
      habilitation: cell(rowCells, habilitationColumn),
    }))
    .filter((row) => row.habilitation !== '');
}

const CARDS = cards.join(', ');
const CARD_LABELS = cardLabels.join(', ');

/** The cards of a section (innermost ones), each as its labels and their value elements, in order. */
function cardRecords(section: Element): { labels: string[]; values: Element[] }[] {
  const records: { labels: string[]; values: Element[] }[] = [];
  for (const card of all(section, cards)) {
    if (inPatientZone(card) || card.querySelector(CARDS) !== null) continue;
    const labels: string[] = [];
    const values: Element[] = [];
    for (const label of all(card, cardLabels)) {
      const value = label.nextElementSibling;
      if (value === null || value.matches(CARD_LABELS)) continue;
      labels.push(textOf(label));
      values.push(value);
    }
    if (labels.length > 0) records.push({ labels, values });
  }
  return records;
}

function hasEmptyMessage(section: Element): boolean {
  return all(section, emptyStateCandidates).some(
    (element) => !inPatientZone(element) && startsWithLabel(textOf(element), emptyStateLabels),
  );
}

// --- Establishment: "Unités de soins" ----------------------------------------------------------------

/** Whether the units section lists a unit; undefined while the section is not rendered or still loading. */
function readUnitsListed(reading: Reading): boolean | undefined {
  const { trace } = reading;
  const heading = findHeading(reading, unitsSectionLabels);
  record(trace, 'units-heading', heading !== undefined, heading ? headingVia(heading) : undefined);
  if (trace)
    record(trace, 'general-information-tab', findHeading(reading, generalInformationLabels) !== undefined);
  const section = heading ? sectionOf(reading.doc, heading) : undefined;
  record(trace, 'units-section', section !== undefined, section?.localName);
  if (!section) return undefined;
  const units = unitsListedIn(section);
  record(trace, 'units-list', units !== undefined, units?.via);
  return units?.listed;
}

/** Whether the section lists a unit, and which way of writing said so (for the trace). */
function unitsListedIn(section: Element): { listed: boolean; via: string } | undefined {
  let emptyTable: Element | undefined;
  for (const table of all(section, tables)) {
    const found = readTable(table);
    if (found.rows.length > 0) return { listed: true, via: tableVia(table) };
    if (found.empty) emptyTable ??= table;
  }
  const listed = all(section, lists).some(
    (list) => list.closest(tabLists.join(', ')) === null && all(list, listItems).length > 0,
  );
  if (listed) return { listed: true, via: 'list' };
  // A card per unit: one with a unit label is a unit listed.
  if (cardRecords(section).some((card) => card.labels.some((label) => matchesTitle(label, unitColumnLabels))))
    return { listed: true, via: 'cards' };
  if (emptyTable) return { listed: false, via: tableVia(emptyTable) };
  if (hasEmptyMessage(section)) return { listed: false, via: 'empty-message' };
  return undefined;
}

/**
 * Whether the fiche is the user's own establishment's: its title, normalised, is the banner's
 * structure. Undefined when the banner shows no structure or the fiche no title. Only a boolean
 * leaves: the title is never kept (another establishment's name is none of the user's context).
 */
function isOwnEstablishment(
  doc: Document,
  structureName: string | undefined,
  trace?: ReadTrace,
): boolean | undefined {
  const title = all(doc, establishmentTitle).find((element) => !offLimitsForChrome(element));
  record(trace, 'establishment-title', title !== undefined);
  if (structureName === undefined) return undefined;
  const titleText = title === undefined ? '' : normalizeLabel(displayName(textOf(title)) ?? '');
  if (titleText === '') return undefined;
  return titleText === normalizeLabel(structureName);
}

// Property tests: the page reader and the situation rule, fed thousands of generated and mutated
// documents and addresses, never throw and always give a valid page kind and situation; the storage
// parsers turn any value into a valid one. fast-check prints the smallest failing input (and its
// seed) when a property fails.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { migrateChecklistV1, parseChecklist } from '../../content/checklist';
import { HABILITATION_NAMES } from '../../content/guide/ids';
import { PREREQUISITE_IDS, SITUATION_IDS } from '../../content/guide/schema';
import { LEARNT_FACTS, type Learnt, learnFrom, parseLearnt } from '../../content/learnt';
import { matchSituation } from '../../content/match';
import { freshChoice, freshLearnt, parsePanelState } from '../../content/session';
import {
  BANNER_READ_ON,
  contextFromAddress,
  type PageContext,
  readPage,
} from '../../content/viatrajectoire/read';
import { labelLists, patientZones } from '../../content/viatrajectoire/selectors';
import { detectors, PAGE_KINDS, pageKindFromUrl } from '../../content/viatrajectoire/urls';
import { MATCH, names } from './banner-names';
import { ALL_EXAMPLE_ADDRESSES } from './detector-examples';
import { fixtureHtml, fixturePages } from './fixture-pages';

// readPage catches every exception and falls back to the address (contextFromAddress), so "never
// throws" alone would hide a reader that fails. pageKindFromUrl is wrapped to count its calls: a
// normal read calls it once, a read that fell back calls it again from contextFromAddress.
vi.mock('../../content/viatrajectoire/urls', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../content/viatrajectoire/urls')>();
  return { ...actual, pageKindFromUrl: vi.fn(actual.pageKindFromUrl) };
});
const kindCalls = vi.mocked(pageKindFromUrl);

const HOST = 'trajectoire.sante-ra.fr';
/** An Angular route no detector claims (other_): the page kind is the document's, or 'other'. */
const UNCLAIMED_ADDRESS = `https://${HOST}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Annuaires/Recherche`;
const SITUATIONS: readonly string[] = [...SITUATION_IDS, 'unknown'];
const NOW = Date.UTC(2026, 10, 27, 9);

// --- Checking results -------------------------------------------------------------------------------

const HABILITATION_VALUES: readonly string[] = [...Object.keys(HABILITATION_NAMES), 'other'];

/** What is wrong with a context (empty when it is valid): the PageContext contract of read.ts. */
function contextProblems(context: PageContext): string[] {
  const problems: string[] = [];
  const allowed = new Set([
    'pageKind',
    'loggedIn',
    'habilitations',
    'hasCreatingHabilitation',
    'unitsListed',
    'ownEstablishment',
    'structureShown',
    'unitShown',
    'pending',
  ]);
  for (const key of Object.keys(context)) if (!allowed.has(key)) problems.push(`unknown key ${key}`);
  if (!PAGE_KINDS.includes(context.pageKind)) problems.push(`pageKind ${String(context.pageKind)}`);
  if (typeof context.loggedIn !== 'boolean') problems.push('loggedIn is not a boolean');
  const { habilitations } = context;
  if (habilitations !== undefined) {
    if (context.pageKind !== 'account') problems.push(`habilitations on ${context.pageKind}`);
    if (!Array.isArray(habilitations)) problems.push('habilitations is not an array');
    else
      for (const row of habilitations) {
        if (Object.keys(row).sort().join() !== 'habilitation,hasUnit')
          problems.push(`habilitation row has keys ${Object.keys(row)}`);
        if (!HABILITATION_VALUES.includes(row.habilitation))
          problems.push(`habilitation row names ${String(row.habilitation)}`);
        if (typeof row.hasUnit !== 'boolean') problems.push('habilitation row hasUnit is not a boolean');
      }
    if (typeof context.hasCreatingHabilitation !== 'boolean')
      problems.push('hasCreatingHabilitation missing');
    if (context.pending) problems.push('habilitations and pending together');
  } else if (context.hasCreatingHabilitation !== undefined) {
    problems.push('hasCreatingHabilitation without habilitations');
  }
  if (context.unitsListed !== undefined) {
    if (context.pageKind !== 'establishment') problems.push(`unitsListed on ${context.pageKind}`);
    if (typeof context.unitsListed !== 'boolean') problems.push('unitsListed is not a boolean');
    // Still pending with the units known: only while the banner (for the own-establishment comparison) is not there.
    if (context.pending && context.structureShown === true) problems.push('unitsListed and pending together');
  }
  if (context.ownEstablishment !== undefined) {
    if (context.pageKind !== 'establishment') problems.push(`ownEstablishment on ${context.pageKind}`);
    if (typeof context.ownEstablishment !== 'boolean') problems.push('ownEstablishment is not a boolean');
    if (context.structureShown !== true) problems.push('ownEstablishment without a banner structure');
  }
  for (const field of ['structureShown', 'unitShown'] as const) {
    const shown = context[field];
    if (shown !== undefined && !BANNER_READ_ON.includes(context.pageKind))
      problems.push(`${field} on ${context.pageKind}`);
    if (shown !== undefined && typeof shown !== 'boolean') problems.push(`${field} is not a boolean`);
  }
  // The closed vocabulary: the only strings a context holds are a page kind and habilitation ids.
  const strings = JSON.stringify(context).match(/"(?:[^"\\]|\\.)*"/gu) ?? [];
  const keys = new Set([...allowed, 'habilitation', 'hasUnit']);
  for (const string of strings.map((quoted) => JSON.parse(quoted) as string))
    if (
      !keys.has(string) &&
      !PAGE_KINDS.includes(string as never) &&
      !HABILITATION_VALUES.includes(string as never)
    )
      problems.push(`a string from outside the shipped sets: ${JSON.stringify(string)}`);
  if (context.pending !== undefined && context.pending !== true) problems.push('pending is not true');
  return problems;
}

/** What is wrong with a Learnt value: only the three facts, each a boolean with a time ≥ 0. */
function learntProblems(learnt: Learnt): string[] {
  const problems: string[] = [];
  if (learnt === null || typeof learnt !== 'object' || Array.isArray(learnt)) return ['not an object'];
  for (const [key, seen] of Object.entries(learnt)) {
    if (!(LEARNT_FACTS as readonly string[]).includes(key)) problems.push(`unknown fact ${key}`);
    if (seen === null || typeof seen !== 'object') {
      problems.push(`${key} is not an object`);
      continue;
    }
    if (Object.keys(seen).sort().join() !== 'at,value') problems.push(`${key} has keys ${Object.keys(seen)}`);
    if (typeof seen.value !== 'boolean') problems.push(`${key}.value is not a boolean`);
    if (typeof seen.at !== 'number' || !Number.isFinite(seen.at) || seen.at < 0)
      problems.push(`${key}.at invalid`);
  }
  return problems;
}

/**
 * Reads the page as the content script does, and checks the reading: a valid context, no fall back
 * to the address (the catch in readPage never ran), a valid situation for any learnt facts and
 * choice, and the same reading twice.
 */
function readAndCheck(doc: Document, url: URL, learnt: Learnt = {}): PageContext {
  kindCalls.mockClear();
  const context = readPage(doc, url);
  const calls = kindCalls.mock.calls.length;
  expect(
    calls,
    'readPage fell back to the address: an exception was caught inside it (pageKindFromUrl called again by contextFromAddress)',
  ).toBe(1);
  expect(contextProblems(context), JSON.stringify(context)).toEqual([]);
  // At an address no detector claims, the kind comes from the document: only these three, or none.
  expect(readPage(doc, new URL(UNCLAIMED_ADDRESS)).pageKind).toMatch(/^(account|establishment|login|other)$/);
  expect(SITUATIONS).toContain(matchSituation(context, learnt));
  expect(SITUATIONS).toContain(matchSituation(context, learnt, undefined));
  const learntNow = learnFrom(context, learnt, NOW);
  expect(learntProblems(learntNow)).toEqual([]);
  expect(SITUATIONS).toContain(matchSituation(context, learntNow));
  expect(readPage(doc, url)).toEqual(context);
  return context;
}

// --- Addresses -------------------------------------------------------------------------------------

/** Path segments ViaTrajectoire uses (and near misses), in the cases links use. */
const VOCABULARY = [
  'Trajectoire',
  'Pages',
  'pages',
  'AccesLibre',
  'AccesRestreint',
  'Angular',
  'App.aspx',
  'Sanitaire',
  'Handicap',
  'GrandAge',
  'TDB',
  'Demandeur',
  'Dossier',
  'Edition',
  'Creation',
  'Administration',
  'MonCompte',
  'Mon-Compte',
  'MesHabilitations',
  'Habilitations',
  'Etablissement',
  'Etablissements',
  'FicheEtablissement',
  'FicheEtablissement.aspx',
  'MonCompte.aspx',
  'Login.aspx',
  'Logout.aspx',
  'Default.aspx',
  'Charte.aspx',
  'Annuaires',
  'Recherche',
  'Public',
  '900001',
  '750000001',
  '',
  '.',
  '..',
  '%2F',
  '%2e%2e',
  'App.aspx%2FSanitaire',
  'Établissement',
  'Accès',
];

/** A string with its ASCII letters' case flipped where `mask` says so. */
const flipCase = (text: string, mask: boolean[]): string =>
  Array.from(text, (char, index) =>
    mask[index % Math.max(mask.length, 1)] && /[a-z]/i.test(char)
      ? char === char.toLowerCase()
        ? char.toUpperCase()
        : char.toLowerCase()
      : char,
  ).join('');

const knownSegment = fc
  .tuple(fc.constantFrom(...VOCABULARY), fc.array(fc.boolean(), { maxLength: 8 }))
  .map(([segment, mask]) => flipCase(segment, mask));

const segment = fc.oneof(
  { weight: 8, arbitrary: knownSegment },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Paths shaped like ViaTrajectoire's, then anything made of its words and random ones. */
const path = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '/Trajectoire/pages/AccesRestreint/Angular/App.aspx/',
        '/Trajectoire/Pages/AccesRestreint/',
        '/Trajectoire/Pages/AccesLibre/',
        '/trajectoire/',
        '/',
      ),
      fc.array(segment, { maxLength: 5 }),
      fc.boolean(),
    )
    .map(([prefix, segments, slash]) => `${prefix}${segments.join('/')}${slash ? '/' : ''}`),
  fc.array(segment, { maxLength: 9 }).map((segments) => `/${segments.join('/')}`),
);

const query = fc.oneof(
  fc.constant(''),
  fc.constant(
    '?ReturnUrl=%2fTrajectoire%2fpages%2fAccesRestreint%2fAngular%2fApp.aspx%2fSanitaire%2fTDB%2fDemandeur',
  ),
  fc
    .dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 10 }), { maxKeys: 3 })
    .map((params) => `?${new URLSearchParams(params)}`),
  fc.string({ maxLength: 20 }).map((text) => `?${text}`),
);

const fragment = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }).map((text) => `#${text}`),
  path.map((route) => `#${route}`),
);

const viaTrajectoireHost = fc.constantFrom(
  HOST,
  HOST,
  HOST,
  'TRAJECTOIRE.sante-ra.fr',
  `${HOST}:443`,
  `${HOST}:8443`,
  `${HOST}.`,
);

const otherHost = fc.oneof(
  fc.domain(),
  fc.constantFrom(
    `${HOST}.example.org`,
    `evil-${HOST}`,
    'www.viatrajectoire.fr',
    'sante-ra.fr',
    '127.0.0.1',
    '[::1]',
    'xn--trajectoire-xyz.fr',
  ),
);

const toUrl = (text: string): URL | undefined => {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
};

/** Addresses on ViaTrajectoire's host (most) and on other hosts. */
const address = fc
  .tuple(
    fc.constantFrom('https', 'https', 'http'),
    fc.oneof({ weight: 4, arbitrary: viaTrajectoireHost }, { weight: 1, arbitrary: otherHost }),
    path,
    query,
    fragment,
  )
  .map(([scheme, host, route, search, hash]) => toUrl(`${scheme}://${host}${route}${search}${hash}`))
  .filter((url): url is URL => url !== undefined);

// --- Documents ---------------------------------------------------------------------------------------

/** Every label the reader looks for, and near misses of them. */
const LABELS: string[] = Object.values(labelLists).flat();

const MARKUP_TEXT = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '</td></tr></table>',
  '<!-- -->',
  ']]>',
  '&lt;b&gt;',
  '\u0000',
  '\u202e',
  '\ud800',
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...LABELS),
        fc.array(fc.boolean(), { maxLength: 6 }),
        fc.constantFrom('', ' ', '  ', '\u00a0', '\n\t', ' : ', ' (3)', 's'),
      )
      .map(
        ([label, mask, extra]) =>
          `${extra.trim() === '' ? extra : ''}${flipCase(label.normalize('NFD'), mask)}${extra}`,
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(5000)) },
);

/** Tags that matter to the reader (and a few that do not), custom elements included. */
const TAGS = [
  'div',
  'span',
  'p',
  'a',
  'button',
  'header',
  'nav',
  'main',
  'section',
  'fieldset',
  'legend',
  'h1',
  'h2',
  'h3',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'label',
  'select',
  'option',
  'input',
  'form',
  'svg',
  'app-root',
  'mat-tab-group',
  ...patientZones,
];

const ROLES = [
  'row',
  'cell',
  'gridcell',
  'columnheader',
  'table',
  'grid',
  'tab',
  'tablist',
  'tabpanel',
  'heading',
  'banner',
  'navigation',
  'menu',
  'menuitem',
  'list',
  'listitem',
  'status',
  'presentation',
];

const attribute = fc.oneof(
  fc.tuple(fc.constant('role'), fc.constantFrom(...ROLES)),
  fc.tuple(
    fc.constantFrom('id', 'aria-controls', 'aria-labelledby', 'for'),
    fc.constantFrom('t1', 't2', 'p1', 'ctl00_lblEtablissement', 'lblUnite', 'UserName', '', 't1 p1'),
  ),
  fc.tuple(
    fc.constant('href'),
    fc.constantFrom('/Trajectoire/Pages/AccesLibre/Logout.aspx', '/signout', 'javascript:void(0)', '#', ''),
  ),
  fc.tuple(
    fc.constantFrom('hidden', 'selected', 'aria-hidden', 'data-libelle'),
    fc.constantFrom('', 'true', 'false'),
  ),
  fc.tuple(fc.constant('colspan'), fc.constantFrom('1', '2', '0', '-1', 'abc', '99999999999')),
  fc.tuple(fc.constant('type'), fc.constantFrom('password', 'text', 'checkbox')),
  fc.tuple(fc.constant('name'), fc.constantFrom('ctl00$main$UserName', 'UserName', 'password')),
  fc.tuple(fc.constant('aria-level'), fc.constantFrom('1', '2', '7')),
  fc.tuple(fc.constant('title'), text),
);

type TreeNode = { text: string } | { tag: string; attributes: [string, string][]; children: TreeNode[] };

const tree = fc.letrec<{ node: TreeNode; element: TreeNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 1, arbitrary: text.map((value) => ({ text: value })) },
    { weight: 2, arbitrary: tie('element') },
  ),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
})).element;

/** Builds a generated tree with DOM calls: any nesting, even one no parser would produce. */
function build(doc: Document, node: TreeNode): Node {
  if ('text' in node) return doc.createTextNode(node.text);
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  for (const child of node.children) element.append(build(doc, child));
  return element;
}

const emptyDocument = (): Document =>
  new DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');

/** Random documents: built node by node, or serialised and parsed again as a browser would. */
const randomDocument = fc
  .tuple(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([trees, reparse]) => {
    const doc = emptyDocument();
    for (const node of trees) doc.body.append(build(doc, node));
    return reparse ? new DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html') : doc;
  });

/** A change a page (or a new version of ViaTrajectoire) could make to a saved page. */
type Mutation =
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number; times: number }
  | { kind: 'renameHeader'; at: number; text: string }
  | { kind: 'shuffleHeaders'; at: number; order: number[] }
  | { kind: 'setText'; at: number; text: string }
  | { kind: 'appendText'; at: number; text: string }
  | {
      kind: 'insertMarkup';
      at: number;
      tree: TreeNode;
      where: 'beforebegin' | 'afterbegin' | 'beforeend' | 'afterend';
    }
  | { kind: 'emptyTable'; at: number }
  | { kind: 'nest'; at: number; depth: number; tag: string }
  | { kind: 'setAttribute'; at: number; attribute: [string, string] }
  | { kind: 'removeAttributes'; at: number }
  | { kind: 'move'; from: number; to: number };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove'), at }),
  fc.record({ kind: fc.constant('duplicate'), at, times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('renameHeader'), at, text }),
  fc.record({
    kind: fc.constant('shuffleHeaders'),
    at,
    order: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('setText'), at, text }),
  fc.record({ kind: fc.constant('appendText'), at, text }),
  fc.record({
    kind: fc.constant('insertMarkup'),
    at,
    tree,
    where: fc.constantFrom('beforebegin', 'afterbegin', 'beforeend', 'afterend'),
  }),
  fc.record({ kind: fc.constant('emptyTable'), at }),
  fc.record({
    kind: fc.constant('nest'),
    at,
    depth: fc.integer({ min: 1, max: 64 }),
    tag: fc.constantFrom(...TAGS),
  }),
  fc.record({ kind: fc.constant('setAttribute'), at, attribute }),
  fc.record({ kind: fc.constant('removeAttributes'), at }),
  fc.record({ kind: fc.constant('move'), from: at, to: at }),
) as fc.Arbitrary<Mutation>;

const pick = <T>(list: ArrayLike<T>, index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length];

/** Elements a mutation may touch: not <html>, <head> or <body> themselves. */
const elementsOf = (doc: Document): Element[] =>
  Array.from(doc.getElementsByTagName('*')).filter(
    (element) => element !== doc.documentElement && element !== doc.head && element !== doc.body,
  );

function mutate(doc: Document, change: Mutation): void {
  const elements = elementsOf(doc);
  switch (change.kind) {
    case 'remove':
      pick(elements, change.at)?.remove();
      return;
    case 'duplicate': {
      const element = pick(elements, change.at);
      for (let copy = 0; copy < change.times; copy++) element?.after(element.cloneNode(true));
      return;
    }
    case 'renameHeader': {
      const header = pick(
        doc.querySelectorAll('th, [role="columnheader"], h1, h2, h3, [role="tab"], legend, dt'),
        change.at,
      );
      if (header) header.textContent = change.text;
      return;
    }
    case 'shuffleHeaders': {
      const row = pick(doc.querySelectorAll('tr, [role="row"], [role="tablist"], thead'), change.at);
      if (!row) return;
      const children = Array.from(row.children);
      const keyed = children.map((child, index) => ({
        child,
        key: change.order[index % change.order.length] ?? 0,
      }));
      keyed.sort((a, b) => a.key - b.key);
      row.append(...keyed.map(({ child }) => child));
      return;
    }
    case 'setText': {
      const element = pick(elements, change.at);
      if (element) element.textContent = change.text;
      return;
    }
    case 'appendText':
      pick(elements, change.at)?.append(doc.createTextNode(change.text));
      return;
    case 'insertMarkup': {
      const element = pick(elements, change.at) ?? doc.body;
      const container = doc.createElement('div');
      container.append(build(doc, change.tree));
      element.insertAdjacentHTML(change.where, container.innerHTML);
      return;
    }
    case 'emptyTable': {
      const table = pick(doc.querySelectorAll('table, [role="table"], ul, ol'), change.at);
      if (!table) return;
      for (const row of table.querySelectorAll('tbody, tr, [role="row"], li')) {
        if (!row.querySelector('th, [role="columnheader"]')) row.remove();
      }
      return;
    }
    case 'nest': {
      const element = pick(elements, change.at);
      if (!element) return;
      // The wrappers are chained while detached, then put in place at once (cheaper in happy-dom).
      const outermost = doc.createElement(change.tag);
      let innermost = outermost;
      for (let level = 1; level < change.depth; level++) {
        const inner = doc.createElement(change.tag);
        innermost.append(inner);
        innermost = inner;
      }
      element.replaceWith(outermost);
      innermost.append(element);
      return;
    }
    case 'setAttribute':
      pick(elements, change.at)?.setAttribute(...change.attribute);
      return;
    case 'removeAttributes': {
      const element = pick(elements, change.at);
      for (const name of element?.getAttributeNames() ?? []) element?.removeAttribute(name);
      return;
    }
    case 'move': {
      const moved = pick(elements, change.from);
      const target = pick(elements, change.to);
      if (moved && target && !moved.contains(target)) target.append(moved);
      return;
    }
  }
}

const fixtureNames = fixturePages.map((page) => page.name);
const fixtureSources = new Map(fixtureNames.map((name) => [name, fixtureHtml(name)]));
const parsedFixtures = new Map<string, Document>();
/** A fresh copy of a saved page (cloning a parsed page is cheaper than parsing it again). */
const parseFixture = (name: string): Document => {
  let parsed = parsedFixtures.get(name);
  if (!parsed) {
    parsed = new DOMParser().parseFromString(fixtureSources.get(name) ?? '', 'text/html');
    parsedFixtures.set(name, parsed);
  }
  return parsed.cloneNode(true) as Document;
};

/** A saved page after a series of changes, read at its own address or at another one. */
const mutatedFixture = fc.record({
  name: fc.constantFrom(...fixtureNames),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 10 }),
  ownAddress: fc.boolean(),
  otherAddress: address,
});

const addressOf = (name: string): URL => new URL(fixturePages.find((page) => page.name === name)?.url ?? '');

// --- Patient banners written like the app's -----------------------------------------------------------

/** An address of every kind (their detectors' own examples). */
const anyKindAddress = fc.constantFrom(...ALL_EXAMPLE_ADDRESSES).map((href) => new URL(href));

const APP_NAMES = { structureName: 'APP STRUCTURE', unitName: 'APP UNIT' };
const NO_NAMES = {};
const APP_BANNER_PAIRS =
  '<dl><dt>Établissement :</dt><dd>APP STRUCTURE</dd><dt>Unité :</dt><dd>APP UNIT</dd></dl>';

/** The labels a name is read after: the most tempting ones to put a patient's value after. */
const NAME_LABEL = fc
  .constantFrom(...labelLists.structureLabels, ...labelLists.unitLabels)
  .chain((label) => fc.constantFrom(label, `${label} :`, label.toUpperCase()));

/** A patient's value written as a name would be (dt/dd, label + span, a WebForms label id). */
const patientPairs = (label: string, value: string): string[] => [
  `<dl><dt>${label}</dt><dd>${value}</dd></dl>`,
  `<p><label>${label}</label> <span>${value}</span></p>`,
  `<p><span data-libelle>${label}</span> <span>${value}</span></p>`,
  `<span id="ctl00_Patient_lblUnite">${value}</span><span id="x_lblEtablissement">${value}</span>`,
];

/** Wraps a patient header somewhere that is not the top banner. */
const outsideBanner: Array<(header: string) => { before?: string; inMain?: string; after?: string }> = [
  (header) => ({ inMain: header }),
  (header) => ({ inMain: `<section>${header}</section>` }),
  (header) => ({ inMain: `<aside><h2>Dernier dossier consulté</h2>${header}</aside>` }),
  (header) => ({ inMain: `<form>${header}<textarea></textarea></form>` }),
  (header) => ({ before: `<section>${header}</section>` }),
  (header) => ({ before: `<article>${header}</article>` }),
  (header) => ({ before: `<aside>${header}</aside>` }),
  (header) => ({ before: `<div role="dialog"><div class="modal-body">${header}</div></div>` }),
  (header) => ({ after: header }),
  (header) => ({ after: `<dialog open>${header}</dialog>` }),
  (header) => ({ after: `<div><div><div><div><div>${header}</div></div></div></div></div>` }),
  (header) => ({ inMain: `<table><thead><tr><th>${header}</th></tr></thead></table>` }),
  (header) => ({ inMain: `<div role="grid"><div role="row">${header}</div></div>` }),
  (header) => ({ inMain: `<etat-civil>${header}</etat-civil>` }),
];

/** Puts a patient's value inside the top banner, but where no name is read. */
const insideBanner: Array<(label: string, value: string) => string> = [
  (label, value) =>
    `<label>${label}</label><select><option>x</option><option selected>${value}</option></select>`,
  (label, value) => `<dl><dt>${label}</dt><dd><input value="${value}"></dd></dl>`,
  (label, value) => `<label>${label}</label><div role="combobox">${value}</div>`,
  (_, value) => `<dl><dt>Unité d'hospitalisation</dt><dd>${value}</dd></dl>`,
  (_, value) => `<p><label>Structure d'accueil</label> <span>${value}</span></p>`,
  (label, value) => `<form><dl><dt>${label}</dt><dd>${value}</dd></dl></form>`,
  (label, value) => `<section><dl><dt>${label}</dt><dd>${value}</dd></dl></section>`,
  (label, value) => `<dl><dt>${label}</dt><dd>Maladies infectieuses – chambre 12 – ${value}</dd></dl>`,
  (label, value) => `<dl><dt>${label}</dt><dd>${value} né le 14/03/1985</dd></dl>`,
];

const patientPage = fc
  .record({
    url: anyKindAddress,
    marker: fc.stringMatching(/^[A-Z]{8}$/).map((letters) => `PAT${letters}`),
    withBanner: fc.boolean(),
    label: NAME_LABEL,
    form: fc.nat(3),
    outside: fc.array(fc.nat(outsideBanner.length - 1), { minLength: 1, maxLength: 3 }),
    inside: fc.array(fc.nat(insideBanner.length - 1), { maxLength: 3 }),
    mainTag: fc.constantFrom('main', 'div role="main"'),
    wrappers: fc.nat(3),
  })
  .map(({ url, marker, withBanner, label, form, outside, inside, mainTag, wrappers }) => {
    const header = `<header>${patientPairs(label, `${marker} Prénom`)[form]}</header>`;
    const placed = outside.map((index) => outsideBanner[index]?.(header) ?? {});
    const traps = inside.map((index) => insideBanner[index]?.(label, marker) ?? '').join('');
    // The traps sit before the app's pairs: a reader that took the first label would meet them first.
    const banner = withBanner
      ? `<header>${traps}${APP_BANNER_PAIRS}<a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></header>`
      : '';
    const open = Array.from({ length: wrappers }, (_, i) => `<app-w${i}>`).join('');
    const close = Array.from({ length: wrappers }, (_, i) => `</app-w${wrappers - 1 - i}>`).join('');
    const mainEnd = mainTag === 'main' ? 'main' : 'div';
    const html = `${placed.map((p) => p.before ?? '').join('')}${open}${banner}${close}<${mainTag}><h1>Page</h1>${placed
      .map((p) => p.inMain ?? '')
      .join('')}</${mainEnd}>${placed.map((p) => p.after ?? '').join('')}`;
    return { html, url, marker, withBanner };
  });

// --- Stored values ---------------------------------------------------------------------------------

/** Any value storage could hold, and values close to the valid shapes (the interesting ones). */
const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
);
const almostSeen = fc.oneof(
  fc.record({ value: fc.boolean(), at: fc.oneof(fc.integer({ min: 0 }), fc.double(), fc.constant(NOW)) }),
  fc.record({ value: anyValue, at: anyValue }, { requiredKeys: [] }),
  anyValue,
);
const almostLearnt = fc.oneof(
  fc.record(
    { hasAccount: almostSeen, hasUnit: almostSeen, hasHabilitation: almostSeen, extra: anyValue },
    { requiredKeys: [] },
  ),
  anyValue,
);
const almostChecklist = fc.oneof(
  fc.record({
    ticked: fc.oneof(
      fc.dictionary(
        fc.oneof(fc.constantFrom(...PREREQUISITE_IDS), fc.string()),
        fc.oneof(fc.boolean(), anyValue),
      ),
      anyValue,
    ),
  }),
  fc.array(fc.oneof(fc.constantFrom(...PREREQUISITE_IDS), anyValue)),
  anyValue,
);

/** Contexts as any code could make them, consistent or not. */
const anyContext: fc.Arbitrary<PageContext> = fc.record(
  {
    pageKind: fc.constantFrom(...PAGE_KINDS),
    loggedIn: fc.boolean(),
    habilitations: fc.array(
      fc.record({
        habilitation: fc.constantFrom(
          ...(HABILITATION_VALUES as Array<keyof typeof HABILITATION_NAMES | 'other'>),
        ),
        hasUnit: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
    hasCreatingHabilitation: fc.boolean(),
    unitsListed: fc.boolean(),
    ownEstablishment: fc.boolean(),
    structureShown: fc.boolean(),
    unitShown: fc.boolean(),
    pending: fc.constant(true as const),
  },
  { requiredKeys: ['pageKind', 'loggedIn'] },
);

// --- Properties ------------------------------------------------------------------------------------

describe('addresses', { timeout: 60_000 }, () => {
  it('every address gives a page kind, and every detector answers true or false', () => {
    fc.assert(
      fc.property(address, (url) => {
        kindCalls.mockClear();
        expect(PAGE_KINDS).toContain(pageKindFromUrl(url));
        for (const { detect } of detectors) expect(typeof detect(url)).toBe('boolean');
        const context = contextFromAddress(url);
        expect(contextProblems(context)).toEqual([]);
        if (url.hostname !== HOST) expect(context.loggedIn).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('query strings and fragments do not change the kind; paths compare case-insensitively', () => {
    fc.assert(
      fc.property(
        address,
        query,
        fragment,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        (url, search, hash, mask) => {
          const kind = pageKindFromUrl(url);
          const bare = new URL(url.href);
          bare.search = '';
          bare.hash = '';
          expect(pageKindFromUrl(bare)).toBe(kind);
          const decorated = new URL(bare.href);
          decorated.search = search;
          decorated.hash = hash;
          expect(pageKindFromUrl(decorated)).toBe(kind);
          const recased = toUrl(
            `${url.protocol}//${url.host}${flipCase(url.pathname, mask)}${url.search}${url.hash}`,
          );
          if (recased) expect(pageKindFromUrl(recased)).toBe(kind);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

// Each property runs thousands of cases: seconds, not the default 5 s limit, on a loaded machine.
const HEAVY = { timeout: 120_000 };

describe('the page reader and the situation rule', HEAVY, () => {
  it('saved pages at any address: a valid context and situation, never the fallback, no patient data', () => {
    const documents = new Map(fixtureNames.map((name) => [name, parseFixture(name)]));
    const patientData = new Map(fixturePages.map((page) => [page.name, page.patientData]));
    fc.assert(
      fc.property(fc.constantFrom(...fixtureNames), address, almostLearnt, (name, url, stored) => {
        const doc = documents.get(name);
        if (!doc) return;
        const serialized = JSON.stringify(readAndCheck(doc, url, parseLearnt(stored)));
        for (const patientString of patientData.get(name) ?? [])
          expect(serialized).not.toContain(patientString);
      }),
      { numRuns: 600 },
    );
  });

  it('saved pages after random changes: a valid context and situation; the page is left as it was', () => {
    fc.assert(
      fc.property(mutatedFixture, ({ name, mutations, ownAddress, otherAddress }) => {
        const doc = parseFixture(name);
        for (const change of mutations) mutate(doc, change);
        const before = doc.documentElement.outerHTML;
        readAndCheck(doc, ownAddress ? addressOf(name) : otherAddress);
        expect(doc.documentElement.outerHTML === before, 'readPage changed the document').toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('random HTML trees at any address: a valid context and situation, never the fallback', () => {
    fc.assert(
      fc.property(randomDocument, address, (doc, url) => {
        readAndCheck(doc, url);
      }),
      { numRuns: 300 },
    );
  });

  it('patient text anywhere but a name position of the top banner never reaches the context', () => {
    fc.assert(
      fc.property(patientPage, ({ html, url, marker, withBanner }) => {
        const doc = new DOMParser().parseFromString(
          `<!doctype html><html><body>${html}</body></html>`,
          'text/html',
        );
        const context = readAndCheck(doc, url);
        expect(JSON.stringify(context), html).not.toContain(marker);
        // The patient's value is not even seen as the user's context (it would count as « shown »),
        // and the defences do not cost the real ones: the app's banner is still seen where it is read.
        const expected = withBanner && BANNER_READ_ON.includes(context.pageKind) ? APP_NAMES : NO_NAMES;
        expect(names(doc, url, expected), html).toEqual(MATCH);
      }),
      { numRuns: 800 },
    );
  });

  it('the situation rule: any context, any learnt facts; a choice always wins', () => {
    fc.assert(
      fc.property(
        anyContext,
        almostLearnt,
        fc.option(fc.constantFrom(...SITUATION_IDS), { nil: undefined }),
        (context, stored, chosen) => {
          const learnt = parseLearnt(stored);
          const situation = matchSituation(context, learnt, chosen);
          expect(SITUATIONS).toContain(situation);
          if (chosen !== undefined) expect(situation).toBe(chosen);
          expect(learntProblems(learnFrom(context, learnt, NOW))).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('stored values', { timeout: 60_000 }, () => {
  it('parseLearnt: any value gives a valid Learnt, the same once parsed again; learnFrom keeps it valid', () => {
    fc.assert(
      fc.property(almostLearnt, anyContext, fc.integer({ min: 0, max: 2 ** 45 }), (stored, context, now) => {
        const learnt = parseLearnt(stored);
        expect(learntProblems(learnt)).toEqual([]);
        expect(parseLearnt(learnt)).toEqual(learnt);
        // What is stored is JSON: it survives the trip through storage unchanged.
        const storedLearnt = JSON.parse(JSON.stringify(learnt));
        expect(parseLearnt(storedLearnt)).toEqual(storedLearnt);
        const next = learnFrom(context, learnt, now);
        expect(learntProblems(next)).toEqual([]);
        const storedNext = JSON.parse(JSON.stringify(next));
        expect(parseLearnt(storedNext)).toEqual(storedNext);
        const fresh = freshLearnt(stored, now);
        expect(learntProblems(fresh)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseChecklist and the v1 migration: any value gives a valid checklist; valid ticks are kept', () => {
    fc.assert(
      fc.property(almostChecklist, (stored) => {
        for (const checklist of [parseChecklist(stored), migrateChecklistV1(stored)]) {
          expect(Object.keys(checklist)).toEqual(['ticked']);
          for (const [id, ticked] of Object.entries(checklist.ticked)) {
            expect(PREREQUISITE_IDS).toContain(id);
            expect(typeof ticked).toBe('boolean');
          }
          expect(parseChecklist(checklist)).toEqual(checklist);
        }
        const ticked = (stored as { ticked?: unknown } | null)?.ticked;
        if (ticked !== null && typeof ticked === 'object') {
          for (const id of PREREQUISITE_IDS) {
            const value = Object.getOwnPropertyDescriptor(ticked, id)?.value;
            if (typeof value === 'boolean') expect(parseChecklist(stored).ticked[id]).toBe(value);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the session values: any choice and panel state give a valid one', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            situation: fc.oneof(fc.constantFrom(...SITUATION_IDS), anyValue),
            at: fc.oneof(fc.integer(), anyValue),
          }),
          anyValue,
        ),
        fc.oneof(fc.record({ open: fc.oneof(fc.boolean(), anyValue) }), anyValue),
        fc.integer({ min: 0, max: 2 ** 45 }),
        (choice, panel, now) => {
          const chosen = freshChoice(choice, now);
          if (chosen !== undefined) expect(SITUATION_IDS).toContain(chosen);
          expect(typeof parsePanelState(panel).open).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

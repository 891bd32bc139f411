// The skeleton of a recognition report: the page's elements as the reader saw them (tags, ids,
// classes, roles, ARIA), with no page text but the known labels (./text), no attribute that can
// carry a name, and every id, class, attribute name and value and custom element name under the
// token rule (./tokens: only the dictionary's words pass). Well-formed HTML, every value escaped,
// so a maintainer can read it and scripts/fixture.mjs can wrap it in a fixture page.

import { CUT_ATTRIBUTE } from '../lib/report-markers.mjs';
import { reportLabels } from '../text/fr/report';
// The zones the reader keeps out of are the report's too: one definition (content/viatrajectoire/dom.ts).
import {
  CONTENT_CONTAINERS,
  DATA_ROWS,
  FORM_CONTROLS,
  MAIN_CONTENT,
  OFF_LIMITS,
  PATIENT_ZONES,
} from '../viatrajectoire/dom';
import { bodyRows, logoutLinks } from '../viatrajectoire/selectors';
import { HEADING_SELECTORS } from '../viatrajectoire/tabs';
import type { PageKind } from '../viatrajectoire/urls';
import { maskPath } from './address';
import { maskLabelAttribute, maskText } from './text';
import { maskWords } from './tokens';

/** At most this many elements: a report is read by a person and pasted in a mail. */
export const MAX_ELEMENTS = 600;
/** Elements deeper than this below body are left empty [I: Angular shells nest a dozen wrappers]. */
export const MAX_DEPTH = 20;
/** Rows kept per table body or grid: enough to show the markup, not a whole list. */
export const MAX_ROWS = 20;

export interface SkeletonOptions {
  pageKind: PageKind;
  /** The page's address: relative links are resolved against it before their path is masked. */
  url: URL;
}

// Dashboards list patients and an unknown page may show one: there the report keeps the frame only.
// Elsewhere (the user's own account or establishment, login, home) the whole body is kept: the reader
// finds its sections by heading anywhere, and all text but known labels is masked on every page kind.
const FRAME_ONLY: readonly PageKind[] = ['dashboard', 'other'];

// What the reader searches the whole document for: kept even inside a container the report cuts.
const SEARCHED_EVERYWHERE = [HEADING_SELECTORS, ...logoutLinks].join(', ');
// A table's rows however written (tr, role=row, and whatever bodyRows lists): capped alike.
const ROW = ['tr', ...bodyRows].join(', ');

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta', 'head', 'base']);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
// Elements whose content is drawing or another document: their tag is enough.
const OPAQUE = new Set(['svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'picture']);

// ARIA attributes whose value is text a person reads: it may be a patient's name.
const TEXT_ARIA = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-placeholder',
  'aria-roledescription',
  'aria-braillelabel',
  'aria-brailleroledescription',
  'aria-keyshortcuts',
]);

/**
 * An id, class, name, role or ARIA token under the token rule (./tokens): "nav-item" stays,
 * "row-dupont-12" is "row-⟨mot⟩-⟨nombre⟩", whatever the case or accents of the unknown word.
 */
export const maskToken = (token: string): string => maskWords(token);

const maskTokens = (value: string): string =>
  [...new Set(value.split(/\s+/u).filter(Boolean).map(maskToken))].join(' ');

/** An href as its masked path: no host, no query, no fragment; WebForms postbacks as their code words. */
function maskHref(value: string, base: URL): string | undefined {
  const trimmed = value.trim();
  // An in-page link (Bootstrap tabs: href="#unites") names an id: masked as that id is, it still points to it.
  if (trimmed.startsWith('#')) return idReference(trimmed);
  // __doPostBack('ctl00$lnkLogout','') is how WebForms links log out: its code words say what it does.
  if (/^javascript:/iu.test(trimmed))
    return `javascript:${(trimmed.slice(11).match(/[A-Za-z0-9_$]+/gu) ?? []).map(maskToken).join(' ')}`;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? maskPath(url.pathname) : undefined;
}

/** "#id", masked as the id itself is; undefined for anything else. */
const idReference = (value: string): string | undefined =>
  /^#[^\s#]+$/u.test(value) ? `#${maskToken(value.slice(1))}` : undefined;

// Attribute names the code above lists one by one: shown as they are.
const FIXED_NAMES = new Set([
  'id',
  'class',
  'role',
  'type',
  'name',
  'colspan',
  'rowspan',
  'hidden',
  'title',
  'header',
  'href',
  'for',
]);

const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/iu;

function attributesOf(element: Element, base: URL): Map<string, string> {
  const kept = new Map<string, string>();
  for (const { name, value } of Array.from(element.attributes)) {
    let shown: string | undefined;
    // An id or a name is one token: with spaces in it, it is not code ("12 rue des Exemples").
    if (name === 'id') shown = maskToken(value.trim());
    else if (name === 'class' || name === 'role' || name === 'type') shown = maskTokens(value);
    else if (name === 'name') shown = element.matches(FORM_CONTROLS) ? maskToken(value.trim()) : undefined;
    else if (name === 'colspan' || name === 'rowspan') shown = /^\d{1,3}$/u.test(value) ? value : undefined;
    else if (name === 'hidden') shown = '';
    // Whether an inline style hides the element, and nothing else of it: a pane hidden this way is
    // how the reader tells which one is shown (content/viatrajectoire/tabs/plain-list.ts).
    else if (name === 'style') shown = HIDDEN_STYLE.test(value) ? 'display: none' : undefined;
    else if (name === 'title' || name === 'header') shown = maskLabelAttribute(value);
    else if (name === 'href') shown = maskHref(value, base);
    else if (name === 'for') shown = maskToken(value.trim());
    // A small number (aria-level, aria-rowindex) is structure; anything else is tokens, masked.
    else if (/^aria-[a-z][a-z0-9_-]*$/u.test(name))
      shown = TEXT_ARIA.has(name) ? undefined : /^\d{1,3}$/u.test(value) ? value : maskTokens(value);
    // Presence only ([data-libelle] is a selector), or an in-page target (data-bs-target="#unites");
    // any other value may be anything, a name included.
    else if (/^data-[a-z][a-z0-9_-]*$/u.test(name)) shown = idReference(value.trim()) ?? '';
    // A directive written with no value (table[mat-table], ngbNav) is code the reader may select on:
    // presence only. Angular's generated _ngcontent-* attributes are left out.
    else if (value === '' && /^[a-z][a-z0-9-]*$/u.test(name)) shown = '';
    if (
      shown !== undefined &&
      (shown !== '' || value === '' || name === 'hidden' || name.startsWith('data-'))
    )
      // The name of an aria-*, data-* or directive attribute is the page's choice too (data-dupont):
      // the token rule applies to it as to a value (data-⟨mot⟩), the ARIA and kits' names pass.
      kept.set(FIXED_NAMES.has(name) ? name : maskWords(name), shown);
  }
  return kept;
}

const escapeText = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/gu, '&quot;');

// An HTML element's tag name is shown as it is. A custom element's name (app-patient-banner) or a tag
// the parser does not know (<dupont>) is a page's word like an id: its words go through the token
// rule too ("app-⟨mot⟩-banner"), and it starts with "x-" when masking leaves no ASCII letter first.
// Characters that would not parse back as the same tag name become "-".
const isUnknownTag = (element: Element): boolean =>
  Object.prototype.toString.call(element) === '[object HTMLUnknownElement]';
function tagOf(element: Element): string {
  const name = element.localName;
  if (/^[a-z][a-z0-9]*$/u.test(name) && !isUnknownTag(element)) return name;
  const masked = maskWords(name).replace(/[^\p{L}\p{N}⟨⟩._:-]/gu, '-');
  return /^[a-z]/u.test(masked) ? masked : `x-${masked}`;
}

function openTag(tag: string, attributes: Map<string, string>): string {
  const shown = [...attributes].map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${tag}${shown.join('')}>`;
}

interface Walk {
  options: SkeletonOptions;
  frameOnly: boolean;
  main: Element | null;
  elements: number;
  truncated: boolean;
  lines: string[];
}

/** The skeleton of the page's body; '' on a request file (nothing of it is ever shown). */
export function skeleton(doc: Document, options: SkeletonOptions): string {
  if (options.pageKind === 'request') return '';
  const body = doc.body;
  if (body === null) return '';
  const walk: Walk = {
    options,
    frameOnly: FRAME_ONLY.includes(options.pageKind),
    main: doc.querySelector(MAIN_CONTENT),
    elements: 0,
    truncated: false,
    lines: [],
  };
  emit(walk, body, 0);
  if (walk.truncated) {
    // The marker goes inside body, before its end tag, so the skeleton stays one element.
    const end = walk.lines.pop() ?? '</body>';
    walk.lines.push(`  <div ${CUT_ATTRIBUTE}="${reportLabels.cut.size}"></div>`, end);
  }
  return walk.lines.join('\n');
}

/** ASP.NET WebForms wraps a whole page in one form: frame, not content, when the main content is in it. */
const isPageForm = (element: Element, main: Element | null): boolean =>
  element.localName === 'form' && main !== null && element.contains(main);

function emit(walk: Walk, element: Element, depth: number): void {
  if (SKIPPED.has(element.localName)) return;
  if (walk.elements >= MAX_ELEMENTS) {
    walk.truncated = true;
    return;
  }
  walk.elements += 1;
  const indent = '  '.repeat(depth);
  const tag = tagOf(element);
  const attributes = attributesOf(element, walk.options.url);
  attributes.delete(CUT_ATTRIBUTE);
  if (VOID.has(tag)) {
    walk.lines.push(`${indent}${openTag(tag, attributes)}`);
    return;
  }
  const close = `</${tag}>`;
  const cut = (why: string): void => {
    attributes.set(CUT_ATTRIBUTE, why);
    walk.lines.push(`${indent}${openTag(tag, attributes)}${close}`);
  };
  // Patient zones are always empty: a request file's zones may sit in any page.
  if (element.matches(PATIENT_ZONES)) {
    cut(reportLabels.cut.content);
    return;
  }
  if (OPAQUE.has(tag)) {
    walk.lines.push(`${indent}${openTag(tag, attributes)}${close}`);
    return;
  }
  const cutsContent =
    walk.frameOnly &&
    (element.matches(DATA_ROWS) || (element.matches(CONTENT_CONTAINERS) && !isPageForm(element, walk.main)));
  if (cutsContent) {
    emitCut(walk, element, tag, attributes, depth);
    return;
  }
  if (depth >= MAX_DEPTH && element.firstElementChild !== null) {
    cut(reportLabels.cut.depth);
    return;
  }

  const texts: string[] = [];
  const children: Array<Element | string> = [];
  let rows = 0;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) {
      const text = maskText(child.textContent ?? '');
      if (text !== '') {
        children.push(text);
        texts.push(text);
      }
    } else if (child.nodeType === 1) {
      const childElement = child as Element;
      if (childElement.matches(ROW)) {
        rows += 1;
        if (rows > MAX_ROWS + 1) continue;
      }
      children.push(childElement);
    }
  }
  if (children.every((child) => typeof child === 'string')) {
    walk.lines.push(`${indent}${openTag(tag, attributes)}${escapeText(texts.join(' '))}${close}`);
    return;
  }
  walk.lines.push(`${indent}${openTag(tag, attributes)}`);
  let rowsShown = 0;
  for (const child of children) {
    if (typeof child === 'string') {
      walk.lines.push(`${indent}  ${escapeText(child)}`);
    } else if (child.matches(ROW) && ++rowsShown > MAX_ROWS) {
      // One empty row says that rows were left out; a reader skips a row without cells.
      const rowAttributes = new Map<string, string>([[CUT_ATTRIBUTE, reportLabels.cut.rows]]);
      if (child.getAttribute('role') === 'row') rowAttributes.set('role', 'row');
      walk.lines.push(`${indent}  ${openTag(tagOf(child), rowAttributes)}</${tagOf(child)}>`);
    } else {
      emit(walk, child, depth + 1);
    }
  }
  walk.lines.push(`${indent}${close}`);
}

/** A container whose content is cut: empty, but for what the reader looks for on the whole page. */
function emitCut(
  walk: Walk,
  element: Element,
  tag: string,
  attributes: Map<string, string>,
  depth: number,
): void {
  const indent = '  '.repeat(depth);
  attributes.set(CUT_ATTRIBUTE, reportLabels.cut.content);
  const outermost = element.matches(DATA_ROWS) ? [] : searchedEverywhere(element);
  if (outermost.length === 0) {
    walk.lines.push(`${indent}${openTag(tag, attributes)}</${tag}>`);
    return;
  }
  walk.lines.push(`${indent}${openTag(tag, attributes)}`);
  for (const candidate of outermost) emit(walk, candidate, depth + 1);
  walk.lines.push(`${indent}</${tag}>`);
}

/**
 * The outermost headings and logout links inside a container, in one walk that never enters a
 * patient zone or a data row (the reader never looks there, and a dashboard's rows are thousands).
 */
function searchedEverywhere(container: Element): Element[] {
  const found: Element[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      const element = node as Element;
      if (element.matches(OFF_LIMITS)) return NodeFilter.FILTER_REJECT;
      if (element.matches(SEARCHED_EVERYWHERE)) {
        found.push(element);
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  while (walker.nextNode()) {
    // acceptNode collects; nothing is accepted.
  }
  return found;
}

// What a ViaTrajectoire page says about the user's situation, read from the address and the page
// chrome (docs/viatrajectoire.md, « What the extension makes of it »): never the body's whole
// text, never a request file's zones, never a dashboard's rows.
//
// The rule that keeps patient data out by construction: whatever is read leaves this module only
// as a value from a set the extension ships (PageContext: a page kind, booleans, habilitation ids).
// No field of PageContext can hold page text; text a recogniser finds is a PageText, which can be
// compared inside the reader and read by no one (./page-text.ts). So whatever a page looks like,
// and whatever a recogniser mistakes for the user's context, no name can reach the panel,
// storage, the clipboard, a mail or the report.
//
// The recognisers, one file per way of writing a thing: banner/ (the structure and unit in the
// app's top bar), tabs/ (headings and each UI kit's tabs), tables.ts, habilitations.ts, units.ts.
// Selectors and labels shared by several live in ./selectors.ts. A wrong guess gives `undefined`
// facts (and the address-based kind), never an error.

import type { HabilitationId } from '../guide/ids';
import { type BannerValue, readBannerField, topBanner } from './banner';
import { all, first, offLimitsForChrome, textOf } from './dom';
import { type HabilitationRow, readHabilitations } from './habilitations';
import { matchesTitle } from './normalize';
import { PageText } from './page-text';
import {
  accountHeadingLabels,
  establishmentTitle,
  generalInformationLabels,
  loginPassword,
  loginUserName,
  logoutControlCandidates,
  logoutLabels,
  logoutLinks,
  unitsSectionLabels,
} from './selectors';
import { headingTitle, headingVia, sectionOf } from './tabs';
import { type BannerTag, type Findings, type KindSource, type ReadTrace, traceOf } from './trace';
import { unitsListedIn } from './units';
import { CONFIRMED_BY_ADDRESS, isInAngularApp, isLoggedInArea, type PageKind, pageKindFromUrl } from './urls';
import { type Walked, walk } from './walk';

export type { HabilitationRow } from './habilitations';

/** What the reader says of a page: closed values only (no field can hold the page's text). */
export interface PageContext {
  pageKind: PageKind;
  loggedIn: boolean;
  /** Only on `account`, once the table (or its empty message) has rendered. */
  habilitations?: readonly HabilitationRow[];
  /** Only with `habilitations`: one row carries a habilitation that allows creating requests. */
  hasCreatingHabilitation?: boolean;
  /** Only on `establishment`, once the "Unités de soins" section has rendered. */
  unitsListed?: boolean;
  /** Only on `establishment`: the fiche's title names the structure of the app's banner (the user's
   * own establishment); absent when either is not shown. Compared inside the reader: neither is kept. */
  ownEstablishment?: boolean;
  /** Only on BANNER_READ_ON: the app's top banner shows the user's current structure, unit (seen, never kept). */
  structureShown?: boolean;
  unitShown?: boolean;
  /** The chrome the context needs is not there yet: read again on DOM changes, up to a time limit. */
  pending?: true;
}

/**
 * The only page kinds where the banner's structure and unit are looked at: the user's own context is
 * shown there and no patient file is open. Never on a request file (its patient banner can look like
 * the app's), nor on 'other', nor where no one is logged in.
 */
export const BANNER_READ_ON: readonly PageKind[] = ['dashboard', 'account', 'establishment'];

/** Reads the page kind and context. Never throws: any exception gives the address-only context. */
export function readPage(doc: Document, url: URL): PageContext {
  try {
    return readUnguarded(doc, url).context;
  } catch {
    return contextFromAddress(url);
  }
}

/**
 * readPage, and what the reader looked for and found on the way (./trace): only when the user asks
 * (« Ce que l'extension a compris », the recognition report). The same code reads.
 */
export function readPageTraced(doc: Document, url: URL): { context: PageContext; trace: ReadTrace } {
  try {
    const { context, kindSource, findings } = readUnguarded(doc, url);
    return { context, trace: traceOf(kindSource, findings) };
  } catch {
    return { context: contextFromAddress(url), trace: traceOf('address', {}) };
  }
}

/**
 * The banner's structure and unit as the reader saw them: PageTexts, which can be compared with a
 * text and never read (tests/unit/read.test.ts checks the recognisers through it).
 */
export function bannerTexts(doc: Document, url: URL): { structure?: PageText; unit?: PageText } {
  const { structure, unit } = readUnguarded(doc, url);
  return { ...(structure && { structure: structure.text }), ...(unit && { unit: unit.text }) };
}

/** What the address alone says; the fallback when reading the document fails. */
export function contextFromAddress(url: URL): PageContext {
  try {
    return { pageKind: pageKindFromUrl(url), loggedIn: isLoggedInArea(url) };
  } catch {
    return { pageKind: 'other', loggedIn: false };
  }
}

/** One read of one document: the page walked once, each question asked of what the walk found. */
class Reading {
  readonly findings: Findings = {};
  #walked: Walked | undefined;

  constructor(
    readonly doc: Document,
    private readonly withHeadings: boolean,
  ) {}

  get walked(): Walked {
    this.#walked ??= walk(this.doc, this.withHeadings);
    return this.#walked;
  }

  /** The first heading or tab whose title is one of `labels`, how it is written, and its section. */
  heading(labels: readonly string[]) {
    const heading = this.walked.headings.find((candidate) => matchesTitle(headingTitle(candidate), labels));
    return heading === undefined
      ? undefined
      : { heading, via: headingVia(heading), section: sectionOf(this.doc, heading) };
  }
}

/** Kinds whose questions need the page's headings (and a kind the address does not confirm). */
const needsHeadings = (kind: PageKind): boolean => !CONFIRMED_BY_ADDRESS.includes(kind);

interface Read {
  context: PageContext;
  kindSource: KindSource;
  findings: Findings;
  structure?: BannerValue;
  unit?: BannerValue;
}

function readUnguarded(doc: Document, url: URL): Read {
  const fromAddress = pageKindFromUrl(url);
  const reading = new Reading(doc, needsHeadings(fromAddress));
  const { findings } = reading;
  // Confirmed addresses (login, dashboard, request…) are never second-guessed: on request files and
  // dashboards, this also means no heading of the page is ever read.
  const fromDocument = needsHeadings(fromAddress) ? kindFromDocument(reading) : undefined;
  const pageKind = fromDocument?.kind ?? fromAddress;
  const context: PageContext = {
    pageKind,
    loggedIn: isLoggedInArea(url) || hasLogoutControl(doc, reading.walked.zones),
  };
  if (pageKind !== 'public-home' && pageKind !== 'login') findings.logout = { found: context.loggedIn };
  if (pageKind === 'login') findings['login-form'] = { found: hasLoginForm(doc) };

  const banner = BANNER_READ_ON.includes(pageKind) ? topBanner(doc, reading.walked) : undefined;
  const structure = banner && readBannerField(banner, 'structure');
  const unit = banner && readBannerField(banner, 'unit');
  if (BANNER_READ_ON.includes(pageKind)) {
    findings.banner = { found: banner !== undefined, via: banner && bannerTag(banner) };
    findings['structure-name'] = { found: structure !== undefined, via: structure?.via };
    findings['unit-name'] = { found: unit !== undefined, via: unit?.via };
    context.structureShown = structure !== undefined;
    context.unitShown = unit !== undefined;
  }

  if (pageKind === 'account') {
    const found = readHabilitations(doc, (labels) => reading.heading(labels));
    findings['account-heading'] = { found: found.heading !== undefined, via: found.heading };
    findings['habilitations-table'] = { found: found.rows !== undefined, via: found.via };
    if (found.rows === undefined) {
      context.pending = true;
    } else {
      context.habilitations = found.rows;
      context.hasCreatingHabilitation = found.rows.some((row) => isCreating(row.habilitation));
    }
  } else if (pageKind === 'establishment') {
    const heading = reading.heading(unitsSectionLabels);
    const units = heading?.section === undefined ? undefined : unitsListedIn(heading.section);
    findings['units-heading'] = { found: heading !== undefined, via: heading?.via };
    findings['general-information-tab'] = { found: reading.heading(generalInformationLabels) !== undefined };
    findings['units-section'] = { found: heading?.section !== undefined, via: heading?.via };
    findings['units-list'] = { found: units !== undefined, via: units?.via };
    if (units !== undefined) context.unitsListed = units.listed;
    const title = all(doc, establishmentTitle).find((element) => !offLimitsForChrome(element));
    findings['establishment-title'] = { found: title !== undefined };
    const titleText = title && PageText.of(textOf(title));
    if (structure !== undefined && titleText !== undefined)
      context.ownEstablishment = titleText.sameAs(structure.text);
    // A banner that renders after the fiche is read again, for the own-establishment comparison too.
    if (units === undefined || banner === undefined) context.pending = true;
  } else if (pageKind === 'other' && isInAngularApp(url) && reading.walked.headings.length === 0) {
    // An Angular route nobody knows: it may still render into an account or establishment screen.
    context.pending = true;
  }
  return { context, kindSource: fromDocument?.source ?? 'address', findings, structure, unit };
}

const isCreating = (habilitation: HabilitationId | 'other'): boolean => habilitation !== 'other';

/** The page kind the document's headings and forms say, and what said it; undefined when they say nothing. */
function kindFromDocument(reading: Reading): { kind: PageKind; source: KindSource } | undefined {
  if (reading.heading(accountHeadingLabels)) return { kind: 'account', source: 'heading' };
  if (reading.heading(unitsSectionLabels) && reading.heading(generalInformationLabels))
    return { kind: 'establishment', source: 'tabs' };
  if (hasLoginForm(reading.doc)) return { kind: 'login', source: 'login-form' };
  return undefined;
}

const hasLoginForm = (doc: Document): boolean =>
  first(doc, loginUserName) !== null && first(doc, loginPassword) !== null;

const bannerTag = (banner: Element): BannerTag =>
  banner.localName === 'header' ? 'header' : banner.localName === 'nav' ? 'nav' : 'role=banner';

/** A logout control in any chrome zone, menus included: it yields a boolean, never text. */
function hasLogoutControl(doc: Document, zones: readonly Element[]): boolean {
  // By address first: no text is read at all.
  if (all(doc, logoutLinks).some((link) => !offLimitsForChrome(link))) return true;
  for (const zone of zones) {
    for (const control of all(zone, logoutControlCandidates)) {
      if (!offLimitsForChrome(control) && matchesTitle(textOf(control), logoutLabels)) return true;
    }
  }
  return false;
}

// The report round trip: a fixture page's report, turned into a page by npm run fixture
// (scripts/fixture.mjs), is read as the same kind with the same facts; and the report of that page
// is the report it came from. This is what lets a maintainer trust a fixture made from the field.
import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../content/learnt';
import { recognitionReport } from '../../content/report/report';
import { type PageContext, readPage, readPageTraced } from '../../content/viatrajectoire/read';
import { FixtureError, fixtureFromReport, withEntry } from '../../scripts/fixture.mjs';
import { fixtureDocument, fixturePages, fixtureUrl } from './fixture-pages';

function reportOf(doc: Document, url: URL): string {
  const { context, trace } = readPageTraced(doc, url);
  return recognitionReport({
    doc,
    url,
    context,
    trace,
    extensionVersion: '0.1.0',
    guideVersion: 'Version du 18/11/2025',
    browser: 'Firefox 153',
    date: new Date('2026-12-03T10:00:00Z'),
  });
}

/** What the extension does with a read: the facts, never the names themselves. */
function factsOf(context: PageContext) {
  const learnt = learnFrom(context, {}, 0);
  return {
    pageKind: context.pageKind,
    loggedIn: context.loggedIn,
    learnt: Object.fromEntries(Object.entries(learnt).map(([fact, seen]) => [fact, seen.value])),
    hasCreatingHabilitation: context.hasCreatingHabilitation,
    habilitations: context.habilitations?.length,
    habilitationUnits: context.habilitations?.map((row) => row.unit !== ''),
    unitsListed: context.unitsListed,
    ownEstablishment: context.ownEstablishment,
    structureNameFound: context.structureName !== undefined,
    unitNameFound: context.unitName !== undefined,
    pending: context.pending,
  };
}

const pagesWithSkeleton = fixturePages.filter((page) => page.pageKind !== 'request');

describe('a report turned into a fixture page', () => {
  it('covers every fixture page but request files', () => {
    expect(pagesWithSkeleton.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pagesWithSkeleton.map((page) => page.name))(
    '%s: is read as the same kind with the same facts',
    (name) => {
      const doc = fixtureDocument(name);
      const url = fixtureUrl(name);
      const fixture = fixtureFromReport(reportOf(doc, url));
      const made = new DOMParser().parseFromString(fixture.html, 'text/html');
      expect(factsOf(readPage(made, new URL(fixture.entry.url)))).toEqual(factsOf(readPage(doc, url)));
      expect(fixture.entry.pageKind).toBe(readPage(doc, url).pageKind);
    },
  );

  it.each(pagesWithSkeleton.map((page) => page.name))('%s: gives back the report it came from', (name) => {
    const report = reportOf(fixtureDocument(name), fixtureUrl(name));
    const fixture = fixtureFromReport(report);
    const made = new DOMParser().parseFromString(fixture.html, 'text/html');
    expect(reportOf(made, new URL(fixture.entry.url))).toBe(report);
  });
});

describe('npm run fixture', () => {
  const report = reportOf(fixtureDocument('establishment-units'), fixtureUrl('establishment-units'));

  it('names the page from its kind and the report’s date, or as asked', () => {
    expect(fixtureFromReport(report).name).toBe('establishment-rapport-2026-12-03');
    expect(fixtureFromReport(report, { name: 'fiche-onglets-bootstrap' }).file).toBe(
      'fiche-onglets-bootstrap.html',
    );
  });

  it('gives a plausible address whose masked form is the report’s', () => {
    const { entry } = fixtureFromReport(report);
    expect(entry.url).toBe(
      'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/Etablissement/123456',
    );
    expect(entry).toMatchObject({ pageKind: 'establishment', situation: 'unknown', patientData: [] });
  });

  it('says in the page where it comes from', () => {
    const { html } = fixtureFromReport(report);
    expect(html).toMatch(
      /^<!doctype html>\n<!-- Made by npm run fixture from a recognition report of 2026-12-03/u,
    );
    expect(html).toContain('extension 0.1.0, guide Version du 18/11/2025, Firefox 153');
  });

  it('refuses a request file’s report, a report without skeleton, and any other file', () => {
    const request = reportOf(fixtureDocument('request'), fixtureUrl('request'));
    expect(() => fixtureFromReport(request)).toThrow(/dossier de demande/u);
    const withoutSkeleton = report.replace(/<!-- vt-squelette -->[\s\S]*<!-- \/vt-squelette -->/u, '');
    expect(() => fixtureFromReport(withoutSkeleton)).toThrow(/squelette/u);
    expect(() => fixtureFromReport('Bonjour')).toThrow(FixtureError);
  });

  it('appends its entry to pages.json, and refuses a name already taken', () => {
    const { entry } = fixtureFromReport(report, { name: 'nouvelle-page' });
    const pagesJson = JSON.stringify(fixturePages, null, 2);
    const appended = JSON.parse(withEntry(pagesJson, entry));
    expect(appended).toHaveLength(fixturePages.length + 1);
    expect(appended.at(-1)).toEqual(entry);
    expect(() => withEntry(pagesJson, { ...entry, name: 'dashboard', file: 'dashboard.html' })).toThrow(
      /existe déjà/u,
    );
  });
});

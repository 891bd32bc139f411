// The report round trip: a fixture page's report, turned into a page by npm run fixture
// (scripts/fixture.mjs), is read as the same kind with the same facts; and the report of that page
// is the report it came from. This is what lets a maintainer trust a fixture made from the field.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../content/learnt';
import { reportLabels } from '../../content/text/fr/report';
import { type PageContext, readPage } from '../../content/viatrajectoire/read';
import { patientZones, selectorLists } from '../../content/viatrajectoire/selectors';
import { FixtureError, fixtureFromReport, withEntry } from '../../scripts/fixture.mjs';
import { fixtureDocument, fixturePages, fixtureUrl } from './fixture-pages';

import { reportOf as reportIn } from './report-of';

const reportOf = (doc: Document, url: URL): string => reportIn(doc, url, 'Firefox 153');

/**
 * What the extension does with a read: the facts, never the names (whether the banner's names were
 * found is in the report's signals, compared by « gives back the report it came from »).
 */
function factsOf(context: PageContext) {
  const learnt = learnFrom(context, {}, 0);
  return {
    pageKind: context.pageKind,
    loggedIn: context.loggedIn,
    learnt: Object.fromEntries(Object.entries(learnt).map(([fact, seen]) => [fact, seen.value])),
    hasCreatingHabilitation: context.hasCreatingHabilitation,
    habilitations: context.habilitations?.length,
    habilitationUnits: context.habilitations?.map((row) => row.hasUnit),
    unitsListed: context.unitsListed,
    ownEstablishment: context.ownEstablishment,
    structureShown: context.structureShown,
    unitShown: context.unitShown,
    pending: context.pending,
  };
}

/**
 * A page made from a report, read with the establishment comparison the report states: the report
 * holds neither of the two names compared (both are « … » in the page made from it), only the answer.
 */
function readMade(report: string, made: Document, url: URL): PageContext {
  const context = readPage(made, url);
  const stated = new RegExp(
    `^${reportLabels.ownEstablishment}${reportLabels.separator}(${reportLabels.yes}|${reportLabels.no})$`,
    'mu',
  ).exec(report)?.[1];
  return stated === undefined ? context : { ...context, ownEstablishment: stated === reportLabels.yes };
}

/** A report but for its establishment comparison, which a page made from it cannot redo (readMade). */
const withoutComparison = (report: string): string =>
  report.replace(new RegExp(`^${reportLabels.ownEstablishment}${reportLabels.separator}.*\n`, 'mu'), '');

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
      const report = reportOf(doc, url);
      const fixture = fixtureFromReport(report);
      const made = new DOMParser().parseFromString(fixture.html, 'text/html');
      expect(factsOf(readMade(report, made, new URL(fixture.entry.url)))).toEqual(
        factsOf(readPage(doc, url)),
      );
      expect(fixture.entry.pageKind).toBe(readPage(doc, url).pageKind);
    },
  );

  it.each(pagesWithSkeleton.map((page) => page.name))('%s: gives back the report it came from', (name) => {
    const report = reportOf(fixtureDocument(name), fixtureUrl(name));
    const fixture = fixtureFromReport(report);
    const made = new DOMParser().parseFromString(fixture.html, 'text/html');
    expect(withoutComparison(reportOf(made, new URL(fixture.entry.url)))).toBe(withoutComparison(report));
  });
});

// Ways other UI kits write the same chrome: the skeleton must keep what any reader of them relies on.
const BANNER = `<header><a href="/Trajectoire/">ViaTrajectoire</a>
  <p>Établissement : CSAPA Fictif du Canal | Unité : Consultations avancées</p>
  <span title="Établissement">CSAPA Fictif du Canal</span><span title="CSAPA Fictif du Canal">CSAPA Fictif du Canal</span>
  <a href="javascript:__doPostBack('ctl00$Entete$lnkLogout','')">Quitter</a></header>`;
const HABILITATIONS = (rows: string) => `<h2>Mes habilitations</h2>${rows}`;
const ACCOUNT =
  'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte';
const FICHE =
  'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/Etablissement/750000001';
const VARIANTS: Record<string, [url: string, body: string]> = {
  'Bootstrap nav-tabs': [
    FICHE,
    `${BANNER}<main><h1>CSAPA Fictif du Canal</h1><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link" href="#infos">Informations générales</a></li><li class="nav-item"><a class="nav-link active" href="#unites">Unités de soins (1)</a></li></ul><div class="tab-content"><div class="tab-pane active" id="unites"><table class="table"><thead><tr><th>Unité</th></tr></thead><tbody><tr><td>Appartements Nord</td></tr></tbody></table></div></div></main>`,
  ],
  // Numbered ids: each number masked as ⟨nombre⟩ in ids, in-page links and data-bs-target alike.
  'Bootstrap nav-tabs with numbered ids': [
    FICHE,
    `${BANNER}<main><h1>CSAPA Fictif du Canal</h1><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link" href="#infos-1">Informations générales</a></li><li class="nav-item"><a class="nav-link active" href="#unites-2" data-bs-target="#unites-2">Unités de soins (1)</a></li></ul><div class="tab-content"><div class="tab-pane" id="infos-1"></div><div class="tab-pane active" id="unites-2"><table class="table"><thead><tr><th>Unité</th></tr></thead><tbody><tr><td>Appartements Nord</td></tr></tbody></table></div></div></main>`,
  ],
  // The panes away from the tab row: only the tab's in-page link finds its pane (ids masked alike).
  'Bootstrap nav-tabs linked to distant panes by numbered ids': [
    FICHE,
    `${BANNER}<main><h1>CSAPA Fictif du Canal</h1><div><div><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link" href="#infos-1">Informations générales</a></li><li class="nav-item"><a class="nav-link active" href="#unites-2">Unités de soins (1)</a></li></ul></div></div><div><div><div class="tab-content"><div class="tab-pane" id="infos-1"></div><div class="tab-pane active" id="unites-2"><table class="table"><thead><tr><th>Unité</th></tr></thead><tbody><tr><td>Appartements Nord</td></tr></tbody></table></div></div></div></div></main>`,
  ],
  'Angular Material tabs and mat-table': [
    FICHE,
    `${BANNER}<main><h1>Autre établissement</h1><mat-tab-group><div role="tablist" class="mat-mdc-tab-labels"><div role="tab" class="mdc-tab" id="t1">Informations générales</div><div role="tab" class="mdc-tab mdc-tab--active" id="t2" aria-selected="true">Unités de soins</div></div><div role="tabpanel" aria-labelledby="t2"><mat-table role="table"><mat-header-row role="row"><mat-header-cell role="columnheader">Unité</mat-header-cell></mat-header-row><mat-row role="row"><mat-cell role="cell">Appartements Nord</mat-cell></mat-row></mat-table></div></mat-tab-group></main>`,
  ],
  'PrimeNG tabview': [
    FICHE,
    `${BANNER}<main><h1>CSAPA Fictif du Canal</h1><p-tabview><p-tabpanel header="Informations générales"></p-tabpanel><p-tabpanel header="Unités de soins (0)"><p>Aucune unité de soins</p></p-tabpanel></p-tabview></main>`,
  ],
  'ARIA grid of habilitations': [
    ACCOUNT,
    `${BANNER}<main>${HABILITATIONS('<div role="grid"><div role="row"><div role="columnheader">Habilitation</div><div role="columnheader">Unité</div></div><div role="row"><div role="gridcell">Sanitaire - Equipe soignante</div><div role="gridcell">Consultations avancées</div></div></div>')}</main>`,
  ],
  'cards of label/value pairs and a dt/dd banner': [
    ACCOUNT,
    `<nav><dl><dt>Structure</dt><dd>CSAPA Fictif du Canal</dd><dt>Unité :</dt><dd>Consultations avancées</dd></dl><a href="/Trajectoire/Logout.aspx">x</a></nav><main><fieldset><legend>Mes habilitations</legend><div class="card"><label>Habilitation</label><span>Prescripteur médical</span></div></fieldset></main>`,
  ],
  'WebForms page form with a table of habilitations': [
    ACCOUNT,
    `<form id="aspnetForm">${BANNER}<main><div role="heading">Mes habilitations</div><table><tr><th>Établissement</th><th>Habilitation</th></tr><tr><td>CSAPA Fictif du Canal</td><td>Gestionnaire administratif et social</td></tr></table></main></form>`,
  ],
};

/** How many elements each selector of the reader finds, outside patient zones (always emptied). */
function selectorCounts(doc: Document): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [list, selectors] of Object.entries(selectorLists))
    for (const selector of selectors)
      counts[`${list}: ${selector}`] = Array.from(doc.querySelectorAll(selector)).filter(
        (element) => element.parentElement?.closest(patientZones.join(', ')) == null,
      ).length;
  return counts;
}

describe('a report of markup written other ways', () => {
  it.each(Object.keys(VARIANTS))(
    '%s: the page made from it reads the same and matches the same selectors',
    (variant) => {
      const [address, body] = VARIANTS[variant] ?? ['', ''];
      const url = new URL(address);
      const doc = new DOMParser().parseFromString(
        `<!doctype html><html lang="fr"><body>${body}</body></html>`,
        'text/html',
      );
      const report = reportOf(doc, url);
      const fixture = fixtureFromReport(report);
      const made = new DOMParser().parseFromString(fixture.html, 'text/html');
      expect(factsOf(readMade(report, made, new URL(fixture.entry.url)))).toEqual(
        factsOf(readPage(doc, url)),
      );
      expect(selectorCounts(made)).toEqual(selectorCounts(doc));
      // The fixture keeps no javascript: link (scripts/fixture.mjs makes a postback an in-page link
      // holding its code words): the made page's report has the link without its href.
      expect(withoutComparison(reportOf(made, new URL(fixture.entry.url)))).toBe(
        withoutComparison(report).replace(/ href="javascript:[^"]*"/gu, ''),
      );
      expect(report).not.toContain('CSAPA');
      expect(report).not.toContain('Consultations avancées');
    },
  );

  it.each(
    fixturePages
      .filter((page) => ['account', 'establishment', 'login', 'public-home'].includes(page.pageKind))
      .map((page) => page.name),
  )('%s: the page made from its report matches the same selectors', (name) => {
    const fixture = fixtureFromReport(reportOf(fixtureDocument(name), fixtureUrl(name)));
    const made = new DOMParser().parseFromString(fixture.html, 'text/html');
    expect(selectorCounts(made)).toEqual(selectorCounts(fixtureDocument(name)));
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
    const pagesJson = readFileSync(resolve('tests/fixtures/pages.json'), 'utf8');
    const appended = JSON.parse(withEntry(pagesJson, entry));
    expect(appended).toHaveLength(fixturePages.length + 1);
    expect(appended.at(-1)).toEqual(entry);
    // The file's other entries are left as they were written.
    expect(withEntry(pagesJson, entry).startsWith(pagesJson.slice(0, pagesJson.lastIndexOf('}') + 1))).toBe(
      true,
    );
    expect(() => withEntry(pagesJson, { ...entry, name: 'dashboard', file: 'dashboard.html' })).toThrow(
      /existe déjà/u,
    );
  });

  // Read from the project root: happy-dom gives import.meta.url an http: scheme.
  const script = resolve('scripts/fixture.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  const saved = (name: string, text: string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'vt-rapport-')), name);
    writeFileSync(file, text);
    return file;
  };

  it('prints the page and the entry with --dry-run, and writes nothing', () => {
    const pagesBefore = readFileSync(resolve('tests/fixtures/pages.json'), 'utf8');
    const result = run(saved('rapport.txt', report), '--dry-run', '--name', 'essai-dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<!-- Made by npm run fixture from a recognition report of 2026-12-03');
    expect(result.stdout).toContain('"name": "essai-dry-run"');
    expect(existsSync(resolve('tests/fixtures/pages/essai-dry-run.html'))).toBe(false);
    expect(readFileSync(resolve('tests/fixtures/pages.json'), 'utf8')).toBe(pagesBefore);
  });

  it('exits with 1 and a French message on a request file’s report', () => {
    const result = run(saved('dossier.txt', reportOf(fixtureDocument('request'), fixtureUrl('request'))));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Ce rapport vient d’un dossier de demande');
  });
});

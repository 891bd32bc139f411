// The recognition report (content/report): what it keeps of an address, a user agent, a page's
// text and attributes, and that a request file gives its kind and nothing else.
import { describe, expect, it } from 'vitest';
import { MASKED_ID, MASKED_NUMBER, MASKED_VALUE, MASKED_WORD } from '../../content/lib/report-markers.mjs';
import { maskAddress, maskPath } from '../../content/report/address';
import { browserFromUserAgent } from '../../content/report/browser';
import { MAX_ELEMENTS, MAX_ROWS, maskToken, skeleton } from '../../content/report/skeleton';
import { maskText } from '../../content/report/text';
import { reportLabels } from '../../content/text/fr/report';
import { BANNER_VOCABULARY } from '../../content/viatrajectoire/banner';
import { selectorLists } from '../../content/viatrajectoire/selectors';
import { TAB_VOCABULARY } from '../../content/viatrajectoire/tabs';
import type { PageKind } from '../../content/viatrajectoire/urls';
import { fixtureDocument, fixtureUrl } from './fixture-pages';

const ORIGIN = 'https://trajectoire.sante-ra.fr';
const APP = '/Trajectoire/pages/AccesRestreint/Angular/App.aspx';

import { reportOf } from './report-of';

const page = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const skeletonOf = (body: string, pageKind: PageKind = 'account'): string =>
  skeleton(page(body), { pageKind, url: new URL(`${ORIGIN}${APP}/Administration/MonCompte`) });

describe('the address in a report', () => {
  it.each([
    ['/Trajectoire/', '/Trajectoire/'],
    [`${APP}/Sanitaire/TDB/Demandeur`, `${APP}/Sanitaire/TDB/Demandeur`],
    [`${APP}/Sanitaire/Dossier/Edition/900001`, `${APP}/Sanitaire/Dossier/Edition/${MASKED_NUMBER}`],
    [`${APP}/Fiche/3f2504e0-4f89-11d3-9a0c-0305e82c3301`, `${APP}/Fiche/${MASKED_ID}`],
    [`${APP}/Fiche/deadbeefcafe`, `${APP}/Fiche/${MASKED_ID}`],
    [`${APP}/Patient/DUPONT%20Jean`, `${APP}/Patient/${MASKED_ID}`],
    [`${APP}/Patient/Hélène`, `${APP}/Patient/${MASKED_ID}`],
    [`${APP}/Dossier/DOS-FICT-2026-0451`, `${APP}/Dossier/${MASKED_ID}`],
    ['/Trajectoire/Pages/AccesLibre/Login.aspx', '/Trajectoire/Pages/AccesLibre/Login.aspx'],
  ])('%s is shown as %s', (path, masked) => {
    expect(maskPath(new URL(`${ORIGIN}${path}`).pathname)).toBe(masked);
  });

  it('keeps query keys, masks every value and drops the fragment', () => {
    const url = new URL(
      `${ORIGIN}/Trajectoire/Pages/AccesLibre/Login.aspx?ReturnUrl=%2fTrajectoire%2fDossier%2f42&nom=DUPONT#etat-civil`,
    );
    expect(maskAddress(url)).toBe(
      `/Trajectoire/Pages/AccesLibre/Login.aspx?ReturnUrl=${MASKED_VALUE}&nom=${MASKED_VALUE}`,
    );
  });

  it('masks a query key that is not a code word', () => {
    expect(maskAddress(new URL(`${ORIGIN}/Trajectoire/?DUPONT%20Jean=1`))).toBe(
      `/Trajectoire/?${MASKED_ID}=${MASKED_VALUE}`,
    );
  });
});

describe('the browser in a report', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.59 Safari/537.36',
      'Chrome 142',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.3595.53',
      'Edge 142',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153'],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/141.0.0.0 Safari/537.36 OPR/125.0.0.0',
      'Opera 125',
    ],
    [
      'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'inconnu',
    ],
    ['', 'inconnu'],
  ])('%s is %s', (userAgent, browser) => {
    expect(browserFromUserAgent(userAgent)).toBe(browser);
  });
});

describe('the text a report keeps', () => {
  it.each([
    ['Mes habilitations', 'Mes habilitations'],
    ['Unité :', 'Unité :'],
    ['ÉQUIPE  SOIGNANTE', 'ÉQUIPE SOIGNANTE'],
    ['Unités de soins (2)', 'Unités de soins …'],
    ['Aucune unité de soins n’est rattachée', 'Aucune unité …'],
    // A known phrase inside a longer cell is shown in the guide's spelling (the reader ignores accents).
    ['Sanitaire - Equipe soignante', '… Équipe soignante …'],
    // The banner's own names are text like any other: the report takes no name from the reader.
    [
      'Établissement : CSAPA Fictif du Canal | Unité : Consultations avancées',
      'Établissement\u00a0: … | Unité\u00a0: …',
    ],
    ['Structure : Hôpital Imaginaire · Né le : 12/03/1961', 'Structure\u00a0: … · …\u00a0: …'],
    ['csapa fictif du CANAL', '…'],
    ['DUPONT Jean', '…'],
    ['12/03/1961', '…'],
    ['Unité d’hospitalisation', 'Unité …'],
    ['   ', ''],
  ])('%s becomes %s', (text, shown) => {
    expect(maskText(text)).toBe(shown);
  });
});

describe('the attributes a report keeps', () => {
  it('keeps the dictionary’s words of ids, classes, roles and ARIA state; masks digits and every other word', () => {
    const shown = skeletonOf(
      '<div id="ctl00_Entete_lblStructure" class="nav-tabs mat-mdc-tab DUPONT hélène" role="tablist" aria-selected="true" aria-controls="panneau-12">x</div>',
    );
    expect(shown).toContain(
      `<div id="ctl${MASKED_NUMBER}_Entete_lblStructure" class="nav-tabs mat-mdc-tab ${MASKED_WORD}" role="tablist" aria-selected="true" aria-controls="panneau-${MASKED_NUMBER}">…</div>`,
    );
  });

  it('drops every attribute that carries text, and data-* values', () => {
    const shown = skeletonOf(
      '<input name="ctl00$nom" value="DUPONT" placeholder="Nom" title="Jean" aria-label="Jean" alt="Jean" data-patient="DUPONT" type="text" />',
    );
    // title is a text like the page's: « … » unless a known label, so [title] still finds the element.
    expect(shown).toContain(`<input name="ctl${MASKED_NUMBER}$nom" title="…" data-patient type="text">`);
  });

  it('keeps title and PrimeNG header only when they are a known label, else « … »', () => {
    expect(
      skeletonOf('<p-tabpanel header="Unités de soins (3)"></p-tabpanel><span title="DUPONT Jean"></span>'),
    ).toContain('<p-tabpanel header="Unités de soins …"></p-tabpanel>\n  <span title="…"></span>');
    expect(skeletonOf('<span title="Déconnexion"></span>')).toContain('<span title="Déconnexion"></span>');
  });

  it('keeps an href as its masked path, without query or fragment', () => {
    const shown = skeletonOf(
      '<a href="/Trajectoire/Pages/AccesLibre/Logout.aspx?user=DUPONT#x">Déconnexion</a><a href="Dossier/900001">x</a><a href="mailto:jean.dupont@example.org">x</a>',
    );
    expect(shown).toContain('<a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a>');
    expect(shown).toContain(`<a href="${APP}/Administration/Dossier/${MASKED_NUMBER}">…</a>`);
    expect(shown).toContain('<a>…</a>');
  });

  it('keeps in-page references to ids, masked as the ids are, so tabs still find their panels', () => {
    const shown = skeletonOf(
      '<a class="nav-link" href="#unites-12" data-bs-target="#unites-12" data-nom="DUPONT">Unités de soins</a><label for="choix-unite">Unité</label><div class="tab-pane" id="unites-12" aria-level="2"></div><a href="#DUPONT">x</a>',
    );
    expect(shown).toContain(
      `<a class="nav-link" href="#unites-${MASKED_NUMBER}" data-bs-target="#unites-${MASKED_NUMBER}" data-nom>Unités de soins</a>`,
    );
    expect(shown).toContain(`<label for="${MASKED_WORD}-unite">Unité</label>`);
    expect(shown).toContain(`<div class="tab-pane" id="unites-${MASKED_NUMBER}" aria-level="2"></div>`);
    expect(shown).toContain(`<a href="#${MASKED_WORD}">…</a>`);
  });

  it('keeps a WebForms logout postback as its code words, so href*="logout" still finds it', () => {
    const shown = skeletonOf(
      `<a href="javascript:__doPostBack('ctl00$Entete$lnkLogout','DUPONT')">Quitter</a>`,
    );
    expect(shown).toContain(
      `<a href="javascript:__doPostBack ctl${MASKED_NUMBER}$Entete$lnkLogout ${MASKED_WORD}">…</a>`,
    );
    const parsed = new DOMParser().parseFromString(shown, 'text/html');
    expect(parsed.querySelector('a[href*="logout" i]')).not.toBeNull();
  });

  it('masks a surname in any case but keeps a framework’s words, cut at camelCase', () => {
    expect(maskToken('ngbNav')).toBe('ngbNav');
    // Capitals alone no longer mask: MDC and Tab are both a UI kit's words.
    expect(maskToken('MDCTab')).toBe('MDCTab');
    expect(maskToken('patient-MARTIN')).toBe(`patient-${MASKED_WORD}`);
    expect(maskToken('patient-martin')).toBe(`patient-${MASKED_WORD}`);
    expect(maskToken('MARTINTab')).toBe(`${MASKED_WORD}Tab`);
    expect(maskToken('ctl00_ContentPlaceHolder1_gvHabilitations')).toBe(
      `ctl${MASKED_NUMBER}_ContentPlaceHolder${MASKED_NUMBER}_gvHabilitations`,
    );
  });

  it('escapes what it shows: the skeleton is well-formed HTML', () => {
    const shown = skeletonOf('<th>Unité</th><a href="/a&quot;b/">x</a>');
    const parsed = new DOMParser().parseFromString(shown, 'text/html');
    expect(parsed.body.querySelectorAll('a')).toHaveLength(1);
  });
});

describe('the skeleton’s zones', () => {
  it('cuts data rows, content containers and patient zones on a dashboard, keeping the frame', () => {
    const shown = skeletonOf(
      '<header><nav><a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></nav></header><main><h1>Tableau</h1><table><tbody><tr><td>DUPONT</td></tr></tbody></table><section><h2>Alerte</h2><p>Jean</p></section><etat-civil><p>Jean</p></etat-civil></main>',
      'dashboard',
    );
    expect(shown).toContain('<table data-vt="coupé"></table>');
    expect(shown).toContain('<section data-vt="coupé">\n      <h2>…</h2>\n    </section>');
    expect(shown).toContain('<etat-civil data-vt="coupé"></etat-civil>');
    expect(shown).toContain('<a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a>');
    expect(shown).not.toContain('<td>');
  });

  it('keeps a table’s rows on an account page, up to a cap, and says when it cut', () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, () => '<tr><td>Consultation</td></tr>').join('');
    const shown = skeletonOf(
      `<main><section><h2>Mes habilitations</h2><table><tbody>${rows}</tbody></table></section></main>`,
    );
    expect(shown.match(/<td>/g)).toHaveLength(MAX_ROWS);
    expect(shown).toContain(`<tr data-vt="${reportLabels.cut.rows}"></tr>`);
  });

  it('stops at a size cap and says so', () => {
    const shown = skeletonOf(`<ul>${'<li>x</li>'.repeat(MAX_ELEMENTS + 10)}</ul>`);
    expect(shown.match(/<li>/g)?.length).toBeLessThan(MAX_ELEMENTS);
    expect(shown).toContain(`<div data-vt="${reportLabels.cut.size}"></div>\n</body>`);
  });

  it('empties patient zones on every page kind', () => {
    expect(
      skeletonOf('<volet-administratif><h2>Mes habilitations</h2></volet-administratif>', 'account'),
    ).toContain('<volet-administratif data-vt="coupé"></volet-administratif>');
  });
});

describe('the report', () => {
  it('says only its kind, the versions and the browser on a request file', () => {
    for (const name of ['request', 'request-patient-banner']) {
      const report = reportOf(fixtureDocument(name), fixtureUrl(name));
      expect(report).toContain('Type de page\u00a0: request\n');
      expect(report).toContain('Extension\u00a0: 0.1.0');
      expect(report).toContain('Navigateur\u00a0: Chrome 142');
      expect(report).not.toContain('Trajectoire/');
      expect(report).not.toContain('<body');
      expect(report).not.toContain(reportLabels.found);
      expect(report).not.toContain('900001');
      // Every line is one of the fixed lines: nothing of the page at all.
      expect(report.split('\n').filter((line) => line !== '').length).toBe(9);
    }
  });

  it('lists the signals found and missed, with the way each was found', () => {
    const report = reportOf(fixtureDocument('account-prescriber'), fixtureUrl('account-prescriber'));
    const found = report.slice(report.indexOf(reportLabels.found), report.indexOf(reportLabels.missed));
    const missed = report.slice(report.indexOf(reportLabels.missed), report.indexOf(reportLabels.skeleton));
    expect(found).toContain('- account-heading (h2)');
    expect(found).toContain('- habilitations-table');
    expect(found).toContain('- logout');
    expect(missed).toContain('- structure-name');
    expect(missed).not.toContain('- logout');
    expect(report).toContain('Type de page\u00a0: account (reconnu d’après un titre\u00a0: heading)');
    expect(report).toContain(`Adresse\u00a0: ${ORIGIN}${APP}/Administration/MonCompte\n`);
  });

  it('shows the banner’s names as any other text, never themselves', () => {
    const report = reportOf(fixtureDocument('dashboard-last-file'), fixtureUrl('dashboard-last-file'));
    expect(report).toContain('<span data-libelle>Structure :</span>\n          <span>…</span>');
    expect(report).toContain('<dt>Unité :</dt>\n          <dd>…</dd>');
    expect(report).not.toContain('Lilas');
    expect(report).not.toContain('Permanence');
  });
});

describe('the token rule', () => {
  // A name built into the markup the way a patient list might: lower, mixed and UPPER case,
  // in ids, classes, ARIA texts, a custom element's name, a tag of its own, a link path and a title.
  const lower = 'fictivus';
  const mixed = 'Marcelline';
  const upper = 'ORNITHOPTERE';
  const body = `<header><nav><a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></nav></header>
    <main><h2>Mes habilitations</h2>
      <div role="grid" id="grid-${lower}" class="${lower} ${mixed}Grid" data-${lower}="1" aria-${lower}="2" ${mixed}>
        <div role="row" id="row-${lower}-12" class="row-${lower} ${upper}" aria-rowindextext="${lower} ${mixed}" aria-colindextext="${upper}" title="${mixed}" data-nom="${lower}" aria-controls="row${mixed}${upper}">
          <div role="gridcell" id="${lower}-${mixed.toLowerCase()}"><a href="${APP}/Patient/${lower}/${mixed}-${upper}/Dossier" title="${upper} ${mixed}">Unité</a></div>
        </div>
      </div>
      <app-${lower}-banner class="banner"><${lower}>x</${lower}></app-${lower}-banner>
    </main>`;
  const url = new URL(`${ORIGIN}${APP}/Administration/MonCompte`);
  const report = reportOf(page(body), url);

  it('copies no word of a name from an id, class, aria-rowindextext, aria-colindextext, link path, title, tag or attribute name', () => {
    const lowered = report.toLowerCase();
    for (const word of [lower, mixed, upper]) expect(lowered).not.toContain(word.toLowerCase());
  });

  it('keeps the shape: dictionary words and separators as written, ⟨mot⟩ and ⟨nombre⟩ for the rest', () => {
    expect(report).toContain(
      `<div role="row" id="row-${MASKED_WORD}-${MASKED_NUMBER}" class="row-${MASKED_WORD} ${MASKED_WORD}" aria-rowindextext="${MASKED_WORD}" aria-colindextext="${MASKED_WORD}" title="…" data-nom aria-controls="row${MASKED_WORD}${MASKED_WORD}">`,
    );
    // An attribute's name is the page's choice too: data-*, aria-* and directives' names alike.
    expect(report).toContain(
      `class="${MASKED_WORD} ${MASKED_WORD}Grid" data-${MASKED_WORD} aria-${MASKED_WORD}="2" ${MASKED_WORD}>`,
    );
    expect(report).toContain(
      `<a href="${APP}/Patient/${MASKED_WORD}/${MASKED_WORD}-${MASKED_WORD}/Dossier" title="…">Unité</a>`,
    );
    // A custom element's name is cut like an id; a tag the parser does not know is masked whole.
    expect(report).toContain(`<app-${MASKED_WORD}-banner class="banner">`);
    expect(report).toContain(`<x-${MASKED_WORD}>…</x-${MASKED_WORD}>`);
  });

  it('keeps the words of every selector the reader uses, so a page made from a report still matches', () => {
    for (const selector of [...Object.values(selectorLists).flat(), ...BANNER_VOCABULARY, ...TAB_VOCABULARY])
      expect(maskToken(selector.replace(/\d+/gu, '')), selector).toBe(selector.replace(/\d+/gu, ''));
  });

  it.each([
    ['nav-item', 'nav-item'],
    ['mat-mdc-tab-body-active', 'mat-mdc-tab-body-active'],
    ['ngb-nav-3-panel', `ngb-nav-${MASKED_NUMBER}-panel`],
    ['cdk-overlay-pane', 'cdk-overlay-pane'],
    ['p-tabview-nav', 'p-tabview-nav'],
    ['glyphicon-log-out', 'glyphicon-log-out'],
    // The app's own terms, in any case and with or without accents.
    ['tabUnitésDeSoins', 'tabUnitésDeSoins'],
    ['ETABLISSEMENT', 'ETABLISSEMENT'],
    ['lnkDeconnexion', 'lnkDeconnexion'],
    ['row-dupont-12', `row-${MASKED_WORD}-${MASKED_NUMBER}`],
    ['rowDupontJean', `row${MASKED_WORD}${MASKED_WORD}`],
    ['jean-dupont', `${MASKED_WORD}-${MASKED_WORD}`],
    ['hélène', MASKED_WORD],
    ['Ἀθηνᾶ', MASKED_WORD],
  ])('%s is shown as %s', (token, shown) => {
    expect(maskToken(token)).toBe(shown);
    // Masked twice, the same: a page made from a report gives the same report.
    expect(maskToken(shown)).toBe(shown);
  });

  it('keeps a path’s dictionary words and masks the others', () => {
    expect(maskPath(`${APP}/Administration/MonCompte`)).toBe(`${APP}/Administration/MonCompte`);
    expect(maskPath('/trajectoire/pages/acceslibre/login.aspx')).toBe(
      '/trajectoire/pages/acceslibre/login.aspx',
    );
    expect(maskPath(`${APP}/Patient/jean-dupont`)).toBe(`${APP}/Patient/${MASKED_WORD}-${MASKED_WORD}`);
    expect(maskPath(`${APP}/Patient/DupontJean`)).toBe(`${APP}/Patient/${MASKED_WORD}${MASKED_WORD}`);
    expect(maskAddress(new URL(`${ORIGIN}${APP}?dupont=1&nom=2`))).toBe(
      `${APP}?${MASKED_WORD}=${MASKED_VALUE}&nom=${MASKED_VALUE}`,
    );
  });
});

// « Ce que l'extension a compris » as a view model (content/understanding.ts): the page kind and its
// source, the facts learnt and when, the rule, the parts not found; only the kind on a request file;
// never page text. Then the build-time address check.
import { describe, expect, it } from 'vitest';
import type { Learnt } from '../../content/learnt';
import { frenchTypography as fr } from '../../content/text/fr/typography';
import { understandingLabels } from '../../content/text/fr/understanding';
import { seenAt, understand, understandPage } from '../../content/understanding';
import { readPageTraced } from '../../content/viatrajectoire/read';
import { reportAddressFrom } from '../../wxt.config';
import { fixtureDocument, fixturePages, fixtureUrl } from './fixture-pages';

const NBSP = '\u00a0';
/** 3 December 2026, local time: the tests pass in any time zone. */
const at = (hour: number, minute: number, day = 3) => new Date(2026, 11, day, hour, minute).getTime();
const NOW = at(17, 0);

const ofFixture = (name: string, learnt: Learnt = {}) =>
  understandPage(fixtureDocument(name), fixtureUrl(name), learnt, undefined, NOW);
const termsOf = (name: string, learnt?: Learnt) =>
  Object.fromEntries(ofFixture(name, learnt).terms.map(({ term, detail }) => [term, detail]));

describe('seenAt', () => {
  it('writes the time the French way, through Intl fr-FR', () => {
    expect(seenAt(at(14, 5), NOW)).toBe(`à 14${NBSP}h${NBSP}05`);
    expect(seenAt(at(9, 30), NOW)).toBe(`à 9${NBSP}h${NBSP}30`);
  });

  it('says the day when the fact was seen another day', () => {
    expect(seenAt(at(9, 30, 2), NOW)).toBe(`le 2 décembre à 9${NBSP}h${NBSP}30`);
  });
});

describe('understand, on the saved pages', () => {
  it('an account page: its kind, found by its heading, and the rule that chose the situation', () => {
    expect(termsOf('account-prescriber')).toEqual({
      Page: fr('Mon compte (« Mes habilitations »)'),
      'Reconnue par': 'un titre de la page',
      Situation: fr('… je ne sais pas comment créer et envoyer une demande'),
      Pourquoi: fr('Une ligne du tableau « Mes habilitations » permet de créer des demandes.'),
    });
  });

  it('an establishment fiche: its kind and its rule', () => {
    const terms = termsOf('establishment-no-unit');
    expect(terms.Page).toBe('fiche établissement');
    expect(terms.Pourquoi).toBe('La fiche de votre établissement (celui du bandeau) ne liste aucune unité.');
  });

  it('a login page found from its address', () => {
    expect(termsOf('login')['Reconnue par']).toBe('l’adresse de la page');
  });

  it('says which expected parts were not found, « … : introuvable »', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><app-root></app-root></body></html>',
      'text/html',
    );
    const url = new URL(
      'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte',
    );
    const view = understandPage(doc, url, {}, undefined, NOW);
    expect(view.missing).toContain(fr('tableau « Mes habilitations » : introuvable'));
    expect(view.found.map((part) => part.name)).not.toContain(fr('tableau « Mes habilitations »'));
  });

  it('lists the parts found, with the way they were written, and none missing on a complete page', () => {
    const view = ofFixture('account-prescriber');
    expect(view.found.map((part) => part.name)).toContain(fr('tableau « Mes habilitations »'));
    expect(view.missing).not.toContain(fr('tableau « Mes habilitations » : introuvable'));
  });

  it('the facts learnt this session, in the guide’s order, with when', () => {
    const learnt: Learnt = {
      hasHabilitation: { value: false, at: at(14, 5) },
      hasAccount: { value: true, at: at(9, 30, 2) },
    };
    expect(ofFixture('dashboard', learnt).facts).toEqual([
      `Compte${NBSP}: oui, vu le 2 décembre à 9${NBSP}h${NBSP}30`,
      `Habilitation pour créer des demandes${NBSP}: non, vu à 14${NBSP}h${NBSP}05`,
    ]);
    expect(termsOf('dashboard', learnt).Pourquoi).toBe(
      fr('Le dernier prérequis manquant vu pendant cette session : l’habilitation.'),
    );
  });

  it('on a request file, the page kind only: no source, no rule, no facts, no parts', () => {
    for (const name of ['request', 'request-patient-banner']) {
      const view = ofFixture(name, { hasUnit: { value: false, at: at(10, 0) } });
      expect(view).toEqual({
        terms: [{ term: 'Page', detail: 'dossier de demande' }],
        requestOnly: understandingLabels.requestOnly,
        facts: [],
        missing: [],
        found: [],
      });
    }
  });

  const patientPages = fixturePages.filter((page) => page.patientData.length > 0).map((page) => page.name);
  it('has saved pages with patient data to check', () => {
    expect(patientPages.length).toBeGreaterThan(0);
  });
  it.each(patientPages)('%s: the section holds none of the page’s patient strings', (name) => {
    const page = fixturePages.find((candidate) => candidate.name === name);
    const shown = JSON.stringify(ofFixture(name));
    for (const value of page?.patientData ?? []) expect(shown).not.toContain(value);
  });

  it('is built from the traced read it is given, not from the page', () => {
    const { context, trace } = readPageTraced(
      fixtureDocument('account-prescriber'),
      fixtureUrl('account-prescriber'),
    );
    const view = understand({
      context,
      trace: { ...trace, kindSource: 'tabs' },
      learnt: {},
      rule: 'chosen',
      situation: 'no-unit',
      now: NOW,
    });
    expect(view.terms.map((term) => term.detail)).toEqual([
      fr('Mon compte (« Mes habilitations »)'),
      'les onglets de la page',
      fr('… ma structure est décrite dans ViaTrajectoire, mais pas mon unité'),
      'Vous avez choisi cette situation vous-même.',
    ]);
  });
});

describe('reportAddressFrom (wxt.config.ts, VT_REPORT_ADDRESS)', () => {
  it('gives no address when none is set: only the copy is offered', () => {
    expect(reportAddressFrom(undefined)).toBeUndefined();
    expect(reportAddressFrom('  ')).toBeUndefined();
  });

  it('accepts a plausible address', () => {
    expect(reportAddressFrom(' maintainers@example.org ')).toBe('maintainers@example.org');
  });

  it.each(['not-an-address', 'a@b', 'two@example.org,three@example.org', 'a b@example.org'])(
    'refuses %s, saying so',
    (raw) => {
      expect(() => reportAddressFrom(raw)).toThrow(/not an e-mail address/);
    },
  );

  it.each([
    'viatrajectoire.creation@sesan.fr',
    'ViaTrajectoire.Creation@SESAN.fr',
    'viatrajectoire@sesan.fr',
    'vitrajectoire.creation@sesan.fr',
  ])('refuses SESAN’s address %s', (raw) => {
    expect(() => reportAddressFrom(raw)).toThrow(/never to SESAN/);
  });
});

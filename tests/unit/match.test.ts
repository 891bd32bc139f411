// The situation table as the spec of matchSituation: each row gives the sentence of the SESAN
// guide that justifies it, checked word for word against the guide
// (tests/fixtures/guide-sesan-2025-11-18.txt), or says "extension's deduction" where the guide is
// silent. Then what is learnt along the way, and when the situation is only supposed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SituationId } from '../../content/guide/schema';
import { type Learnt, learnFrom, parseLearnt } from '../../content/learnt';
import {
  decisionOf,
  explainSituation,
  habilitationKnown,
  type MatchedSituation,
  matchSituation,
  SITUATION_RULES,
  type SituationRule,
  situationFromLearnt,
} from '../../content/match';
import { habilitationIn } from '../../content/viatrajectoire/habilitations';
import type { HabilitationRow, PageContext } from '../../content/viatrajectoire/read';

/** A row as the reader gives it for a table row naming this habilitation and unit ('' : no unit). */
const row = (habilitation: string, unit = 'Unité A'): HabilitationRow => ({
  habilitation: habilitationIn(habilitation),
  hasUnit: unit !== '',
});
const account = (habilitations: HabilitationRow[], hasCreatingHabilitation: boolean): PageContext => ({
  pageKind: 'account',
  loggedIn: true,
  habilitations,
  hasCreatingHabilitation,
});
const seen = (value: boolean, at: number) => ({ value, at });
const establishment = (unitsListed: boolean, ownEstablishment?: boolean): PageContext => ({
  pageKind: 'establishment',
  loggedIn: true,
  structureShown: true,
  unitsListed,
  ...(ownEstablishment === undefined ? {} : { ownEstablishment }),
});

// --- Why: the guide's words, or the extension's own deduction ------------------------------------------

const guideText = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'guide-sesan-2025-11-18.txt'),
  'utf8',
);
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A sentence of the guide, as written (its misspellings included): checked against the guide below. */
type Why = { guide: string } | { deduction: string };
const guide = (sentence: string): Why => ({ guide: sentence });
const deduction = (reason: string): Why => ({ deduction: reason });
const whyText = (why: Why) =>
  'guide' in why ? `guide: « ${why.guide} »` : `extension's deduction: ${why.deduction}`;

const G = {
  account: 'à condition que le demandeur ait un compte sur ViaTrajectoire',
  noAccount: "... je n'ai pas de compte",
  referents: 'Je contacte les référents ViaTrajectoire de ma structure pour obtenir un compte',
  unitPrerequisite: 'Avoir renseigné au moins une unité',
  noUnit: '... ma structure est décrite dans ViaTrajectoire, mais pas mon unité',
  ficheUnit:
    'Une structure ayant une fiche établissement mais pas de fiche unité ne pourra pas réaliser de prescriptions dans ViaTrajectoire.',
  habilitation: 'Avoir une habilitations permettant de créer et compléter des demandes :',
  howTo: '... je ne sais pas comment créer et envoyer une demande',
  structureFirst: "Prérequis à l'échelle de la structure :",
};

interface Case {
  evidence: string;
  context: PageContext;
  learnt?: Learnt;
  chosen?: SituationId;
  situation: MatchedSituation;
  /** The rule of explainSituation that decides it (each rule has at least one row). */
  rule: SituationRule;
  why: Why;
}

const cases: Case[] = [
  // --- Not logged in on the login or public home page -> no-account
  {
    evidence: 'login, logged out',
    context: { pageKind: 'login', loggedIn: false },
    situation: 'no-account',
    rule: 'logged-out-entry',
    why: guide(G.noAccount),
  },
  {
    evidence: 'public home, logged out',
    context: { pageKind: 'public-home', loggedIn: false },
    situation: 'no-account',
    rule: 'logged-out-entry',
    why: guide(G.account),
  },
  {
    evidence: 'login, logged out, even with facts learnt',
    context: { pageKind: 'login', loggedIn: false },
    learnt: { hasUnit: seen(false, 5) },
    situation: 'no-account',
    rule: 'logged-out-entry',
    why: deduction('a logged-out user on the login page is first of all someone who may have no account'),
  },
  // --- The account page: "Mes habilitations"
  {
    evidence: 'account, no habilitation row at all ("Aucune habilitation…")',
    context: account([], false),
    situation: 'no-habilitation',
    rule: 'account-no-row',
    why: guide(G.habilitation),
  },
  {
    evidence: 'account, a creating habilitation on a row that names no unit: the user can create requests',
    context: account([row('Equipe soignante', '')], true),
    situation: 'how-to-request',
    rule: 'account-creating',
    why: guide(G.howTo),
  },
  {
    evidence: 'account, « Gestionnaire administratif & social » as a real table may spell it, no unit named',
    context: account([row('Gestionnaire administratif & social', '')], true),
    situation: 'how-to-request',
    rule: 'account-creating',
    why: guide(G.howTo),
  },
  {
    evidence: 'account, rows with no unit, none creating',
    context: account([row('Consultation', ''), row('Référent structure', '')], false),
    situation: 'no-unit',
    rule: 'account-no-unit',
    why: guide(G.structureFirst),
  },
  {
    evidence: 'account, rows, none creating',
    context: account([row('Consultation'), row('Référent structure')], false),
    situation: 'no-habilitation',
    rule: 'account-not-creating',
    why: guide(G.habilitation),
  },
  {
    evidence: 'account, a creating row',
    context: account([row('Consultation'), row('Prescripteur médical')], true),
    situation: 'how-to-request',
    rule: 'account-creating',
    why: guide(G.howTo),
  },
  {
    evidence: 'account, a creating row, older negative facts learnt',
    context: account([row('Equipe soignante')], true),
    learnt: { hasHabilitation: seen(false, 1) },
    situation: 'how-to-request',
    rule: 'account-creating',
    why: deduction('the page shown now says more than what was seen before'),
  },
  // --- An establishment's fiche: only the user's own says their unit is missing
  {
    evidence: "the user's own establishment (the banner's structure), no unit listed",
    context: establishment(false, true),
    situation: 'no-unit',
    rule: 'own-establishment-no-unit',
    why: guide(G.ficheUnit),
  },
  {
    evidence: "another establishment's fiche, no unit listed",
    context: establishment(false, false),
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: deduction("another structure's missing unit is not « mon unité »: the page teaches nothing"),
  },
  {
    evidence: 'an establishment fiche whose owner is unknown (no banner name or no title), no unit listed',
    context: establishment(false),
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: deduction('the missing unit is concluded only from the fiche of the structure the banner shows'),
  },
  {
    evidence: "another establishment's fiche, no unit, no habilitation learnt",
    context: establishment(false, false),
    learnt: { hasHabilitation: seen(false, 4) },
    situation: 'no-habilitation',
    rule: 'learnt-no-habilitation',
    why: deduction('a page that teaches nothing leaves what was learnt'),
  },
  {
    evidence: "the user's own establishment with units, nothing learnt",
    context: establishment(true, true),
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: guide(G.howTo),
  },
  {
    evidence: "the user's own establishment with units, no habilitation learnt",
    context: establishment(true, true),
    learnt: { hasHabilitation: seen(false, 4) },
    situation: 'no-habilitation',
    rule: 'learnt-no-habilitation',
    why: guide(G.habilitation),
  },
  {
    evidence: 'establishment whose units have not rendered, nothing learnt',
    context: { pageKind: 'establishment', loggedIn: true, pending: true },
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: deduction(
      'logged in, so an account; nothing says a prerequisite is missing (a guess: see decisionOf, « not-seen »)',
    ),
  },
  // --- Logged in elsewhere: the most recent missing prerequisite learnt, else how-to-request
  {
    evidence: 'dashboard, nothing learnt',
    context: { pageKind: 'dashboard', loggedIn: true },
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: deduction(
      'logged in, so an account; nothing says a prerequisite is missing (a guess: see decisionOf, « not-seen »)',
    ),
  },
  {
    evidence: 'request, nothing learnt',
    context: { pageKind: 'request', loggedIn: true },
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: guide(G.howTo),
  },
  {
    evidence: 'other, logged in, nothing learnt',
    context: { pageKind: 'other', loggedIn: true },
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: deduction(
      'logged in, so an account; nothing says a prerequisite is missing (a guess: see decisionOf, « not-seen »)',
    ),
  },
  {
    evidence: 'dashboard, no unit learnt',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasAccount: seen(true, 1), hasUnit: seen(false, 2) },
    situation: 'no-unit',
    rule: 'learnt-no-unit',
    why: guide(G.unitPrerequisite),
  },
  {
    evidence: 'request, no habilitation learnt',
    context: { pageKind: 'request', loggedIn: true },
    learnt: { hasUnit: seen(true, 2), hasHabilitation: seen(false, 2) },
    situation: 'no-habilitation',
    rule: 'learnt-no-habilitation',
    why: guide(G.habilitation),
  },
  {
    evidence: 'other, the more recent of two negatives wins (habilitation later)',
    context: { pageKind: 'other', loggedIn: true },
    learnt: { hasUnit: seen(false, 10), hasHabilitation: seen(false, 20) },
    situation: 'no-habilitation',
    rule: 'learnt-no-habilitation',
    why: deduction('the latest page seen is the best evidence'),
  },
  {
    evidence: 'other, the more recent of two negatives wins (unit later)',
    context: { pageKind: 'other', loggedIn: true },
    learnt: { hasUnit: seen(false, 30), hasHabilitation: seen(false, 20) },
    situation: 'no-unit',
    rule: 'learnt-no-unit',
    why: deduction('the latest page seen is the best evidence'),
  },
  {
    evidence: 'dashboard, negatives seen together: the earlier prerequisite first',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasUnit: seen(false, 7), hasHabilitation: seen(false, 7) },
    situation: 'no-unit',
    rule: 'learnt-no-unit',
    why: guide(G.structureFirst),
  },
  {
    evidence: 'dashboard, an account learnt missing (never stored: only true is learnt) decides nothing',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasAccount: seen(false, 9), hasHabilitation: seen(false, 3) },
    situation: 'no-habilitation',
    rule: 'learnt-no-habilitation',
    why: deduction(
      'being logged out proves nothing, so a missing account is never learnt (content/learnt.ts)',
    ),
  },
  {
    evidence: 'dashboard, everything learnt positive',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasAccount: seen(true, 1), hasUnit: seen(true, 1), hasHabilitation: seen(true, 1) },
    situation: 'how-to-request',
    rule: 'logged-in-default',
    why: guide(G.howTo),
  },
  {
    evidence: 'account whose table has not rendered: what was learnt',
    context: { pageKind: 'account', loggedIn: true, pending: true },
    learnt: { hasHabilitation: seen(false, 4) },
    situation: 'no-habilitation',
    rule: 'learnt-no-habilitation',
    why: deduction('until the table renders, what was learnt this session stands'),
  },
  {
    evidence: 'login while logged in: what was learnt',
    context: { pageKind: 'login', loggedIn: true },
    learnt: { hasUnit: seen(false, 1) },
    situation: 'no-unit',
    rule: 'learnt-no-unit',
    why: deduction('logged in: the login page proves no missing account'),
  },
  // --- Not logged in, elsewhere -> unknown: the user chooses
  {
    evidence: 'other, logged out',
    context: { pageKind: 'other', loggedIn: false },
    situation: 'unknown',
    rule: 'logged-out-elsewhere',
    why: deduction('a public page says nothing of the user: they choose'),
  },
  {
    evidence: 'other, logged out, facts learnt',
    context: { pageKind: 'other', loggedIn: false },
    learnt: { hasUnit: seen(false, 1) },
    situation: 'unknown',
    rule: 'logged-out-elsewhere',
    why: deduction('a public page says nothing of the user: they choose'),
  },
  // --- The user chose a situation -> that one
  {
    evidence: 'chosen on the login page',
    context: { pageKind: 'login', loggedIn: false },
    chosen: 'no-structure',
    situation: 'no-structure',
    rule: 'chosen',
    why: deduction('the user knows their situation better than the page'),
  },
  {
    evidence: 'chosen on an account page',
    context: account([row('Equipe soignante')], true),
    chosen: 'no-unit',
    situation: 'no-unit',
    rule: 'chosen',
    why: deduction('the user knows their situation better than the page'),
  },
  {
    evidence: 'chosen where nothing is known',
    context: { pageKind: 'other', loggedIn: false },
    chosen: 'how-to-request',
    situation: 'how-to-request',
    rule: 'chosen',
    why: deduction('the user knows their situation better than the page'),
  },
  {
    evidence: 'chosen over learnt facts',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasUnit: seen(false, 1) },
    chosen: 'no-account',
    situation: 'no-account',
    rule: 'chosen',
    why: deduction('the user knows their situation better than the page'),
  },
];

describe('matchSituation', () => {
  it.each(cases.map((row) => ({ ...row, because: whyText(row.why) })))(
    '$evidence -> $situation ($because)',
    ({ context, learnt, chosen, situation }) => {
      expect(matchSituation(context, learnt ?? {}, chosen)).toBe(situation);
    },
  );

  const guideCases = cases
    .filter((row) => 'guide' in row.why)
    .map((row) => ({ ...row, because: whyText(row.why) }));
  it('has cases the guide decides', () => {
    expect(guideCases.length).toBeGreaterThan(0);
  });
  it.each(guideCases)('$evidence: the guide says it, word for word ($because)', ({ why }) => {
    expect('guide' in why && collapse(guideText).includes(collapse(why.guide))).toBe(true);
  });

  it.each(cases)('$evidence: decided by the rule $rule', ({ context, learnt, chosen, situation, rule }) => {
    expect(explainSituation(context, learnt ?? {}, chosen)).toEqual({ situation, rule });
  });

  it('every rule decides at least one row of the table', () => {
    const covered = new Set(cases.map((row) => row.rule));
    expect(SITUATION_RULES.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('undoing the choice gives the detected situation back', () => {
    const context = account([row('Consultation')], false);
    expect(matchSituation(context, {}, 'how-to-request')).toBe('how-to-request');
    expect(matchSituation(context, {}, undefined)).toBe('no-habilitation');
  });
});

describe('situationFromLearnt', () => {
  it('is undefined when nothing negative was learnt', () => {
    expect(situationFromLearnt({})).toBeUndefined();
    expect(situationFromLearnt({ hasAccount: seen(true, 3) })).toBeUndefined();
  });
});

describe('learnFrom', () => {
  const now = 1_750_000_000_000;

  it('learns the account from being logged in, anywhere', () => {
    expect(learnFrom({ pageKind: 'dashboard', loggedIn: true }, {}, now)).toEqual({
      hasAccount: seen(true, now),
    });
  });

  it('learns nothing from being logged out (the login page is also for people with accounts)', () => {
    const previous: Learnt = { hasAccount: seen(true, 1) };
    expect(learnFrom({ pageKind: 'login', loggedIn: false }, previous, now)).toEqual(previous);
  });

  it.each<[string, PageContext, Learnt]>([
    [
      'account, a creating row with a unit',
      account([row('Equipe soignante')], true),
      { hasUnit: seen(true, now), hasHabilitation: seen(true, now) },
    ],
    [
      'account, rows none creating',
      account([row('Consultation')], false),
      { hasUnit: seen(true, now), hasHabilitation: seen(false, now) },
    ],
    // No row: no habilitation, and nothing about the units.
    ['account, no row', account([], false), { hasHabilitation: seen(false, now) }],
    [
      'account, a creating row naming no unit (a habilitation is given on a unit)',
      account([row('Equipe soignante', '')], true),
      { hasUnit: seen(true, now), hasHabilitation: seen(true, now) },
    ],
    [
      'account, rows with no unit, none creating',
      account([row('Consultation', '')], false),
      { hasUnit: seen(false, now), hasHabilitation: seen(false, now) },
    ],
    ["the user's own establishment with units", establishment(true, true), { hasUnit: seen(true, now) }],
    ["the user's own establishment without unit", establishment(false, true), { hasUnit: seen(false, now) }],
    // Only the user's own fiche teaches hasUnit: another's, or an unknown owner, nothing.
    ["another establishment's fiche with units", establishment(true, false), {}],
    ["another establishment's fiche without unit", establishment(false, false), {}],
    ['an establishment fiche of unknown owner, without unit', establishment(false), {}],
    ['account not rendered yet', { pageKind: 'account', loggedIn: true, pending: true }, {}],
    ['establishment not rendered yet', { pageKind: 'establishment', loggedIn: true, pending: true }, {}],
  ])('%s', (_evidence, context, facts) => {
    expect(learnFrom(context, {}, now)).toEqual({ hasAccount: seen(true, now), ...facts });
  });

  it('keeps what this page does not show, and updates what it does', () => {
    const previous: Learnt = {
      hasAccount: seen(true, 1),
      hasUnit: seen(false, 1),
      hasHabilitation: seen(false, 1),
    };
    const learnt = learnFrom(establishment(true, true), previous, now);
    expect(learnt).toEqual({
      // Seen again, unchanged: keeps the time it was learnt.
      hasAccount: seen(true, 1),
      // Changed: learnt now.
      hasUnit: seen(true, now),
      hasHabilitation: seen(false, 1),
    });
    expect(previous.hasUnit).toEqual(seen(false, 1));
  });

  it("another establishment's fiche changes no learnt fact, whatever was learnt before", () => {
    for (const previous of [
      {},
      { hasAccount: seen(true, 1), hasUnit: seen(true, 1) },
      { hasAccount: seen(true, 1), hasUnit: seen(false, 1), hasHabilitation: seen(false, 1) },
    ] satisfies Learnt[]) {
      for (const unitsListed of [true, false]) {
        expect(learnFrom(establishment(unitsListed, false), previous, now)).toEqual({
          ...previous,
          hasAccount: previous.hasAccount ?? seen(true, now),
        });
      }
    }
  });

  it('an account with no row keeps a unit learnt before', () => {
    const previous: Learnt = { hasAccount: seen(true, 1), hasUnit: seen(true, 1) };
    expect(learnFrom(account([], false), previous, now)).toEqual({
      ...previous,
      hasHabilitation: seen(false, now),
    });
  });

  it('gives back equal facts when the page says nothing new, so nothing is stored again', () => {
    const previous = learnFrom(account([row('Prescripteur médical')], true), {}, 1);
    const again = learnFrom(account([row('Prescripteur médical')], true), previous, 2);
    expect(again).toEqual(previous);
  });

  it('stores only booleans and times, never names', () => {
    const context: PageContext = {
      ...account([row('Equipe soignante')], true),
      structureShown: true,
      unitShown: true,
    };
    const serialized = JSON.stringify(learnFrom(context, {}, now));
    expect(JSON.parse(serialized)).toEqual({
      hasAccount: seen(true, now),
      hasUnit: seen(true, now),
      hasHabilitation: seen(true, now),
    });
    expect(serialized).not.toContain('equipe');
  });

  it('then matches the learnt situation on a later page', () => {
    let learnt = learnFrom(account([row('Consultation')], false), {}, 100);
    expect(matchSituation({ pageKind: 'dashboard', loggedIn: true }, learnt)).toBe('no-habilitation');
    learnt = learnFrom(establishment(false, false), learnt, 150);
    expect(matchSituation({ pageKind: 'request', loggedIn: true }, learnt)).toBe('no-habilitation');
    learnt = learnFrom(establishment(false, true), learnt, 200);
    expect(matchSituation({ pageKind: 'request', loggedIn: true }, learnt)).toBe('no-unit');
    learnt = learnFrom(account([row('Prescripteur médical')], true), learnt, 300);
    expect(matchSituation({ pageKind: 'request', loggedIn: true }, learnt)).toBe('how-to-request');
  });
});

describe('parseLearnt', () => {
  it('keeps a valid value', () => {
    const learnt: Learnt = { hasAccount: seen(true, 1), hasUnit: seen(false, 2) };
    expect(parseLearnt(JSON.parse(JSON.stringify(learnt)))).toEqual(learnt);
  });

  it('drops unknown keys (nothing else is ever kept)', () => {
    expect(parseLearnt({ hasUnit: seen(true, 1), structureName: 'Centre Secret' })).toEqual({
      hasUnit: seen(true, 1),
    });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'hasAccount'],
    ['a number', 42],
    ['an array', [seen(true, 1)]],
    ['a fact as a boolean', { hasAccount: true }],
    ['a value as a string', { hasUnit: { value: 'true', at: 1 } }],
    ['a missing time', { hasUnit: { value: true } }],
    ['a negative time', { hasUnit: { value: true, at: -1 } }],
    ['a time as text', { hasUnit: { value: true, at: '2025-01-01' } }],
    ['a NaN time', { hasUnit: { value: true, at: Number.NaN } }],
    [
      'one good fact and one corrupted',
      { hasAccount: seen(true, 1), hasHabilitation: { value: null, at: 1 } },
    ],
  ])('gives {} for %s', (_what, raw) => {
    expect(parseLearnt(raw)).toEqual({});
  });

  it('accepts time 0 and refuses an infinite time', () => {
    expect(parseLearnt({ hasHabilitation: seen(false, 0) })).toEqual({ hasHabilitation: seen(false, 0) });
    expect(parseLearnt({ hasHabilitation: seen(false, Number.POSITIVE_INFINITY) })).toEqual({});
  });
});

describe("a situation supposed until the habilitations were seen (the extension's addition)", () => {
  const dashboard: PageContext = { pageKind: 'dashboard', loggedIn: true };

  it.each<[string, PageContext, Learnt, SituationId | undefined, boolean]>([
    ['logged in, habilitations never seen: how-to-request is a guess', dashboard, {}, undefined, true],
    ['on a request, habilitations never seen', { pageKind: 'request', loggedIn: true }, {}, undefined, true],
    [
      'account page still loading',
      { pageKind: 'account', loggedIn: true, pending: true },
      {},
      undefined,
      true,
    ],
    ['a creating habilitation seen earlier', dashboard, { hasHabilitation: seen(true, 1) }, undefined, false],
    [
      'the account page shows a creating habilitation',
      account([row('Equipe soignante')], true),
      {},
      undefined,
      false,
    ],
    [
      'a missing unit learnt: not how-to-request, a fact',
      dashboard,
      { hasUnit: seen(false, 1) },
      undefined,
      false,
    ],
    ['chosen by the user', dashboard, {}, 'how-to-request', false],
    ['logged out', { pageKind: 'other', loggedIn: false }, {}, undefined, false],
  ])('%s', (_what, context, learnt, chosen, supposed) => {
    expect(decisionOf(context, learnt, chosen).by === 'not-seen').toBe(supposed);
  });

  it('the habilitations are known from the account table or from what was learnt', () => {
    expect(habilitationKnown(dashboard, {})).toBe(false);
    expect(habilitationKnown(dashboard, { hasHabilitation: seen(false, 1) })).toBe(true);
    expect(habilitationKnown(account([], false), {})).toBe(true);
    expect(habilitationKnown({ pageKind: 'account', loggedIn: true, pending: true }, {})).toBe(false);
  });
});

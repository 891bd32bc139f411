// The situation table of issue 3 (section 2), as a table of cases; and what is learnt along the way.
import { describe, expect, it } from 'vitest';
import type { SituationId } from '../../content/guide/schema';
import { type Learnt, learnFrom, parseLearnt } from '../../content/learnt';
import { type MatchedSituation, matchSituation, situationFromLearnt } from '../../content/match';
import type { HabilitationRow, PageContext } from '../../content/viatrajectoire/read';

const row = (habilitation: string, unit = 'Unité A'): HabilitationRow => ({
  establishment: 'Structure A',
  unit,
  habilitation,
});
const account = (habilitations: HabilitationRow[], hasCreatingHabilitation: boolean): PageContext => ({
  pageKind: 'account',
  loggedIn: true,
  habilitations,
  hasCreatingHabilitation,
});
const seen = (value: boolean, at: number) => ({ value, at });

interface Case {
  evidence: string;
  context: PageContext;
  learnt?: Learnt;
  chosen?: SituationId;
  situation: MatchedSituation;
}

const cases: Case[] = [
  // login or public-home, not logged in -> no-account
  { evidence: 'login, logged out', context: { pageKind: 'login', loggedIn: false }, situation: 'no-account' },
  {
    evidence: 'public home, logged out',
    context: { pageKind: 'public-home', loggedIn: false },
    situation: 'no-account',
  },
  {
    evidence: 'login, logged out, even with facts learnt',
    context: { pageKind: 'login', loggedIn: false },
    learnt: { hasUnit: seen(false, 5) },
    situation: 'no-account',
  },
  // account: no row, or rows with no unit -> no-unit
  { evidence: 'account, no habilitation row', context: account([], false), situation: 'no-unit' },
  {
    evidence: 'account, rows with no unit',
    context: account([row('Equipe soignante', '')], true),
    situation: 'no-unit',
  },
  {
    evidence: 'account, rows with no unit, none creating',
    context: account([row('Consultation', ''), row('Référent structure', '')], false),
    situation: 'no-unit',
  },
  // account: rows, none with the three -> no-habilitation
  {
    evidence: 'account, rows, none creating',
    context: account([row('Consultation'), row('Référent structure')], false),
    situation: 'no-habilitation',
  },
  // account: a row with one of the three -> how-to-request
  {
    evidence: 'account, a creating row',
    context: account([row('Consultation'), row('Prescripteur médical')], true),
    situation: 'how-to-request',
  },
  {
    evidence: 'account, a creating row, older negative facts learnt',
    context: account([row('Equipe soignante')], true),
    learnt: { hasHabilitation: seen(false, 1) },
    situation: 'how-to-request',
  },
  // establishment with no unit -> no-unit
  {
    evidence: 'establishment, no unit listed',
    context: { pageKind: 'establishment', loggedIn: true, unitsListed: false },
    situation: 'no-unit',
  },
  // logged in elsewhere -> the most recent learnt, else how-to-request
  {
    evidence: 'dashboard, nothing learnt',
    context: { pageKind: 'dashboard', loggedIn: true },
    situation: 'how-to-request',
  },
  {
    evidence: 'request, nothing learnt',
    context: { pageKind: 'request', loggedIn: true },
    situation: 'how-to-request',
  },
  {
    evidence: 'other, logged in, nothing learnt',
    context: { pageKind: 'other', loggedIn: true },
    situation: 'how-to-request',
  },
  {
    evidence: 'establishment with units, nothing learnt',
    context: { pageKind: 'establishment', loggedIn: true, unitsListed: true },
    situation: 'how-to-request',
  },
  {
    evidence: 'dashboard, no unit learnt',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasAccount: seen(true, 1), hasUnit: seen(false, 2) },
    situation: 'no-unit',
  },
  {
    evidence: 'request, no habilitation learnt',
    context: { pageKind: 'request', loggedIn: true },
    learnt: { hasUnit: seen(true, 2), hasHabilitation: seen(false, 2) },
    situation: 'no-habilitation',
  },
  {
    evidence: 'other, the more recent of two negatives wins (habilitation later)',
    context: { pageKind: 'other', loggedIn: true },
    learnt: { hasUnit: seen(false, 10), hasHabilitation: seen(false, 20) },
    situation: 'no-habilitation',
  },
  {
    evidence: 'other, the more recent of two negatives wins (unit later)',
    context: { pageKind: 'other', loggedIn: true },
    learnt: { hasUnit: seen(false, 30), hasHabilitation: seen(false, 20) },
    situation: 'no-unit',
  },
  {
    evidence: 'dashboard, negatives seen together: the earlier prerequisite first',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasUnit: seen(false, 7), hasHabilitation: seen(false, 7) },
    situation: 'no-unit',
  },
  {
    evidence: 'dashboard, no account learnt',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasAccount: seen(false, 9), hasHabilitation: seen(false, 3) },
    situation: 'no-account',
  },
  {
    evidence: 'dashboard, everything learnt positive',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasAccount: seen(true, 1), hasUnit: seen(true, 1), hasHabilitation: seen(true, 1) },
    situation: 'how-to-request',
  },
  {
    evidence: 'establishment with units, no habilitation learnt',
    context: { pageKind: 'establishment', loggedIn: true, unitsListed: true },
    learnt: { hasHabilitation: seen(false, 4) },
    situation: 'no-habilitation',
  },
  {
    evidence: 'account whose table has not rendered: what was learnt',
    context: { pageKind: 'account', loggedIn: true, pending: true },
    learnt: { hasHabilitation: seen(false, 4) },
    situation: 'no-habilitation',
  },
  {
    evidence: 'establishment whose units have not rendered, nothing learnt',
    context: { pageKind: 'establishment', loggedIn: true, pending: true },
    situation: 'how-to-request',
  },
  {
    evidence: 'login while logged in: what was learnt',
    context: { pageKind: 'login', loggedIn: true },
    learnt: { hasUnit: seen(false, 1) },
    situation: 'no-unit',
  },
  // not logged in, other -> unknown
  { evidence: 'other, logged out', context: { pageKind: 'other', loggedIn: false }, situation: 'unknown' },
  {
    evidence: 'other, logged out, facts learnt',
    context: { pageKind: 'other', loggedIn: false },
    learnt: { hasUnit: seen(false, 1) },
    situation: 'unknown',
  },
  // the user chose a situation -> that one
  {
    evidence: 'chosen on the login page',
    context: { pageKind: 'login', loggedIn: false },
    chosen: 'no-structure',
    situation: 'no-structure',
  },
  {
    evidence: 'chosen on an account page',
    context: account([row('Equipe soignante')], true),
    chosen: 'no-unit',
    situation: 'no-unit',
  },
  {
    evidence: 'chosen where nothing is known',
    context: { pageKind: 'other', loggedIn: false },
    chosen: 'how-to-request',
    situation: 'how-to-request',
  },
  {
    evidence: 'chosen over learnt facts',
    context: { pageKind: 'dashboard', loggedIn: true },
    learnt: { hasUnit: seen(false, 1) },
    chosen: 'no-account',
    situation: 'no-account',
  },
];

describe('matchSituation', () => {
  it.each(cases)('$evidence -> $situation', ({ context, learnt, chosen, situation }) => {
    expect(matchSituation(context, learnt ?? {}, chosen)).toBe(situation);
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
    ['account, no row', account([], false), { hasUnit: seen(false, now), hasHabilitation: seen(false, now) }],
    [
      'account, rows with no unit',
      account([row('Equipe soignante', '')], true),
      { hasUnit: seen(false, now), hasHabilitation: seen(true, now) },
    ],
    [
      'establishment with units',
      { pageKind: 'establishment', loggedIn: true, unitsListed: true },
      { hasUnit: seen(true, now) },
    ],
    [
      'establishment without unit',
      { pageKind: 'establishment', loggedIn: true, unitsListed: false },
      { hasUnit: seen(false, now) },
    ],
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
    const learnt = learnFrom({ pageKind: 'establishment', loggedIn: true, unitsListed: true }, previous, now);
    expect(learnt).toEqual({
      // Seen again, unchanged: keeps the time it was learnt.
      hasAccount: seen(true, 1),
      // Changed: learnt now.
      hasUnit: seen(true, now),
      hasHabilitation: seen(false, 1),
    });
    expect(previous.hasUnit).toEqual(seen(false, 1));
  });

  it('gives back equal facts when the page says nothing new, so nothing is stored again', () => {
    const previous = learnFrom(account([row('Prescripteur médical')], true), {}, 1);
    const again = learnFrom(account([row('Prescripteur médical')], true), previous, 2);
    expect(again).toEqual(previous);
  });

  it('stores only booleans and times, never names', () => {
    const context: PageContext = {
      ...account(
        [{ establishment: 'Centre Secret', unit: 'Unité Secrète', habilitation: 'Equipe soignante' }],
        true,
      ),
      structureName: 'Centre Secret',
      unitName: 'Unité Secrète',
    };
    const serialized = JSON.stringify(learnFrom(context, {}, now));
    expect(serialized).not.toContain('Secr');
    expect(serialized).not.toContain('Equipe');
  });

  it('then matches the learnt situation on a later page', () => {
    let learnt = learnFrom(account([row('Consultation')], false), {}, 100);
    expect(matchSituation({ pageKind: 'dashboard', loggedIn: true }, learnt)).toBe('no-habilitation');
    learnt = learnFrom({ pageKind: 'establishment', loggedIn: true, unitsListed: false }, learnt, 200);
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

// From what the page shows (and what was learnt earlier this session) to one situation of the
// guide, as one pure function that also says which of its rules decided (explainSituation).
// tests/unit/match.test.ts is the table: each row quotes the guide's sentence behind it.

import type { SituationId } from './guide/ids';
import { LEARNT_FACTS, type Learnt, type LearntFact } from './learnt';
import type { PageContext } from './viatrajectoire/read';

/** 'unknown': the panel asks the user to choose. */
export type MatchedSituation = SituationId | 'unknown';

/**
 * The facts that can be learnt missing: being logged out proves nothing (people with accounts pass
 * through the login page), so an account is only ever learnt present (content/learnt.ts).
 */
type MissableFact = Exclude<LearntFact, 'hasAccount'>;
const MISSABLE_FACTS = LEARNT_FACTS.filter((fact): fact is MissableFact => fact !== 'hasAccount');

/** The situation a missing prerequisite sends the user to. */
const SITUATION_WHEN_MISSING: Record<MissableFact, SituationId> = {
  hasUnit: 'no-unit',
  hasHabilitation: 'no-habilitation',
};

/** The most recently seen missing prerequisite (ties: the guide's order); else undefined. */
function latestMissing(learnt: Learnt): MissableFact | undefined {
  let latest: { fact: MissableFact; at: number } | undefined;
  for (const fact of MISSABLE_FACTS) {
    const seen = learnt[fact];
    if (seen === undefined || seen.value) continue;
    if (latest === undefined || seen.at > latest.at) latest = { fact, at: seen.at };
  }
  return latest?.fact;
}

/** The most recently seen missing prerequisite's situation (ties: the guide's order); else undefined. */
export function situationFromLearnt(learnt: Learnt): SituationId | undefined {
  const fact = latestMissing(learnt);
  return fact ? SITUATION_WHEN_MISSING[fact] : undefined;
}

/**
 * Which rule of the table chose the situation: shown in « Ce que l'extension a compris ». The
 * learnt-* rules are the most recent missing prerequisite seen this session.
 */
export type SituationRule =
  | 'chosen'
  | 'logged-out-entry'
  | 'account-no-row'
  | 'account-no-unit'
  | 'account-creating'
  | 'account-not-creating'
  | 'own-establishment-no-unit'
  | 'learnt-no-unit'
  | 'learnt-no-habilitation'
  | 'logged-in-default'
  | 'logged-out-elsewhere';

export const SITUATION_RULES: readonly SituationRule[] = [
  'chosen',
  'logged-out-entry',
  'account-no-row',
  'account-no-unit',
  'account-creating',
  'account-not-creating',
  'own-establishment-no-unit',
  'learnt-no-unit',
  'learnt-no-habilitation',
  'logged-in-default',
  'logged-out-elsewhere',
];

export interface Explained {
  situation: MatchedSituation;
  rule: SituationRule;
}

/** The rule the account page's habilitations give, or undefined while they have not rendered. */
function accountRule(context: PageContext): AccountRule | undefined {
  const rows = context.habilitations;
  if (rows === undefined) return undefined;
  // No row at all: an account with no habilitation, which the référents give. It says nothing of
  // the units: the guide sends people to SESAN for a unit only when the structure is described
  // and the unit is not (rows naming an établissement, with no unit).
  if (rows.length === 0) return 'account-no-row';
  // A habilitation that creates requests is enough: the user can create one, whatever the unit
  // column says (the guide's user-level prerequisite is met).
  if (context.hasCreatingHabilitation === true) return 'account-creating';
  if (!rows.some((row) => row.hasUnit)) return 'account-no-unit';
  return 'account-not-creating';
}

type AccountRule = 'account-no-row' | 'account-no-unit' | 'account-creating' | 'account-not-creating';
const ACCOUNT_SITUATION: Record<AccountRule, SituationId> = {
  'account-no-row': 'no-habilitation',
  'account-no-unit': 'no-unit',
  'account-creating': 'how-to-request',
  'account-not-creating': 'no-habilitation',
};

const LEARNT_RULE: Record<MissableFact, SituationRule> = {
  hasUnit: 'learnt-no-unit',
  hasHabilitation: 'learnt-no-habilitation',
};

/** The one decision of the situation, and the rule that took it. */
export function explainSituation(context: PageContext, learnt: Learnt, chosen?: SituationId): Explained {
  if (chosen !== undefined) return { situation: chosen, rule: 'chosen' };

  const { pageKind, loggedIn } = context;
  if ((pageKind === 'login' || pageKind === 'public-home') && !loggedIn)
    return { situation: 'no-account', rule: 'logged-out-entry' };
  if (pageKind === 'account') {
    const rule = accountRule(context);
    if (rule !== undefined) return { situation: ACCOUNT_SITUATION[rule], rule };
  }
  // Only the user's own establishment's fiche says their unit is missing: another's teaches nothing.
  if (pageKind === 'establishment' && context.ownEstablishment === true && context.unitsListed === false)
    return { situation: 'no-unit', rule: 'own-establishment-no-unit' };

  // Elsewhere, or a screen whose table has not rendered: what this session has learnt.
  if (loggedIn) {
    const missing = latestMissing(learnt);
    if (missing !== undefined)
      return { situation: SITUATION_WHEN_MISSING[missing], rule: LEARNT_RULE[missing] };
    return { situation: 'how-to-request', rule: 'logged-in-default' };
  }
  return { situation: 'unknown', rule: 'logged-out-elsewhere' };
}

export function matchSituation(context: PageContext, learnt: Learnt, chosen?: SituationId): MatchedSituation {
  return explainSituation(context, learnt, chosen).situation;
}

/**
 * Whether the user's habilitations are known: shown by this page (the account's table) or seen
 * earlier this session. The extension's addition, not the guide's.
 */
export function habilitationKnown(context: PageContext, learnt: Learnt): boolean {
  if (context.pageKind === 'account' && context.habilitations !== undefined) return true;
  return learnt.hasHabilitation !== undefined;
}

/**
 * What the panel's status line says of how the situation was decided, in closed values: the
 * user's choice, this page, an earlier page (which one, and when it was seen), or nothing seen yet
 * (then the panel asks rather than supposes). The extension's addition, not the guide's.
 */
export type Decision =
  | { by: 'chosen' }
  /** Logged out, on the login page or the public home: the panel asks whether the user has an account. */
  | { by: 'logged-out-entry' }
  | { by: 'this-page' }
  /** A fact learnt on an earlier page: `page` names the pages that can teach it, `at` when it was seen. */
  | { by: 'earlier-page'; page: 'account' | 'account-or-establishment'; at: number }
  /** Logged in, habilitations never seen: « je ne sais pas comment créer… » is only a guess. */
  | { by: 'not-seen' }
  /** Nothing tells the situation: the user chooses it. */
  | { by: 'none' };

export function decisionOf(context: PageContext, learnt: Learnt, chosen?: SituationId): Decision {
  const { rule } = explainSituation(context, learnt, chosen);
  switch (rule) {
    case 'chosen':
      return { by: 'chosen' };
    case 'logged-out-entry':
      return { by: 'logged-out-entry' };
    case 'account-no-row':
    case 'account-no-unit':
    case 'account-creating':
    case 'account-not-creating':
    case 'own-establishment-no-unit':
      return { by: 'this-page' };
    case 'learnt-no-unit':
      // content/learnt.ts learns the unit on the account page and on the user's own establishment fiche.
      return learnt.hasUnit
        ? { by: 'earlier-page', page: 'account-or-establishment', at: learnt.hasUnit.at }
        : { by: 'none' };
    case 'learnt-no-habilitation':
      return learnt.hasHabilitation
        ? { by: 'earlier-page', page: 'account', at: learnt.hasHabilitation.at }
        : { by: 'none' };
    case 'logged-in-default':
      // The habilitations seen earlier (only the account page shows them), or never seen.
      return learnt.hasHabilitation
        ? { by: 'earlier-page', page: 'account', at: learnt.hasHabilitation.at }
        : { by: 'not-seen' };
    case 'logged-out-elsewhere':
      return { by: 'none' };
  }
}

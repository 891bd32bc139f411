// From what the page shows (and what was learnt earlier this session) to one situation of the
// guide: the table of issue 3, section 2 (revised by issue 10), as one pure function.
// tests/unit/match.test.ts is the table: each row quotes the guide's sentence behind it.

import type { SituationId } from './guide/ids';
import { LEARNT_FACTS, type Learnt, type LearntFact } from './learnt';
import type { PageContext } from './viatrajectoire/read';

/** 'unknown': the panel asks the user to choose. */
export type MatchedSituation = SituationId | 'unknown';

/** The situation a missing prerequisite sends the user to. */
const SITUATION_WHEN_MISSING: Record<LearntFact, SituationId> = {
  hasAccount: 'no-account',
  hasUnit: 'no-unit',
  hasHabilitation: 'no-habilitation',
};

/** The situation the account page's habilitations give, or undefined while they have not rendered. */
function situationFromAccount(context: PageContext): SituationId | undefined {
  const rows = context.habilitations;
  if (rows === undefined) return undefined;
  // No row at all: an account with no habilitation, which the référents give. It says nothing of
  // the units: the guide sends people to SESAN for a unit only when the structure is described
  // and the unit is not (rows naming an établissement, with no unit).
  if (rows.length === 0) return 'no-habilitation';
  if (!rows.some((row) => row.unit !== '')) return 'no-unit';
  return context.hasCreatingHabilitation === true ? 'how-to-request' : 'no-habilitation';
}

/** The most recently seen missing prerequisite's situation (ties: the guide's order); else undefined. */
export function situationFromLearnt(learnt: Learnt): SituationId | undefined {
  let latest: { fact: LearntFact; at: number } | undefined;
  for (const fact of LEARNT_FACTS) {
    const seen = learnt[fact];
    if (seen === undefined || seen.value) continue;
    if (latest === undefined || seen.at > latest.at) latest = { fact, at: seen.at };
  }
  return latest ? SITUATION_WHEN_MISSING[latest.fact] : undefined;
}

export function matchSituation(context: PageContext, learnt: Learnt, chosen?: SituationId): MatchedSituation {
  if (chosen !== undefined) return chosen;

  const { pageKind, loggedIn } = context;
  if ((pageKind === 'login' || pageKind === 'public-home') && !loggedIn) return 'no-account';
  if (pageKind === 'account') {
    const fromAccount = situationFromAccount(context);
    if (fromAccount !== undefined) return fromAccount;
  }
  // Only the user's own establishment's fiche says their unit is missing: another's teaches nothing.
  if (pageKind === 'establishment' && context.ownEstablishment === true && context.unitsListed === false)
    return 'no-unit';

  // Elsewhere, or a screen whose table has not rendered: what this session has learnt.
  if (loggedIn) return situationFromLearnt(learnt) ?? 'how-to-request';
  return 'unknown';
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
 * Whether the matched situation is only supposed: "je ne sais pas comment créer une demande" given
 * to a logged-in user whose habilitations have not been seen (the panel then says how to check them).
 * A situation chosen by the user, or one a page showed, is never a guess.
 */
export function isSupposed(context: PageContext, learnt: Learnt, chosen?: SituationId): boolean {
  if (chosen !== undefined || !context.loggedIn) return false;
  return matchSituation(context, learnt) === 'how-to-request' && !habilitationKnown(context, learnt);
}

// From what the page shows (and what was learnt earlier this session) to one situation of the
// guide: the table of issue 3, section 2, as one pure function. tests/unit/match.test.ts is the table.

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
  if (pageKind === 'establishment' && context.unitsListed === false) return 'no-unit';

  // Elsewhere, or a screen whose table has not rendered: what this session has learnt.
  if (loggedIn) return situationFromLearnt(learnt) ?? 'how-to-request';
  return 'unknown';
}

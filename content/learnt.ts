// What the extension has seen on ViaTrajectoire this session, as booleans with the time they were
// seen: never a name, never page text. Pure: storing it is the caller's job.

import * as v from 'valibot';
import { lazy } from './lib/lazy';
import type { PageContext } from './viatrajectoire/read';

/** A fact and when it was seen (epoch milliseconds). */
export interface Seen {
  value: boolean;
  at: number;
}

export interface Learnt {
  hasAccount?: Seen;
  hasUnit?: Seen;
  hasHabilitation?: Seen;
}
export type LearntFact = keyof Learnt;

/** The learnt facts, in the guide's order of prerequisites (account before unit before habilitation). */
export const LEARNT_FACTS: readonly LearntFact[] = ['hasAccount', 'hasUnit', 'hasHabilitation'];

const seenSchema = lazy(() =>
  v.object({ value: v.boolean(), at: v.pipe(v.number(), v.finite(), v.minValue(0)) }),
);

// Any fact that is there but invalid makes the whole value invalid: a half-forged value teaches nothing.
const learntSchema = lazy(() =>
  v.object({
    hasAccount: v.optional(seenSchema()),
    hasUnit: v.optional(seenSchema()),
    hasHabilitation: v.optional(seenSchema()),
  }),
);

/** A stored value as Learnt; {} for anything invalid (stored values may be corrupted or foreign). Unknown keys are dropped. */
export function parseLearnt(raw: unknown): Learnt {
  const parsed = v.safeParse(learntSchema(), raw);
  if (!parsed.success) return {};
  // Facts given as undefined are left out: the parsed value is the one JSON would store.
  const learnt: Learnt = {};
  for (const fact of LEARNT_FACTS) {
    const seen = parsed.output[fact];
    if (seen) learnt[fact] = seen;
  }
  return learnt;
}

/** previous, updated with what this page shows; facts the page does not show are kept as they were. */
export function learnFrom(context: PageContext, previous: Learnt, now: number): Learnt {
  const learnt: Learnt = { ...previous };
  // A fact seen again with the same value keeps its time: `at` says when it was learnt, so the
  // value only changes (and is only stored again) when the page says something new.
  const seen = (fact: LearntFact, value: boolean): Seen => {
    const before = previous[fact];
    return before?.value === value ? before : { value, at: now };
  };

  // Being logged out proves nothing (people with accounts pass through the login page): only true is learnt.
  if (context.loggedIn) learnt.hasAccount = seen('hasAccount', true);

  if (context.pageKind === 'account' && context.habilitations !== undefined) {
    // No row at all says the habilitation is missing, and nothing about the units.
    if (context.habilitations.length > 0) {
      // A habilitation is given on a unit: a row naming one, or a creating habilitation, says the unit exists.
      learnt.hasUnit = seen(
        'hasUnit',
        context.hasCreatingHabilitation === true || context.habilitations.some((row) => row.hasUnit),
      );
    }
    learnt.hasHabilitation = seen('hasHabilitation', context.hasCreatingHabilitation === true);
  }
  // Only the user's own establishment's fiche (the structure of the app's banner) says whether
  // their unit exists; another establishment's fiche (Annuaires, another structure) teaches nothing.
  if (
    context.pageKind === 'establishment' &&
    context.ownEstablishment === true &&
    context.unitsListed !== undefined
  ) {
    learnt.hasUnit = seen('hasUnit', context.unitsListed);
  }
  return learnt;
}

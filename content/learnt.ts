// What the extension has seen on ViaTrajectoire this session, as booleans with the time they were
// seen (issue 3, section 2): never a name, never page text. Pure: storing it is the caller's job.

import * as z from 'zod/mini';
import type { PageContext } from './viatrajectoire/read';

const seenSchema = z.object({
  value: z.boolean(),
  /** Epoch milliseconds when the fact was seen. */
  at: z.number().check(z.gte(0)),
});

/** Stored values may be corrupted or from an older version: parse them, never trust them. */
export const learntSchema = z.object({
  hasAccount: z.optional(seenSchema),
  hasUnit: z.optional(seenSchema),
  hasHabilitation: z.optional(seenSchema),
});

export type Seen = z.infer<typeof seenSchema>;
export type Learnt = z.infer<typeof learntSchema>;
export type LearntFact = keyof Learnt;

/** The learnt facts, in the guide's order of prerequisites (account before unit before habilitation). */
export const LEARNT_FACTS: readonly LearntFact[] = ['hasAccount', 'hasUnit', 'hasHabilitation'];

/** A stored value as Learnt; {} for anything invalid. Unknown keys are dropped. */
export function parseLearnt(raw: unknown): Learnt {
  const parsed = learntSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** previous, updated with what this page shows; facts the page does not show are kept as they were. */
export function learnFrom(context: PageContext, previous: Learnt, now: number): Learnt {
  const learnt: Learnt = { ...previous };
  const seen = (value: boolean): Seen => ({ value, at: now });

  // Being logged out proves nothing (people with accounts pass through the login page): only true is learnt.
  if (context.loggedIn) learnt.hasAccount = seen(true);

  if (context.pageKind === 'account' && context.habilitations !== undefined) {
    learnt.hasUnit = seen(context.habilitations.some((row) => row.unit !== ''));
    learnt.hasHabilitation = seen(context.hasCreatingHabilitation === true);
  }
  if (context.pageKind === 'establishment' && context.unitsListed !== undefined) {
    learnt.hasUnit = seen(context.unitsListed);
  }
  return learnt;
}

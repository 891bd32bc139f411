// What lasts only for the browsing session: the facts learnt on ViaTrajectoire and the user's
// own choice of situation. Kept in local storage with a time, forgotten after SESSION_MAX_AGE_MS
// or when the browser starts (the background clears them), so they work alike in Chrome, whose
// storage.session content scripts cannot read by default, and in Firefox.
import * as v from 'valibot';
import type { PrerequisiteId, SituationId } from './guide';
import { SITUATION_IDS } from './guide/ids';
import { lazy } from './lazy';
import { LEARNT_FACTS, type Learnt, parseLearnt } from './learnt';

/** A working day and some: a fact seen this morning still counts this evening, not tomorrow. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

function isFresh(at: number, now: number): boolean {
  return at <= now && now - at < SESSION_MAX_AGE_MS;
}

/** The stored learnt facts, parsed, without those seen too long ago. */
export function freshLearnt(raw: unknown, now: number): Learnt {
  const learnt = parseLearnt(raw);
  const fresh: Learnt = {};
  for (const fact of LEARNT_FACTS) {
    const seen = learnt[fact];
    if (seen && isFresh(seen.at, now)) fresh[fact] = seen;
  }
  return fresh;
}

const chosenSituationSchema = lazy(() =>
  v.object({ situation: v.picklist(SITUATION_IDS), at: v.pipe(v.number(), v.finite()) }),
);

/** The user's own choice of situation, with when it was made. */
export type ChosenSituation = v.InferOutput<ReturnType<typeof chosenSituationSchema>>;

/** A stored value as a choice of situation, fresh or not; undefined for anything invalid. */
export function parseChosenSituation(raw: unknown): ChosenSituation | undefined {
  const parsed = v.safeParse(chosenSituationSchema(), raw);
  return parsed.success ? parsed.output : undefined;
}

/** The user's choice of situation, if one was made this session and is still valid. */
export function freshChoice(raw: unknown, now: number): SituationId | undefined {
  const chosen = parseChosenSituation(raw);
  return chosen && isFresh(chosen.at, now) ? chosen.situation : undefined;
}

/** The popup's ticks that the facts prove: a unit implies a described structure. */
export function seenPrerequisites(learnt: Learnt): Partial<Record<PrerequisiteId, boolean>> {
  const seen: Partial<Record<PrerequisiteId, boolean>> = {};
  if (learnt.hasAccount?.value) seen['user-account'] = true;
  if (learnt.hasUnit?.value) {
    seen['structure-described'] = true;
    seen['structure-unit'] = true;
  }
  if (learnt.hasHabilitation?.value) seen['user-habilitation'] = true;
  return seen;
}

export interface PanelState {
  /** False once the user collapsed the panel, true once they opened it (or never touched it). */
  open: boolean;
  /** The situation the panel last showed open: an id only, never page text. */
  seen?: SituationId;
}

// Field by field: an invalid field gives its default, a valid one is kept, unknown keys are dropped.
const panelStateSchema = lazy(() =>
  v.fallback(
    v.object({
      open: v.fallback(v.boolean(), true),
      seen: v.fallback(v.optional(v.picklist(SITUATION_IDS)), undefined),
    }),
    () => ({ open: true }),
  ),
);

/**
 * Not collapsed by default: a newcomer should see the guidance without looking for it when their
 * situation calls for it (content/options.ts, panelOpensAtStart). Kept across days (not cleared
 * at browser start): a collapse is the user's lasting wish.
 */
export function parsePanelState(raw: unknown): PanelState {
  const parsed = v.parse(panelStateSchema(), raw);
  // An unknown situation was caught as undefined: left out, as JSON would store it.
  return parsed.seen === undefined ? { open: parsed.open } : { open: parsed.open, seen: parsed.seen };
}

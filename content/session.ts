// What lasts only for the browsing session: the facts learnt on ViaTrajectoire and the user's
// own choice of situation. Kept in local storage with a time, forgotten after SESSION_MAX_AGE_MS
// or when the browser starts (the background clears them), so they work alike in Chrome, whose
// storage.session content scripts cannot read by default, and in Firefox.
import * as v from 'valibot';
import type { PrerequisiteId, SituationId } from './guide';
import { SITUATION_IDS } from './guide/ids';
import { LEARNT_FACTS, type Learnt, parseLearnt } from './learnt';
import { lazy } from './lib/lazy';

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

/**
 * What the facts say of the prerequisites: true for those they prove (the popup's ticks; a unit
 * implies a described structure), false for those a page showed missing (no unit, no habilitation).
 */
export function seenPrerequisites(learnt: Learnt): Partial<Record<PrerequisiteId, boolean>> {
  const seen: Partial<Record<PrerequisiteId, boolean>> = {};
  if (learnt.hasAccount?.value) seen['user-account'] = true;
  if (learnt.hasUnit?.value) {
    seen['structure-described'] = true;
    seen['structure-unit'] = true;
  } else if (learnt.hasUnit) seen['structure-unit'] = false;
  if (learnt.hasHabilitation) seen['user-habilitation'] = learnt.hasHabilitation.value;
  return seen;
}

export interface PanelState {
  /** False once the user collapsed the panel, true once they opened it (or never touched it). */
  open: boolean;
  /**
   * The blockers the user closed the panel on (situation ids only, never page text): the panel
   * never opens by itself on them again (content/options.ts, panelOpensAtStart).
   */
  dismissed: SituationId[];
}

// Field by field: an invalid field gives its default, a valid one is kept, unknown keys are dropped.
const panelStateSchema = lazy(() =>
  v.fallback(
    v.object({
      open: v.fallback(v.boolean(), true),
      dismissed: v.fallback(v.array(v.unknown()), []),
      /** Before dismissals: the situation last seen open, which a collapse kept closed. */
      seen: v.fallback(v.optional(v.picklist(SITUATION_IDS)), undefined),
    }),
    () => ({ open: true, dismissed: [], seen: undefined }),
  ),
);

const isSituationId = (value: unknown): value is SituationId =>
  (SITUATION_IDS as readonly unknown[]).includes(value);

/**
 * Not collapsed, nothing dismissed by default. Kept across days (not cleared at browser start): a
 * dismissal is the user's lasting wish. A value stored before dismissals existed (`{ open: false,
 * seen }`) keeps its collapse: the situation it was collapsed on counts as dismissed.
 */
export function parsePanelState(raw: unknown): PanelState {
  const { open, dismissed, seen } = v.parse(panelStateSchema(), raw);
  const hadDismissed = raw !== null && typeof raw === 'object' && 'dismissed' in raw;
  // Each entry on its own: a stray value loses no dismissal.
  const kept = [...new Set(dismissed.filter(isSituationId))];
  if (!hadDismissed && !open && seen !== undefined) kept.push(seen);
  return { open, dismissed: kept };
}

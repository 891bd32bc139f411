// The session facts, through their items in the registry (stored.ts); content/session.ts says why
// they are kept in local storage, with a time.
import type { SituationId } from '../content/guide/ids';
import type { Learnt } from '../content/learnt';
import { freshChoice, freshLearnt, type PanelState } from '../content/session';
import { readStored, STORED, type StoredName, type StoredValues, watchStored } from './stored';

/** The stored items the session state is made of (a page's start reads them with its options, in one call). */
export const SESSION_ITEMS = ['learnt', 'chosenSituation', 'panel'] as const satisfies readonly StoredName[];

export interface SessionState {
  learnt: Learnt;
  chosen?: SituationId;
  panel: PanelState;
}

export async function readSession(now: number): Promise<SessionState> {
  return sessionFrom(await readStored(SESSION_ITEMS), now);
}

/** The session state from its stored items, as `readStored` parsed them: what was learnt or chosen too long ago is dropped. */
export function sessionFrom(
  { learnt, chosenSituation, panel }: StoredValues<(typeof SESSION_ITEMS)[number]>,
  now: number,
): SessionState {
  return { learnt: freshLearnt(learnt, now), chosen: freshChoice(chosenSituation, now), panel };
}

export function saveLearnt(learnt: Learnt): Promise<void> {
  return STORED.learnt.set(learnt);
}

export function saveChoice(situation: SituationId | undefined, now: number): Promise<void> {
  return situation ? STORED.chosenSituation.set({ situation, at: now }) : STORED.chosenSituation.remove();
}

export function readPanel(): Promise<PanelState> {
  return STORED.panel.read();
}

export function savePanel(panel: PanelState): Promise<void> {
  return STORED.panel.set(panel);
}

/** Calls back with the whole session state when another tab or the popup changed part of it. */
export function watchSession(onChange: (session: SessionState) => void): () => void {
  return watchStored(SESSION_ITEMS, () => void readSession(Date.now()).then(onChange));
}

/** Called when the browser starts: what was learnt and chosen belonged to the last session. */
export async function forgetSession(): Promise<void> {
  await Promise.all([STORED.learnt.remove(), STORED.chosenSituation.remove()]);
}

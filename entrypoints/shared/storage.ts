// The extension's stored state: one versioned item per concern, each read through its parser so
// a missing, corrupted or foreign value gives the defaults instead of a crash.
import { storage } from 'wxt/utils/storage';
import {
  CHECKLIST_VERSION,
  type Checklist,
  defaultChecklist,
  migrateChecklistV1,
  parseChecklist,
} from '../../content/checklist';
import type { SituationId } from '../../content/guide';
import type { Learnt } from '../../content/learnt';
import {
  type ChosenSituation,
  freshChoice,
  freshLearnt,
  type PanelState,
  parsePanelState,
} from '../../content/session';

export const checklistItem = storage.defineItem<Checklist>('local:checklist', {
  fallback: defaultChecklist(),
  version: CHECKLIST_VERSION,
  migrations: { 2: migrateChecklistV1 },
});

export async function readChecklist(): Promise<Checklist> {
  try {
    return parseChecklist(await checklistItem.getValue());
  } catch {
    return defaultChecklist();
  }
}

export function saveChecklist(checklist: Checklist): Promise<void> {
  return checklistItem.setValue(checklist);
}

export function watchChecklist(onChange: (checklist: Checklist) => void): () => void {
  return checklistItem.watch((value) => onChange(parseChecklist(value)));
}

// Session facts (content/session.ts says why they are in local storage, with a time).
export const learntItem = storage.defineItem<unknown>('local:learnt', { version: 1 });
export const chosenSituationItem = storage.defineItem<ChosenSituation | null>('local:chosenSituation', {
  version: 1,
  fallback: null,
});
export const panelItem = storage.defineItem<PanelState>('local:panel', {
  version: 1,
  fallback: { open: true },
});

export async function readSession(
  now: number,
): Promise<{ learnt: Learnt; chosen?: SituationId; panel: PanelState }> {
  const [learnt, chosen, panel] = await Promise.all(
    [learntItem, chosenSituationItem, panelItem].map((item) => item.getValue().catch(() => undefined)),
  );
  return {
    learnt: freshLearnt(learnt, now),
    chosen: freshChoice(chosen, now),
    panel: parsePanelState(panel),
  };
}

/** Called when the browser starts: what was learnt and chosen belonged to the last session. */
export async function forgetSession(): Promise<void> {
  await Promise.all([learntItem.removeValue(), chosenSituationItem.removeValue()]);
}

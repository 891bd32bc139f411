// The checklist, read and written through its item in the registry (stored.ts).
import type { Checklist } from '../content/checklist';
import { STORED } from './stored';

export const checklistItem = STORED.checklist.item;

/** The ticks, or the defaults for a missing, corrupted or foreign value; an older one is migrated. */
export function readChecklist(): Promise<Checklist> {
  return STORED.checklist.read();
}

export function saveChecklist(checklist: Checklist): Promise<void> {
  return STORED.checklist.item.setValue(checklist);
}

export function watchChecklist(onChange: (checklist: Checklist) => void): () => void {
  return STORED.checklist.watch(onChange);
}

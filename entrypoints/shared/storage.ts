// The checklist, a versioned WXT storage item read through its zod parser, so a missing,
// corrupted, older or foreign value gives the defaults or a migrated value, never a crash.
// (The session facts the content script reads are in session-store.ts.)
import { storage } from 'wxt/utils/storage';
import {
  CHECKLIST_VERSION,
  type Checklist,
  defaultChecklist,
  migrateChecklistV1,
  parseChecklist,
} from '../../content/checklist';

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

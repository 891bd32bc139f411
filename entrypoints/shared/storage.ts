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

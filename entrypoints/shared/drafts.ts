// The composer's drafts, one versioned WXT storage item for all forms, read through its zod
// parser (content/compose/drafts.ts): a missing or corrupted value gives no draft, never a crash.
// A draft lives until its message is sent (mailto opened, or copied) or the user clears it.
import { storage } from 'wxt/utils/storage';
import {
  DRAFTS_VERSION,
  type Draft,
  type Drafts,
  isEmptyDraft,
  parseDrafts,
} from '../../content/compose/drafts';
import type { FormId } from '../../content/compose/ids';

export const draftsItem = storage.defineItem<Drafts>('local:drafts', {
  fallback: {},
  version: DRAFTS_VERSION,
});

export async function readDrafts(): Promise<Drafts> {
  try {
    return parseDrafts(await draftsItem.getValue());
  } catch {
    return {};
  }
}

export async function readDraft(form: FormId): Promise<Draft | undefined> {
  return (await readDrafts())[form];
}

// Each change reads and rewrites the whole item: one at a time, so a keystroke's write never
// lands before the previous one's.
let queue: Promise<void> = Promise.resolve();

function update(change: (drafts: Drafts) => Drafts): Promise<void> {
  queue = queue.then(async () => {
    const next = change(await readDrafts());
    if (Object.keys(next).length === 0) await draftsItem.removeValue();
    else await draftsItem.setValue(next);
  });
  // A failed write is not worth breaking the form for; the next one tries again.
  queue = queue.catch(() => {});
  return queue;
}

/** Keeps the form's draft; an empty one is removed instead. */
export function saveDraft(form: FormId, draft: Draft): Promise<void> {
  return update((drafts) => {
    const { [form]: _previous, ...others } = drafts;
    return isEmptyDraft(draft) ? others : { ...others, [form]: draft };
  });
}

/** Forgets the form's draft (the message was sent, or the user pressed "Effacer"). */
export function clearDraft(form: FormId): Promise<void> {
  return update((drafts) => {
    const { [form]: _cleared, ...others } = drafts;
    return others;
  });
}

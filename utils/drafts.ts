// The composer's drafts, one versioned item of the registry (stored.ts) for all forms, read field by field
// (content/compose/drafts.ts): a missing or corrupted value gives no draft, never a crash. A draft
// lives until the user says its message is sent (« J'ai envoyé le message »), clears it, or it is
// DRAFT_MAX_AGE_MS old: expired drafts are deleted when read and when the browser starts.
import {
  type Draft,
  isEmptyDraft,
  type ParsedDrafts,
  parseDrafts,
  type StoredDrafts,
} from '../content/compose/drafts';
import type { FormId } from '../content/compose/ids';
import { STORED } from './stored';

export const draftsItem = STORED.drafts.item;

/** A form's saved draft, and the keys of its values that were cut to their field's length. */
export interface SavedDraft {
  draft: Draft;
  shortened: string[];
}

async function readParsed(now: number): Promise<ParsedDrafts> {
  try {
    return parseDrafts(await draftsItem.getValue(), now);
  } catch {
    return parseDrafts(undefined, now);
  }
}

/** Every fresh draft; the expired ones are deleted on the way. */
export async function readDrafts(now = Date.now()): Promise<ParsedDrafts> {
  const parsed = await readParsed(now);
  // Any write drops the expired drafts: rewrite the others as they are.
  if (parsed.expired.length > 0) await update(now, (drafts) => drafts);
  return parsed;
}

export async function readDraft(form: FormId, now = Date.now()): Promise<SavedDraft | undefined> {
  const { drafts, shortened } = await readDrafts(now);
  const stored = drafts[form];
  if (!stored) return undefined;
  return { draft: { values: stored.values, referents: stored.referents }, shortened: shortened[form] ?? [] };
}

/** Called when the browser starts. */
export async function purgeExpiredDrafts(now = Date.now()): Promise<void> {
  await readDrafts(now);
}

// Each change reads and rewrites the whole item: one at a time, so a keystroke's write never lands
// before the previous one's. A change asked before an erase (forgetAllDrafts) is skipped.
let queue: Promise<void> = Promise.resolve();
let generation = 0;
let pending = 0;

function update(now: number, change: (drafts: StoredDrafts) => StoredDrafts): Promise<void> {
  const askedIn = generation;
  pending += 1;
  queue = queue.then(async () => {
    try {
      if (askedIn !== generation) return;
      const next = change((await readParsed(now)).drafts);
      if (Object.keys(next).length === 0) await draftsItem.removeValue();
      else await draftsItem.setValue(next);
    } catch {
      // A failed write is not worth breaking the form for; the next one tries again.
    } finally {
      pending -= 1;
    }
  });
  return queue;
}

/** Keeps the form's draft, dated now; an empty one is removed instead. */
export function saveDraft(form: FormId, draft: Draft, now = Date.now()): Promise<void> {
  return update(now, (drafts) => {
    const { [form]: _previous, ...others } = drafts;
    if (isEmptyDraft(draft)) return others;
    return { ...others, [form]: { values: draft.values, referents: draft.referents, savedAt: now } };
  });
}

/** Forgets the form's draft (the user said the message is sent, or pressed « Effacer »). */
export function clearDraft(form: FormId): Promise<void> {
  return update(Date.now(), (drafts) => {
    const { [form]: _cleared, ...others } = drafts;
    return others;
  });
}

/**
 * After « Effacer toutes mes données » cleared the storage: the changes this page asked for
 * before are skipped, and the one under way, which may land after the erase, is undone.
 */
export function forgetAllDrafts(): Promise<void> {
  generation += 1;
  if (pending === 0) return queue;
  queue = queue.then(() => draftsItem.removeValue({ removeMeta: true })).catch(() => {});
  return queue;
}

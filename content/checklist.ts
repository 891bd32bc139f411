// The prerequisites checklist: what the user ticked by hand, and what ViaTrajectoire showed.
// Pure: the storage item that keeps it is in utils/stored.ts.
import * as v from 'valibot';
import { guide, PREREQUISITE_IDS, type PrerequisiteId, type SituationId } from './guide';
import { lazy } from './lib/lazy';

/** Stored value, version 2: one boolean per prerequisite ticked by hand. */
const checklistSchema = lazy(() =>
  v.object({
    ticked: v.record(v.picklist(PREREQUISITE_IDS), v.boolean()),
  }),
);
export type Checklist = v.InferOutput<ReturnType<typeof checklistSchema>>;

export const CHECKLIST_VERSION = 2;

export function defaultChecklist(): Checklist {
  return { ticked: {} };
}

/** Any stored value, valid or not, as a checklist: corrupted or foreign values give the defaults. */
export function parseChecklist(raw: unknown): Checklist {
  if (raw === null || typeof raw !== 'object') return defaultChecklist();
  const ticked = (raw as { ticked?: unknown }).ticked;
  if (ticked === null || typeof ticked !== 'object') return defaultChecklist();
  // Keep the valid entries even when others are foreign: a stray key loses no tick.
  const entries = Object.entries(ticked).filter(
    ([id, value]) => (PREREQUISITE_IDS as readonly string[]).includes(id) && typeof value === 'boolean',
  );
  const parsed = v.safeParse(checklistSchema(), { ticked: Object.fromEntries(entries) });
  return parsed.success ? parsed.output : defaultChecklist();
}

/** Version 1 (the development builds of this extension) stored the ticked ids as a list. */
export function migrateChecklistV1(raw: unknown): Checklist {
  if (!Array.isArray(raw)) return parseChecklist(raw);
  const ticked: Checklist['ticked'] = {};
  for (const id of raw) {
    if ((PREREQUISITE_IDS as readonly unknown[]).includes(id)) ticked[id as PrerequisiteId] = true;
  }
  return { ticked };
}

/** Facts seen on ViaTrajectoire pages, one per prerequisite they prove (true) or disprove (false). */
export type SeenPrerequisites = Partial<Record<PrerequisiteId, boolean>>;

export interface PrerequisiteStatus {
  id: PrerequisiteId;
  met: boolean;
  /** Met because a ViaTrajectoire page showed it, not (only) because the user ticked it. */
  seen: boolean;
  situation: SituationId;
}

export function prerequisiteStatuses(
  checklist: Checklist,
  seen: SeenPrerequisites = {},
): PrerequisiteStatus[] {
  return guide.prerequisites.map((prerequisite) => {
    const byHand = checklist.ticked[prerequisite.id] === true;
    const bySight = seen[prerequisite.id] === true;
    return { id: prerequisite.id, met: byHand || bySight, seen: bySight, situation: prerequisite.situation };
  });
}

export function progress(statuses: PrerequisiteStatus[]): { done: number; total: number } {
  return { done: statuses.filter((status) => status.met).length, total: statuses.length };
}

/**
 * How many of the guide's prerequisites are left to meet: neither ticked nor seen met, or seen
 * missing on ViaTrajectoire (a page that shows no habilitation outweighs an earlier tick). A
 * count, from ids and booleans only: what the in-page tab says.
 */
export function prerequisitesLeft(checklist: Checklist, seen: SeenPrerequisites = {}): number {
  return prerequisiteStatuses(checklist, seen).filter((status) => !status.met || seen[status.id] === false)
    .length;
}

// What the user typed in a composer form, kept as a draft until the message is sent or cleared, or
// for DRAFT_MAX_AGE_MS at most. Pure: the storage item is in utils/stored.ts. The
// values are the user's own professional details (names, addresses, functions), never patient data.
import * as v from 'valibot';
import { lazy } from '../lib/lazy';
import { FORM_IDS, type FormId } from './form-ids';
import { FORMS, fieldsOf, REFERENT_FIELDS } from './forms';
import { type FieldKind, MAX_LENGTH, MAX_REFERENTS } from './limits';
import type { Draft, Referent } from './types';

export type { Draft, Referent };

/** A draft as stored: with the time of its last change (ms since the epoch). */
export interface StoredDraft extends Draft {
  savedAt: number;
}

export type StoredDrafts = Partial<Record<FormId, StoredDraft>>;

/** Version 2: each form's draft carries its savedAt. */
export const DRAFTS_VERSION = 2;

/** A draft left unchanged this long is deleted: when read, and when the browser starts. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

// Kept in form-ids.ts with the form ids: message.ts builds its keys without the drafts' parsers.
import { referentKey } from './form-ids';

export { referentKey };

/** True when nothing was typed: such a draft is not worth keeping. */
export function isEmptyDraft(draft: Draft): boolean {
  const filled = (text: string) => text.trim() !== '';
  return (
    !Object.values(draft.values).some(filled) &&
    !draft.referents.some((referent) => Object.values(referent).some(filled))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 1 to 2: each draft dated now, its real age being unknown. A draft dated already is left
 * as it is: one written after « Effacer toutes mes données » has lost its version mark, and comes
 * through here again.
 */
export function migrateDraftsV1(raw: unknown, now: number): unknown {
  if (!isRecord(raw)) return raw;
  return Object.fromEntries(
    Object.entries(raw).map(([form, draft]) => [
      form,
      isRecord(draft) && typeof draft.savedAt !== 'number' ? { ...draft, savedAt: now } : draft,
    ]),
  );
}

/** What the stored drafts hold, read field by field. */
export interface ParsedDrafts {
  /** Each form's draft that is fresh and not empty: known fields only, each cut to its length. */
  drafts: StoredDrafts;
  /** Per form, the keys (a field's id, or referentKey) of the values cut to their field's length. */
  shortened: Partial<Record<FormId, string[]>>;
  /** The forms whose stored draft is too old or undated: to delete. */
  expired: FormId[];
}

// One schema per kind of field, bounded by its length (limits.ts).
const valueSchemas = lazy(() => {
  const schemas = {} as Record<FieldKind, v.GenericSchema<string>>;
  for (const kind of Object.keys(MAX_LENGTH) as FieldKind[])
    schemas[kind] = v.pipe(v.string(), v.maxLength(MAX_LENGTH[kind]));
  return schemas;
});

/** A stored value as text: cut to its field's length when longer, undefined when not text. */
function fieldValue(raw: unknown, kind: FieldKind): { value: string; cut: boolean } | undefined {
  if (v.safeParse(valueSchemas()[kind], raw).success) return { value: raw as string, cut: false };
  return typeof raw === 'string' ? { value: raw.slice(0, MAX_LENGTH[kind]), cut: true } : undefined;
}

function parseDraft(form: FormId, raw: Record<string, unknown>, savedAt: number) {
  const shortened: string[] = [];
  const values: Record<string, string> = {};
  const storedValues = isRecord(raw.values) ? raw.values : {};
  for (const field of fieldsOf(FORMS[form])) {
    if (!Object.hasOwn(storedValues, field.id)) continue;
    const read = fieldValue(storedValues[field.id], field.kind);
    if (!read) continue;
    values[field.id] = read.value;
    if (read.cut) shortened.push(field.id);
  }
  const referents: Referent[] = [];
  const rows = FORMS[form].referents && Array.isArray(raw.referents) ? raw.referents : [];
  for (const row of rows.filter(isRecord).slice(0, MAX_REFERENTS)) {
    const referent: Referent = { lastName: '', firstName: '', email: '', role: '' };
    for (const field of REFERENT_FIELDS) {
      const read = fieldValue(row[field.id], field.kind);
      if (!read) continue;
      referent[field.id] = read.value;
      if (read.cut) shortened.push(referentKey(referents.length, field.id));
    }
    referents.push(referent);
  }
  return { draft: { values, referents, savedAt }, shortened };
}

/**
 * Any stored value as drafts, field by field: what is valid is kept, a value too long is cut (and
 * said), anything else is left out; a draft too old, dated in the future or undated is expired.
 */
export function parseDrafts(raw: unknown, now: number): ParsedDrafts {
  const parsed: ParsedDrafts = { drafts: {}, shortened: {}, expired: [] };
  if (!isRecord(raw)) return parsed;
  for (const form of FORM_IDS) {
    const stored = raw[form];
    if (!isRecord(stored)) continue;
    const { savedAt } = stored;
    if (!(typeof savedAt === 'number' && savedAt <= now && now - savedAt < DRAFT_MAX_AGE_MS)) {
      parsed.expired.push(form);
      continue;
    }
    const { draft, shortened } = parseDraft(form, stored, savedAt);
    if (isEmptyDraft(draft)) continue;
    parsed.drafts[form] = draft;
    if (shortened.length > 0) parsed.shortened[form] = shortened;
  }
  return parsed;
}

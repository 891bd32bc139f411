// What the user typed in a composer form, kept as a draft until the message is sent or cleared.
// Pure: the storage item is in entrypoints/shared/drafts.ts. The values are the user's own
// professional details (names, addresses, functions), never patient data.
import * as z from 'zod/mini';
import { FORM_IDS, type FormId } from './ids';

/** A ViaTrajectoire référent, as the guide asks: nom, prénom, mail, fonction dans l'établissement. */
export interface Referent {
  lastName: string;
  firstName: string;
  email: string;
  role: string;
}

/** One form's draft: its fields by id, and its référents rows (empty for forms without them). */
export interface Draft {
  values: Record<string, string>;
  referents: Referent[];
}

export type Drafts = Partial<Record<FormId, Draft>>;

export const DRAFTS_VERSION = 1;

// Generous bounds: a corrupted or foreign value must not fill the form with megabytes.
const value = /* @__PURE__ */ z.string().check(z.maxLength(2000));
const referentSchema = /* @__PURE__ */ z.object({
  lastName: value,
  firstName: value,
  email: value,
  role: value,
});
const draftSchema = /* @__PURE__ */ z.object({
  values: z.record(z.string().check(z.maxLength(64)), value),
  referents: z.array(referentSchema).check(z.maxLength(20)),
});

export function emptyReferent(): Referent {
  return { lastName: '', firstName: '', email: '', role: '' };
}

/** A blank form: no value, and one référent row for the forms that list référents. */
export function emptyDraft(withReferents: boolean): Draft {
  return { values: {}, referents: withReferents ? [emptyReferent()] : [] };
}

/** True when nothing was typed: such a draft is not worth keeping. */
export function isEmptyDraft(draft: Draft): boolean {
  const filled = (text: string) => text.trim() !== '';
  return (
    !Object.values(draft.values).some(filled) &&
    !draft.referents.some((referent) => Object.values(referent).some(filled))
  );
}

/** Any stored value as drafts: each form's draft is kept when valid, dropped when not. */
export function parseDrafts(raw: unknown): Drafts {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const drafts: Drafts = {};
  for (const form of FORM_IDS) {
    const parsed = draftSchema.safeParse((raw as Record<string, unknown>)[form]);
    if (parsed.success) drafts[form] = parsed.data;
  }
  return drafts;
}

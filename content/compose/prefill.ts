// The names the in-page panel read on ViaTrajectoire (structure, unit), handed to the composer
// page through storage.session for a minute (entrypoints/shared/open-composer.ts). Pure.
import * as z from 'zod/mini';
import { FORM_IDS, type FormId } from './ids';

/** What the page showed, to pre-fill the composer's empty fields. */
export interface Prefill {
  structureName?: string;
  unitName?: string;
}

/** As stored by the background: for which form, and when. */
export interface StoredPrefill extends Prefill {
  form: FormId;
  at: number;
}

/** A prefill is for the composer page opened right after it: older than this, it is stale. */
export const PREFILL_MAX_AGE_MS = 60_000;

// Pure: the background, which only writes prefills, drops this and zod with it.
const prefillSchema = /* @__PURE__ */ z.object({
  form: z.enum(FORM_IDS),
  structureName: z.optional(z.string().check(z.maxLength(300))),
  unitName: z.optional(z.string().check(z.maxLength(300))),
  at: z.number(),
});

/** The stored prefill's names when it is for this form and fresh; undefined otherwise. */
export function freshPrefill(raw: unknown, form: FormId, now: number): Prefill | undefined {
  const parsed = prefillSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { form: forForm, at, structureName, unitName } = parsed.data;
  if (forForm !== form || at > now || now - at >= PREFILL_MAX_AGE_MS) return undefined;
  const prefill: Prefill = {};
  if (structureName?.trim()) prefill.structureName = structureName.trim();
  if (unitName?.trim()) prefill.unitName = unitName.trim();
  return prefill;
}

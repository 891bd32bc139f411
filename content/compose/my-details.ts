// « Mes coordonnées »: the user's own professional details (name, first name, work mail, function,
// structure, unit), typed by them in the composer or the options page and kept in this browser to
// fill the same fields of every form. Never a page's text: nothing read on ViaTrajectoire comes
// here. Pure: the storage item is in utils/stored.ts.
import * as v from 'valibot';
import { lazy } from '../lib/lazy';
import type { Draft } from './drafts';
import { type FormDef, fieldsOf } from './forms';
import { type FieldKind, MAX_LENGTH } from './limits';

/** The details kept, by the id the forms give their field (forms.ts), in the order they are listed. */
export const MY_DETAILS_FIELDS = [
  'lastName',
  'firstName',
  'email',
  'role',
  'structureName',
  'unitName',
] as const;

export type MyDetailsField = (typeof MY_DETAILS_FIELDS)[number];

/** Each detail the user gave, trimmed; a detail never given (or emptied) is absent. */
export type MyDetails = Partial<Record<MyDetailsField, string>>;

/** The kind of each detail, which bounds its length as the forms' fields do. */
export const MY_DETAILS_KIND: Readonly<Record<MyDetailsField, FieldKind>> = {
  lastName: 'text',
  firstName: 'text',
  email: 'email',
  role: 'text',
  structureName: 'text',
  unitName: 'text',
};

export const isMyDetailsField = (id: string): id is MyDetailsField =>
  (MY_DETAILS_FIELDS as readonly string[]).includes(id);

// One schema per detail: text, trimmed, not empty, no longer than its field.
const detailSchemas = lazy(
  () =>
    Object.fromEntries(
      MY_DETAILS_FIELDS.map((id) => [
        id,
        v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_LENGTH[MY_DETAILS_KIND[id]])),
      ]),
    ) as unknown as Record<MyDetailsField, v.GenericSchema<string>>,
);

/**
 * Any value as details, one by one: a valid detail is kept (trimmed), an empty, too long or
 * non-text one is left out, any other key is dropped. Never throws.
 */
export function parseMyDetails(raw: unknown): MyDetails {
  const details: MyDetails = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return details;
  for (const id of MY_DETAILS_FIELDS) {
    const parsed = v.safeParse(detailSchemas()[id], (raw as Record<string, unknown>)[id]);
    if (parsed.success) details[id] = parsed.output;
  }
  return details;
}

export function hasMyDetails(details: MyDetails): boolean {
  return Object.keys(details).length > 0;
}

/** The ids of the form's fields that take one of the details. */
export function myDetailsFieldsOf(form: FormDef): MyDetailsField[] {
  return fieldsOf(form)
    .map((field) => field.id)
    .filter(isMyDetailsField);
}

/**
 * The draft with the details in the form's empty fields that take them (what the user typed in
 * this form wins), and the ids of the fields so filled.
 */
export function withMyDetails(
  form: FormDef,
  draft: Draft,
  details: MyDetails,
): { draft: Draft; filled: MyDetailsField[] } {
  const values = { ...draft.values };
  const filled: MyDetailsField[] = [];
  for (const id of myDetailsFieldsOf(form)) {
    const detail = details[id];
    if (detail && !(values[id] ?? '').trim()) {
      values[id] = detail;
      filled.push(id);
    }
  }
  return { draft: filled.length > 0 ? { ...draft, values } : draft, filled };
}

/**
 * The details to keep once the user saves them from a form: the form's own fields replace the
 * kept ones (an emptied field forgets its detail), the details this form does not ask are kept.
 */
export function myDetailsFrom(form: FormDef, draft: Draft, kept: MyDetails): MyDetails {
  const next: Record<string, unknown> = { ...kept };
  for (const id of myDetailsFieldsOf(form)) next[id] = draft.values[id] ?? '';
  return parseMyDetails(next);
}

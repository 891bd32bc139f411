// The composer's form ids, without texts, schema or guide: the background (utils/open-composer.ts)
// and the guide's schema (content/guide/schema.ts) import these, and nothing more.

/** One form per message people write; ids are stable (drafts, composer.html#id, the panel's buttons). */
export const FORM_IDS = [
  'no-structure',
  'no-unit',
  'referents-account',
  'referents-habilitation',
  'ask-referents',
  'no-referents',
  'help',
] as const;
export type FormId = (typeof FORM_IDS)[number];

export function isFormId(value: unknown): value is FormId {
  return (FORM_IDS as readonly unknown[]).includes(value);
}

/** The key of a référent row's field: `referents.<row>.<field>`. */
export function referentKey(row: number, field: 'lastName' | 'firstName' | 'email' | 'role'): string {
  return `referents.${row}.${field}`;
}

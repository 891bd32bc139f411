// The composer's form ids and which situations end in which forms, without texts or schema: the
// content script imports these (SituationGuidance's buttons, the open-composer message).
import type { SituationId } from '../guide/ids';

/** One form per message the guide asks people to write; ids are stable (drafts, composer.html#id). */
export const FORM_IDS = [
  'no-structure',
  'no-unit',
  'referents-account',
  'referents-habilitation',
  'no-referents',
  'help',
] as const;
export type FormId = (typeof FORM_IDS)[number];
/**
 * What the panel may ask the composer for: its forms, and 'ask-referents' (« Demander à SESAN qui
 * sont mes référents »), the composer's next form, named here ahead of its text so the panel's
 * button type-checks. Until FORM_IDS holds it, isFormId refuses it and nothing opens.
 */
export type ComposeRequest = FormId | 'ask-referents';

/** The forms offered under each situation, the usual one first. */
export const FORMS_BY_SITUATION: Readonly<Partial<Record<SituationId, readonly FormId[]>>> = {
  'no-structure': ['no-structure'],
  'no-unit': ['no-unit'],
  'no-account': ['referents-account', 'no-referents'],
  'no-habilitation': ['referents-habilitation', 'no-referents'],
  'how-to-request': ['help'],
};

export function isFormId(value: unknown): value is FormId {
  return (FORM_IDS as readonly unknown[]).includes(value);
}

/** The key of a référent row's field: `referents.<row>.<field>`. */
export function referentKey(row: number, field: 'lastName' | 'firstName' | 'email' | 'role'): string {
  return `referents.${row}.${field}`;
}

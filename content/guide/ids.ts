// The guide's stable ids, without the schema: the content script imports these (storage, data-situation).
/** The situations the guidance is organised around; ids are stable (storage, tests, data-situation). */
export const SITUATION_IDS = [
  'no-structure',
  'no-unit',
  'no-account',
  'no-habilitation',
  'how-to-request',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** The guide's four prerequisites, in its order: two for the structure, two for the user. */
export const PREREQUISITE_IDS = [
  'structure-described',
  'structure-unit',
  'user-account',
  'user-habilitation',
] as const;
export type PrerequisiteId = (typeof PREREQUISITE_IDS)[number];

/**
 * The three habilitations that allow creating and completing requests, as the guide names them
 * (ViaTrajectoire's own names), in its order, each under a stable id: a draft stores the id,
 * whatever the name becomes.
 */
export const HABILITATION_NAMES = {
  'prescripteur-medical': 'Prescripteur médical',
  'equipe-soignante': 'Équipe soignante',
  gestionnaire: 'Gestionnaire administratif et social',
} as const;
export type HabilitationId = keyof typeof HABILITATION_NAMES;
export type Habilitation = (typeof HABILITATION_NAMES)[HabilitationId];
/** The names alone, in the guide's order. */
export const HABILITATIONS: readonly Habilitation[] = Object.values(HABILITATION_NAMES);

export const RESOURCE_IDS = [
  'ars-gur',
  'ars-soins-residentiels',
  'sesan-webinaires',
  'sesan-formation',
  'contact-creation',
  'contact-support',
] as const;
export type ResourceId = (typeof RESOURCE_IDS)[number];

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

// The shape of the SESAN guide as data. The next version of the guide is a change to
// `guide.ts` that this schema still accepts (tests/unit/guide.test.ts parses it).
// valibot, and used by tests and the popup only: the content script needs only the ids (ids.ts).
import * as v from 'valibot';

import { FORM_IDS, PREREQUISITE_IDS, RESOURCE_IDS, SITUATION_IDS } from './ids';

export type { PrerequisiteId, ResourceId, SituationId } from './ids';
export { PREREQUISITE_IDS, RESOURCE_IDS, SITUATION_IDS };

const text = v.pipe(v.string(), v.minLength(1));
const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const email = v.pipe(v.string(), v.email());

/**
 * What the extension adds to the guide, marked as its own wherever it is shown: `source` says
 * where it comes from (a page, a reasoning). Without it, an item is the guide's.
 */
const addedSchema = v.object({ source: text });

/** A link or an address the guide points to. `verified: false` marks the nearest confirmed page
 * standing in for an address nobody could confirm; `note` says so to the user. */
const resourceSchema = v.object({
  id: v.picklist(RESOURCE_IDS),
  group: v.picklist(['ars', 'sesan']),
  /** What the guide calls it ("Webinaires (dates et inscriptions)"). */
  topic: text,
  /** The link's own text. */
  label: text,
  url: v.optional(httpsUrl),
  email: v.optional(email),
  verified: v.boolean(),
  note: v.optional(text),
  /** The guide does not name this resource: the extension adds it. */
  added: v.optional(addedSchema),
});

/** A quick mail link: the composer's form `form` for a blank draft (compose/message.ts
 * `blankMessage`), so the link and the composer write the same message. */
const mailSchema = v.object({
  label: text,
  form: v.picklist(FORM_IDS),
  /** Said next to the link, for what a mailto: cannot do (the direction's address is unknown). */
  reminder: v.optional(text),
  /** A message the guide does not ask for: the extension adds it, and says where it comes from. */
  added: v.optional(addedSchema),
});

const stepSchema = v.object({
  text: text,
  items: v.optional(v.array(text)),
  /** A resource to open from this step. */
  resource: v.optional(v.picklist(RESOURCE_IDS)),
});

const situationSchema = v.object({
  id: v.picklist(SITUATION_IDS),
  /** As the guide words it, after "… mais". */
  title: text,
  /** For choosers and headings. */
  shortTitle: text,
  /** false for the situation the guide only implies (no-habilitation). */
  inGuide: v.boolean(),
  /** For a situation the guide does not describe: why the extension adds it. */
  added: v.optional(addedSchema),
  steps: v.pipe(v.array(stepSchema), v.minLength(1)),
  didYouKnow: v.object({
    text: text,
    added: v.optional(addedSchema),
    items: v.optional(v.array(v.object({ text: text, resource: v.optional(v.picklist(RESOURCE_IDS)) }))),
  }),
  mails: v.pipe(v.array(mailSchema), v.minLength(1)),
});

const prerequisiteSchema = v.object({
  id: v.picklist(PREREQUISITE_IDS),
  group: v.picklist(['structure', 'user']),
  /** The guide's own wording. */
  guideWording: text,
  /** The checklist's label, in the first person. */
  label: text,
  /** The situation to read when this prerequisite is not met. */
  situation: v.picklist(SITUATION_IDS),
});

export const guideSchema = v.object({
  title: text,
  publisher: text,
  version: text,
  /** ISO date of the version. */
  date: v.pipe(v.string(), v.isoDate()),
  intro: v.array(text),
  contactAddress: email,
  prerequisiteGroups: v.array(
    v.object({ id: v.picklist(['structure', 'user']), title: text, guideTitle: text }),
  ),
  prerequisites: v.pipe(v.array(prerequisiteSchema), v.length(PREREQUISITE_IDS.length)),
  /** The habilitations that allow creating and completing requests. */
  habilitations: v.pipe(v.array(text), v.minLength(1)),
  situationsLead: text,
  situations: v.pipe(v.array(situationSchema), v.length(SITUATION_IDS.length)),
  resources: v.array(resourceSchema),
  closing: text,
});

export type Guide = v.InferOutput<typeof guideSchema>;
export type Situation = v.InferOutput<typeof situationSchema>;
export type Prerequisite = v.InferOutput<typeof prerequisiteSchema>;
export type Resource = v.InferOutput<typeof resourceSchema>;
export type Mail = v.InferOutput<typeof mailSchema>;
export type Step = v.InferOutput<typeof stepSchema>;
export type Added = v.InferOutput<typeof addedSchema>;

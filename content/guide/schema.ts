// The shape of the SESAN guide as data. The next version of the guide is a change to
// `guide.ts` that this schema still accepts (tests/unit/guide.test.ts parses it).
// zod/mini, and used by tests and the popup only: the content script needs only the ids (ids.ts).
import * as z from 'zod/mini';

import { FORM_IDS } from '../compose/ids';
import { PREREQUISITE_IDS, RESOURCE_IDS, SITUATION_IDS } from './ids';

export type { PrerequisiteId, ResourceId, SituationId } from './ids';
export { PREREQUISITE_IDS, RESOURCE_IDS, SITUATION_IDS };

const text = z.string().check(z.minLength(1));
const httpsUrl = z.url({ protocol: /^https$/ });

/**
 * What the extension adds to the guide, marked as its own wherever it is shown: `source` says
 * where it comes from (a page, a reasoning). Without it, an item is the guide's.
 */
const addedSchema = z.object({ source: text });

/** A link or an address the guide points to. `verified: false` marks the nearest confirmed page
 * standing in for an address nobody could confirm; `note` says so to the user. */
const resourceSchema = z.object({
  id: z.enum(RESOURCE_IDS),
  group: z.enum(['ars', 'sesan']),
  /** What the guide calls it ("Webinaires (dates et inscriptions)"). */
  topic: text,
  /** The link's own text. */
  label: text,
  url: z.optional(httpsUrl),
  email: z.optional(z.email()),
  verified: z.boolean(),
  note: z.optional(text),
  /** The guide does not name this resource: the extension adds it. */
  added: z.optional(addedSchema),
});

/** A quick mail link: the composer's form `form` for a blank draft (compose/message.ts
 * `blankMessage`), so the link and the composer write the same message. */
const mailSchema = z.object({
  label: text,
  form: z.enum(FORM_IDS),
  /** Said next to the link, for what a mailto: cannot do (the direction's address is unknown). */
  reminder: z.optional(text),
});

const stepSchema = z.object({
  text: text,
  items: z.optional(z.array(text)),
  /** A resource to open from this step. */
  resource: z.optional(z.enum(RESOURCE_IDS)),
});

const situationSchema = z.object({
  id: z.enum(SITUATION_IDS),
  /** As the guide words it, after "… mais". */
  title: text,
  /** For choosers and headings. */
  shortTitle: text,
  /** false for the situation the guide only implies (no-habilitation). */
  inGuide: z.boolean(),
  /** For a situation the guide does not describe: why the extension adds it. */
  added: z.optional(addedSchema),
  steps: z.array(stepSchema).check(z.minLength(1)),
  didYouKnow: z.object({
    text: text,
    added: z.optional(addedSchema),
    items: z.optional(z.array(z.object({ text: text, resource: z.optional(z.enum(RESOURCE_IDS)) }))),
  }),
  mails: z.array(mailSchema).check(z.minLength(1)),
});

const prerequisiteSchema = z.object({
  id: z.enum(PREREQUISITE_IDS),
  group: z.enum(['structure', 'user']),
  /** The guide's own wording. */
  guideWording: text,
  /** The checklist's label, in the first person. */
  label: text,
  /** The situation to read when this prerequisite is not met. */
  situation: z.enum(SITUATION_IDS),
});

export const guideSchema = z.object({
  title: text,
  publisher: text,
  version: text,
  /** ISO date of the version. */
  date: z.iso.date(),
  intro: z.array(text),
  contactAddress: z.email(),
  prerequisiteGroups: z.array(z.object({ id: z.enum(['structure', 'user']), title: text, guideTitle: text })),
  prerequisites: z.array(prerequisiteSchema).check(z.length(PREREQUISITE_IDS.length)),
  /** The habilitations that allow creating and completing requests. */
  habilitations: z.array(text).check(z.minLength(1)),
  situationsLead: text,
  situations: z.array(situationSchema).check(z.length(SITUATION_IDS.length)),
  resources: z.array(resourceSchema),
  closing: text,
});

export type Guide = z.infer<typeof guideSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type Prerequisite = z.infer<typeof prerequisiteSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Mail = z.infer<typeof mailSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Added = z.infer<typeof addedSchema>;

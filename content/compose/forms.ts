// The composer's forms as data: for each message the guide asks people to write, its fields, its
// subject and how its body is written from what was typed. The interface's words are in
// content/text/fr/forms.ts, the mails' French in content/guide/mail-texts.ts; a line built with a
// value applies frenchTypography to its own words only, never to what the user typed.
//
// Required is only what the guide asks for, or what the recipient cannot act without; each
// `required: true` says which. Everything else is optional (« facultatif »).
import { HABILITATION_NAMES } from '../guide/ids';
import { askHabilitation, mailWords as m, mailTexts as mail } from '../guide/mail-texts';
import { formFieldLabels as t, formTexts as texts } from '../text/fr/forms';
import { frenchTypography } from '../text/fr/typography';
import type { FormId } from './form-ids';
import type { FieldKind } from './limits';
import type { Draft, Referent } from './types';
import { normalizeFiness } from './validate';

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldDef {
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  hint?: string;
  /** For a select: its choices, the first one being the empty value. */
  options?: readonly FieldOption[];
  autocomplete?: string;
  /** Shown, and checked, only while another field has this value. */
  showWhen?: { field: string; value: string };
  /** A field the guide does not ask for: shown as the extension's, with why. */
  added?: { source: string };
  /** Optional and not in the guide: folded under its section's `foldedSummary` until opened or filled. */
  folded?: true;
}

export interface SectionDef {
  legend: string;
  /** A section the guide does not ask for: shown as the extension's, with why. */
  added?: { source: string };
  fields: readonly FieldDef[];
  /** The disclosure that holds the section's `folded` fields. */
  foldedSummary?: string;
}

export interface FormDef {
  id: FormId;
  /** A message the guide does not write: shown as the extension's, with its source. */
  added?: { source: string };
  /** The form's heading, and its name in the composer page's chooser. */
  title: string;
  /** One line under the heading: who receives the message, and why. */
  purpose: string;
  /** SESAN's address, or the addresses typed in the field `to`. */
  recipient: 'sesan' | 'field';
  sections: readonly SectionDef[];
  /** The référents rows, after the sections, for the forms that list them. */
  referents?: { legend: string; hint: string };
  subject: string;
  body: (draft: Draft) => string;
}

/** The fields of one référent row, in the order the guide lists them (« mail, nom, prénom,
 * fonction dans l'établissement »): all four required, as the guide asks for each. */
export const REFERENT_FIELDS: readonly (Omit<FieldDef, 'id'> & { id: keyof Referent })[] = [
  { id: 'lastName', label: t.lastName, kind: 'text', required: true },
  { id: 'firstName', label: t.firstName, kind: 'text', required: true },
  { id: 'email', label: t.mail, kind: 'email', required: true },
  { id: 'role', label: t.referentRole, kind: 'text', required: true },
] as const;

export function emptyReferent(): Referent {
  return { lastName: '', firstName: '', email: '', role: '' };
}

/** ViaTrajectoire's three habilitations that create and complete requests, named by the guide; a draft keeps the id. */
export const HABILITATION_OPTIONS: readonly FieldOption[] = [
  { value: '', label: t.habilitationAny },
  ...Object.entries(HABILITATION_NAMES).map(([id, name]) => ({ value: id, label: name })),
];

export const STRUCTURE_KIND_OPTIONS: readonly FieldOption[] = [
  { value: '', label: t.choose },
  { value: 'hopital', label: t.structureKinds.hopital },
  { value: 'csapa-caarud', label: t.structureKinds.csapaCaarud },
  { value: 'equipe-mobile', label: t.structureKinds.equipeMobile },
  { value: 'service-social', label: t.structureKinds.serviceSocial },
  { value: 'autre', label: t.structureKinds.autre },
];

// --- Fields used by several forms ------------------------------------------------------------------

/** Required where the message is about the structure (to reference it, add a unit, name its référents). */
const structureName: FieldDef = {
  id: 'structureName',
  label: t.structureName,
  kind: 'text',
  required: true,
  autocomplete: 'organization',
};
const finess: FieldDef = {
  id: 'finess',
  label: t.finess,
  kind: 'finess',
  required: false,
  hint: t.finessHint,
  added: { source: t.sources.finess },
};
// Who writes: the recipient answers a person, so the name is required; the rest is optional.
const lastName: FieldDef = {
  id: 'lastName',
  label: t.lastName,
  kind: 'text',
  required: true,
  autocomplete: 'family-name',
};
const firstName: FieldDef = {
  id: 'firstName',
  label: t.firstName,
  kind: 'text',
  required: true,
  autocomplete: 'given-name',
};
const role: FieldDef = {
  id: 'role',
  label: t.role,
  kind: 'text',
  required: false,
  autocomplete: 'organization-title',
};
const phone: FieldDef = {
  id: 'phone',
  label: t.phone,
  kind: 'text',
  required: false,
  autocomplete: 'tel',
};
/** Who writes: every message to SESAN says so, so that SESAN can answer the right person. */
const sender: SectionDef = {
  legend: t.meLegend,
  fields: [lastName, firstName, role, phone],
  added: { source: t.sources.sender },
};
/**
 * Optional: many users do not know their référents. Without it the message is still opened or
 * copied, and the user adds the address in their mail program (the hint says how to find it).
 */
const referentsTo: FieldDef = {
  id: 'to',
  label: t.referentsTo,
  kind: 'emails',
  required: false,
  hint: t.referentsToHint,
  autocomplete: 'email',
};

// --- Writing the body ------------------------------------------------------------------------------

const v = (draft: Draft, id: string): string => (draft.values[id] ?? '').trim();

/** "- Label : value", our label typeset, the value as typed; no line when the value is empty. */
function item(label: string, value: string, prefix = '- '): string[] {
  return value === '' ? [] : [`${frenchTypography(`${prefix}${label} :`)} ${value}`];
}

/**
 * The same line for a required field, kept when the value is empty ("- Label : ", to fill by
 * hand): the composer sends nothing while a required field is empty, so a blank line only shows
 * in a blank draft's message, which is the guide's quick mail link.
 */
function required(label: string, value: string, prefix = '- '): string[] {
  return [`${frenchTypography(`${prefix}${label} :`)} ${value}`];
}

/** Who writes, for the messages to SESAN: name, first name, function and phone if given. */
function senderLines(draft: Draft): string[] {
  return [
    m.senderItem,
    ...required(m.lastName, v(draft, 'lastName')),
    ...required(m.firstName, v(draft, 'firstName')),
    ...item(m.role, v(draft, 'role')),
    ...item(m.phone, v(draft, 'phone')),
  ];
}

/** Blocks of lines separated by one empty line; empty blocks are skipped. */
function paragraphs(...blocks: (string | string[])[]): string {
  return blocks
    .map((block) => (Array.isArray(block) ? block : [block]))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

function referentLines(referents: readonly Referent[]): string[] {
  return referents.flatMap((referent) => [
    ...required(m.lastName, referent.lastName.trim()),
    ...required(m.firstName, referent.firstName.trim(), '  '),
    ...required(m.mail, referent.email.trim(), '  '),
    ...required(m.referentRole, referent.role.trim(), '  '),
  ]);
}

function finessItem(draft: Draft): string[] {
  return item(m.finess, normalizeFiness(v(draft, 'finess')));
}

/**
 * One signature: "Cordialement," and, on the next line, the sender's name when typed. Their
 * function and the rest are in the message's own list (« Mes coordonnées »), not repeated here.
 */
function signature(draft: Draft): string[] {
  const name = [v(draft, 'firstName'), v(draft, 'lastName')].filter(Boolean).join(' ');
  return [m.closing, ...(name ? [name] : [])];
}

function optionLabel(options: readonly FieldOption[], value: string): string {
  // The empty choice ("Choisir…") says nothing in the message.
  return value === '' ? '' : (options.find((option) => option.value === value)?.label ?? '');
}

// --- The forms -------------------------------------------------------------------------------------

export const FORMS: Readonly<Record<FormId, FormDef>> = {
  'no-structure': {
    id: 'no-structure',
    title: texts.noStructure.title,
    purpose: texts.noStructure.purpose,
    recipient: 'sesan',
    sections: [
      {
        legend: texts.noStructure.ccLegend,
        fields: [
          {
            id: 'cc',
            label: texts.noStructure.cc,
            kind: 'emails',
            // The guide: « avec ma direction en copie ».
            required: true,
            hint: texts.noStructure.ccHint,
            autocomplete: 'off',
          },
        ],
      },
      {
        legend: texts.noStructure.structureLegend,
        foldedSummary: texts.noStructure.moreSummary,
        fields: [
          // The guide: « demander le référencement de ma structure ».
          structureName,
          // None of these is in the guide: optional, said to be the extension's, and folded.
          { ...finess, folded: true },
          {
            id: 'address',
            label: texts.noStructure.address,
            kind: 'longText',
            required: false,
            added: { source: t.sources.address },
            folded: true,
          },
          {
            id: 'kind',
            label: texts.noStructure.kind,
            kind: 'select',
            required: false,
            options: STRUCTURE_KIND_OPTIONS,
            added: { source: t.sources.kind },
            folded: true,
          },
          {
            id: 'kindOther',
            label: texts.noStructure.kindOther,
            kind: 'text',
            required: false,
            showWhen: { field: 'kind', value: 'autre' },
            folded: true,
          },
        ],
      },
      sender,
    ],
    // The guide: « indiquer les coordonnées des référents ViaTrajectoire ».
    referents: { legend: t.referentsLegend, hint: t.referentsHint },
    subject: mail.noStructure.subject,
    body: (draft) => {
      const text = mail.noStructure;
      const kind = v(draft, 'kind');
      const kindLabel =
        kind === 'autre' && v(draft, 'kindOther')
          ? `${m.structureKinds.autre} (${v(draft, 'kindOther')})`
          : (m.structureKinds[kind] ?? '');
      return paragraphs(
        m.greeting,
        text.intro,
        text.ask,
        [
          ...required(m.structureName, v(draft, 'structureName')),
          ...finessItem(draft),
          ...item(text.addressItem, v(draft, 'address')),
          ...item(text.kindItem, kindLabel),
        ],
        [m.referentsItem, ...referentLines(draft.referents)],
        senderLines(draft),
        // Only when the direction is in Cc: the guide's quick link has no Cc.
        v(draft, 'cc') ? text.ccNote : [],
        signature(draft),
      );
    },
  },
  'no-unit': {
    id: 'no-unit',
    title: texts.noUnit.title,
    purpose: texts.noUnit.purpose,
    recipient: 'sesan',
    sections: [
      { legend: texts.noUnit.structureLegend, fields: [structureName, finess] },
      {
        legend: texts.noUnit.unitLegend,
        fields: [
          // The guide: « mon unité », to be added.
          { id: 'unitName', label: texts.noUnit.unitName, kind: 'text', required: true },
          // Helps SESAN, but the guide does not ask for it.
          {
            id: 'unitActivity',
            label: texts.noUnit.unitActivity,
            kind: 'longText',
            required: false,
            hint: texts.noUnit.unitActivityHint,
          },
        ],
      },
      sender,
    ],
    subject: mail.noUnit.subject,
    body: (draft) =>
      paragraphs(
        m.greeting,
        mail.noUnit.intro,
        [
          ...required(m.structureName, v(draft, 'structureName')),
          ...finessItem(draft),
          ...required(mail.noUnit.unitItem, v(draft, 'unitName')),
          ...item(mail.noUnit.activityItem, v(draft, 'unitActivity')),
        ],
        mail.noUnit.ask,
        senderLines(draft),
        signature(draft),
      ),
  },
  'referents-account': {
    id: 'referents-account',
    title: texts.account.title,
    purpose: texts.account.purpose,
    recipient: 'field',
    sections: [
      { legend: texts.account.toLegend, fields: [referentsTo] },
      {
        legend: texts.account.meLegend,
        fields: [
          // An account is made for a person, at an address: the référents need all three.
          lastName,
          firstName,
          { id: 'email', label: texts.account.email, kind: 'email', required: true, autocomplete: 'email' },
          role,
          { id: 'unitName', label: t.unit, kind: 'text', required: false },
        ],
      },
    ],
    subject: mail.account.subject,
    body: (draft) =>
      paragraphs(
        m.greeting,
        mail.account.intro,
        [
          ...required(m.lastName, v(draft, 'lastName')),
          ...required(m.firstName, v(draft, 'firstName')),
          ...required(mail.account.emailItem, v(draft, 'email')),
          ...item(m.role, v(draft, 'role')),
          ...item(m.unit, v(draft, 'unitName')),
        ],
        signature(draft),
      ),
  },
  'referents-habilitation': {
    id: 'referents-habilitation',
    title: texts.habilitation.title,
    purpose: texts.habilitation.purpose,
    recipient: 'field',
    sections: [
      { legend: texts.habilitation.toLegend, fields: [referentsTo] },
      {
        legend: texts.habilitation.habilitationLegend,
        fields: [
          {
            id: 'habilitation',
            label: texts.habilitation.habilitation,
            kind: 'select',
            required: false,
            options: HABILITATION_OPTIONS,
            hint: texts.habilitation.habilitationHint,
          },
        ],
      },
      {
        legend: texts.habilitation.meLegend,
        fields: [
          lastName,
          firstName,
          // The habilitation « qui correspond à ma fonction »: the référents choose by it.
          { ...role, required: true },
          { ...structureName, label: texts.habilitation.structure, required: false },
          { id: 'unitName', label: t.unit, kind: 'text', required: false },
        ],
      },
    ],
    subject: mail.habilitation.subject,
    body: (draft) => {
      const habilitation = optionLabel(HABILITATION_OPTIONS, v(draft, 'habilitation'));
      return paragraphs(
        m.greeting,
        `${mail.habilitation.intro} ${v(draft, 'habilitation') ? askHabilitation(habilitation) : mail.habilitation.askAny}`,
        [
          ...required(m.lastName, v(draft, 'lastName')),
          ...required(m.firstName, v(draft, 'firstName')),
          ...required(m.role, v(draft, 'role')),
          ...item(mail.habilitation.structureItem, v(draft, 'structureName')),
          ...item(m.unit, v(draft, 'unitName')),
        ],
        signature(draft),
      );
    },
  },
  'ask-referents': {
    id: 'ask-referents',
    title: texts.askReferents.title,
    purpose: texts.askReferents.purpose,
    added: { source: texts.askReferents.source },
    recipient: 'sesan',
    sections: [
      {
        legend: texts.askReferents.structureLegend,
        // SESAN finds the référents by the structure: its name is required.
        fields: [
          { ...structureName, label: texts.askReferents.structure },
          finess,
          { id: 'unitName', label: t.unit, kind: 'text', required: false },
        ],
      },
      sender,
    ],
    subject: mail.askReferents.subject,
    body: (draft) =>
      paragraphs(
        m.greeting,
        mail.askReferents.intro,
        mail.askReferents.ask,
        [
          ...required(m.structureName, v(draft, 'structureName')),
          ...finessItem(draft),
          ...item(m.unit, v(draft, 'unitName')),
        ],
        senderLines(draft),
        signature(draft),
      ),
  },
  'no-referents': {
    id: 'no-referents',
    title: texts.noReferents.title,
    purpose: texts.noReferents.purpose,
    recipient: 'sesan',
    sections: [{ legend: texts.noReferents.structureLegend, fields: [structureName, finess] }, sender],
    // The guide: « vous pouvez demander à ce qu'ils soient renseignés ».
    referents: { legend: t.referentsLegend, hint: t.referentsHint },
    subject: mail.noReferents.subject,
    body: (draft) =>
      paragraphs(
        m.greeting,
        mail.noReferents.intro,
        [...required(m.structureName, v(draft, 'structureName')), ...finessItem(draft)],
        [m.referentsItem, ...referentLines(draft.referents)],
        senderLines(draft),
        signature(draft),
      ),
  },
  help: {
    id: 'help',
    title: texts.help.title,
    purpose: texts.help.purpose,
    recipient: 'sesan',
    sections: [
      {
        legend: texts.help.questionLegend,
        fields: [
          {
            id: 'question',
            label: texts.help.question,
            kind: 'longText',
            // The guide: « Si besoin d'aide, je contacte … »: the help asked is the message.
            required: true,
            hint: texts.help.questionHint,
          },
        ],
      },
      {
        legend: texts.help.structureLegend,
        fields: [
          { ...structureName, label: texts.help.structure, required: false },
          { id: 'unitName', label: t.unit, kind: 'text', required: false },
        ],
      },
      sender,
    ],
    subject: mail.help.subject,
    body: (draft) =>
      paragraphs(
        m.greeting,
        mail.help.intro,
        [
          ...item(mail.help.structureItem, v(draft, 'structureName')),
          ...item(m.unit, v(draft, 'unitName')),
          ...required(mail.help.questionItem, v(draft, 'question')),
        ],
        senderLines(draft),
        signature(draft),
      ),
  },
};

/** Every field of a form, section after section (référents rows aside). */
export function fieldsOf(form: FormDef): FieldDef[] {
  return form.sections.flatMap((section) => section.fields);
}

/** False for a field hidden because another field does not have the value it depends on. */
export function isShown(field: FieldDef, draft: Draft): boolean {
  return !field.showWhen || (draft.values[field.showWhen.field] ?? '') === field.showWhen.value;
}

/** A blank draft for this form: no value, and one référent row for the forms that list référents. */
export function blankDraft(form: FormDef): Draft {
  return { values: {}, referents: form.referents ? [emptyReferent()] : [] };
}

/** The organisation's référents' addresses (its managed policy) as one « to » value. */
const referentsValue = (addresses: readonly string[]): string => addresses.join(', ');

/**
 * The draft with the organisation's référents in the « to » field of a form written to them, when
 * that field is empty (what the user typed wins).
 */
export function withReferents(form: FormDef, draft: Draft, addresses: readonly string[]): Draft {
  if (form.recipient !== 'field' || addresses.length === 0 || (draft.values.to ?? '').trim() !== '')
    return draft;
  return { ...draft, values: { ...draft.values, to: referentsValue(addresses) } };
}

/**
 * The draft to store: a « to » still holding the organisation's list left empty, since the policy
 * fills it again; managed values never reach the extension's own storage.
 */
export function withoutReferents(draft: Draft, addresses: readonly string[]): Draft {
  if (addresses.length === 0 || (draft.values.to ?? '').trim() !== referentsValue(addresses)) return draft;
  return { ...draft, values: { ...draft.values, to: '' } };
}

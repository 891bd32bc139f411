// From a form's draft to what the user checks and sends: the problems to fix, the message (to, cc,
// subject, body), its mailto: address and the parts people copy by hand. Pure.

import { CONTACT_ADDRESS } from '../guide/guide';
import type { Draft } from './drafts';
import { type FormId, referentKey } from './form-ids';
import {
  blankDraft,
  type FieldDef,
  FORMS,
  type FormDef,
  fieldsOf,
  isShown,
  REFERENT_FIELDS,
  withReferents,
} from './forms';
import { type FinessProblem, finessProblem, invalidEmailIn, isEmail, splitEmails } from './validate';

// --- Problems --------------------------------------------------------------------------------------

export type FieldProblem =
  | { code: 'required' }
  | { code: 'email' }
  /** In a list of addresses: the first one that is not valid. */
  | { code: 'emails'; address: string }
  | { code: 'finess'; problem: FinessProblem };

export function fieldProblem(
  field: Pick<FieldDef, 'kind' | 'required'>,
  raw: string,
): FieldProblem | undefined {
  const value = raw.trim();
  if (value === '') return field.required ? { code: 'required' } : undefined;
  switch (field.kind) {
    case 'email':
      return isEmail(value) ? undefined : { code: 'email' };
    case 'emails': {
      const address = invalidEmailIn(value);
      return address === undefined ? undefined : { code: 'emails', address };
    }
    case 'finess': {
      const problem = finessProblem(value);
      return problem ? { code: 'finess', problem } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Every problem of the draft, by field key (a field's id, or referentKey for a référent's), in
 * the order the fields are shown: the first key is the first field to fix.
 */
export function formProblems(form: FormDef, draft: Draft): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const field of fieldsOf(form)) {
    if (!isShown(field, draft)) continue;
    const problem = fieldProblem(field, draft.values[field.id] ?? '');
    if (problem) problems.set(field.id, problem);
  }
  if (form.referents) {
    draft.referents.forEach((referent, row) => {
      for (const field of REFERENT_FIELDS) {
        const problem = fieldProblem(field, referent[field.id]);
        if (problem) problems.set(referentKey(row, field.id), problem);
      }
    });
  }
  return problems;
}

// --- The message -----------------------------------------------------------------------------------

export interface ComposedMessage {
  to: string[];
  cc: string[];
  subject: string;
  /** Lines separated by \n (mailtoHref turns them into CRLF). */
  body: string;
}

export function composeMessage(form: FormDef, draft: Draft): ComposedMessage {
  return {
    to: form.recipient === 'sesan' ? [CONTACT_ADDRESS] : splitEmails(draft.values.to ?? ''),
    cc: splitEmails(draft.values.cc ?? ''),
    subject: form.subject,
    body: form.body(draft),
  };
}

/**
 * The message of a blank draft, with the organisation's référents as its recipients: the guide's
 * quick mail link is this message, so the panel, the popup and the composer write one text.
 */
export function blankMessage(formId: FormId, referents: readonly string[] = []): ComposedMessage {
  const form = FORMS[formId];
  return composeMessage(form, withReferents(form, blankDraft(form), referents));
}

/** Beyond about this length, some mail clients and systems cut or refuse a mailto: address. */
export const MAILTO_MAX_LENGTH = 1800;

/** An address in a mailto: URI, its "@" kept as is (RFC 6068 § 2), anything else reserved encoded. */
const encodeAddress = (address: string): string => encodeURIComponent(address).replaceAll('%40', '@');

/** The mailto: URI (RFC 6068): to in the path, cc, subject and body as encoded fields, CRLF lines. */
export function mailtoHref(message: ComposedMessage): string {
  const fields: string[] = [];
  if (message.cc.length > 0) fields.push(`cc=${message.cc.map(encodeAddress).join(',')}`);
  fields.push(`subject=${encodeURIComponent(message.subject)}`);
  fields.push(`body=${encodeURIComponent(message.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${message.to.map(encodeAddress).join(',')}?${fields.join('&')}`;
}

export function fitsInMailto(href: string): boolean {
  return href.length <= MAILTO_MAX_LENGTH;
}

/** The parts of a message a person copies into their mail program, one field at a time. */
export type MessagePart = 'to' | 'cc' | 'subject' | 'body';

/** One part as it is pasted: addresses separated by a comma and a space (every webmail takes it). */
export function messagePart(message: ComposedMessage, part: MessagePart): string {
  switch (part) {
    case 'to':
      return message.to.join(', ');
    case 'cc':
      return message.cc.join(', ');
    case 'subject':
      return message.subject;
    case 'body':
      return message.body;
  }
}

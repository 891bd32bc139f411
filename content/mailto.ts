// The guide's quick mail links: the composer's message for a blank draft (compose/message.ts
// `blankMessage`), as a mailto: address built by the composer's own `mailtoHref`. One text, one
// builder (issue 10).
import { blankMessage, mailtoHref } from './compose/message';
import type { Prefill } from './compose/prefill';
import type { Mail } from './guide';

/** What the page showed of the user's own structure and unit, to pre-fill messages. */
export type MailContext = Prefill;

export function buildMailto(mail: Mail, context: MailContext = {}): string {
  return mailtoHref(blankMessage(mail.form, context));
}

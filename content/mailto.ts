// Builds the pre-filled e-mails of the guide as mailto: addresses (RFC 6068).
import { CONTACT_ADDRESS, type Mail } from './guide';

/** What the page showed of the user's own structure and unit, to pre-fill messages. */
export interface MailContext {
  structureName?: string;
  unitName?: string;
}

/** The mail's body with {structure} and {unit} filled in (left blank when unknown). */
export function fillMailBody(mail: Mail, context: MailContext = {}): string {
  return mail.body
    .replaceAll('{structure}', context.structureName ?? '')
    .replaceAll('{unit}', context.unitName ?? '');
}

export function mailRecipient(mail: Mail): string {
  // Only the user knows their référents' address: the recipient stays empty for them to fill.
  return mail.to === 'sesan' ? CONTACT_ADDRESS : '';
}

export function buildMailto(mail: Mail, context: MailContext = {}): string {
  // RFC 6068: line breaks in a body are CRLF, percent-encoded like every other reserved character.
  const body = fillMailBody(mail, context).replace(/\r?\n/g, '\r\n');
  const query = `subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${mailRecipient(mail)}?${query}`;
}

import type { Mail } from '../content/guide';
import { labels } from '../content/guide';
import { buildMailto, type MailContext } from '../content/mailto';
import { refuseUntrusted } from './trusted';

interface MailLinkProps {
  mail: Mail;
  context?: MailContext;
}

/** A pre-filled e-mail, opened in the user's own mail client. */
export function MailLink({ mail, context }: MailLinkProps) {
  return (
    <p class="mail">
      <a
        class="button button-secondary"
        href={buildMailto(mail, context)}
        title={labels.mailOpens}
        onClick={refuseUntrusted}
      >
        ✉ {mail.label}
      </a>
      {mail.reminder ? <span class="mail-reminder">{mail.reminder}</span> : null}
    </p>
  );
}

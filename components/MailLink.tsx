import { useContext } from 'preact/hooks';
import { blankMessage, mailtoHref } from '../content/compose/message';
import type { Mail } from '../content/guide';
import { labels } from '../content/guide';
import { ReferentsAddresses } from './managed-context';
import { refuseUntrusted } from './trusted';

interface MailLinkProps {
  mail: Mail;
}

/** A pre-filled e-mail, opened in the user's own mail client, to the organisation's référents when it set them. */
export function MailLink({ mail }: MailLinkProps) {
  const referents = useContext(ReferentsAddresses);
  return (
    <p class="mail">
      <a
        class="button button-secondary"
        href={mailtoHref(blankMessage(mail.form, referents))}
        title={labels.mailOpens}
        onClick={refuseUntrusted}
      >
        ✉ {mail.label}
      </a>
      {mail.reminder ? <span class="mail-reminder">{mail.reminder}</span> : null}
    </p>
  );
}

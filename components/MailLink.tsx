import { useContext } from 'preact/hooks';
import { FORMS } from '../content/compose/forms';
import { blankMessage, mailtoHref } from '../content/compose/message';
import type { Mail } from '../content/guide';
import { labels } from '../content/text';
import { ReferentsAddresses } from './managed-context';
import { refuseUntrusted } from './trusted';

interface MailLinkProps {
  mail: Mail;
}

/** A pre-filled e-mail, opened in the user's own mail client, to the organisation's référents when it set them. */
export function MailLink({ mail }: MailLinkProps) {
  const referents = useContext(ReferentsAddresses);
  // Addressed by the organisation's policy: no reminder to add what the link already has.
  const fromPolicy = referents.length > 0 && FORMS[mail.form].recipient === 'field';
  const reminder = fromPolicy ? labels.referentsFromPolicy : mail.reminder;
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
      {reminder ? <span class="mail-reminder">{reminder}</span> : null}
    </p>
  );
}

import type { ComposedMessage } from '../../content/compose/message';
import { composerLabels as text } from '../../content/text/fr/composer';

/** The message as it will be sent: its headers and body, shown before anything happens. */
export function MessagePreview({ message, titleId }: { message: ComposedMessage; titleId: string }) {
  return (
    <section class="composer-preview" aria-labelledby={titleId}>
      <h2 id={titleId}>{text.previewTitle}</h2>
      <dl class="composer-headers">
        <div>
          <dt>{text.to}</dt>
          <dd data-testid="preview-to">{message.to.join(', ') || text.noRecipient}</dd>
        </div>
        {message.cc.length > 0 ? (
          <div>
            <dt>{text.cc}</dt>
            <dd data-testid="preview-cc">{message.cc.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{text.subject}</dt>
          <dd data-testid="preview-subject">{message.subject}</dd>
        </div>
      </dl>
      <div class="composer-body" data-testid="preview-body">
        {message.body}
      </div>
    </section>
  );
}

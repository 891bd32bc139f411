import { composerLabels as text } from '../../content/text/fr/composer';
import { Icon } from '../Icon';
import { onlyTrusted } from '../trusted';
import { useSettlingState } from '../use-settling-state';

interface CopyButtonProps {
  label: string;
  /** Said, visibly and to screen readers, once the text is on the clipboard. */
  copied: string;
  /** The text to copy, read at the click; undefined when the message is not ready (nothing copied). */
  textOf: () => string | undefined;
  /** The way to send when the message is too long for a mail link. */
  primary?: boolean;
  /** After a copy that worked. */
  onCopied?: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** One part of the message (recipients, subject, text) to the clipboard, on a person's click only. */
export function CopyButton({ label, copied, textOf, primary, onCopied }: CopyButtonProps) {
  const [state, settle] = useSettlingState<CopyState>('idle');
  async function copy() {
    const value = textOf();
    if (value === undefined) return;
    try {
      await navigator.clipboard.writeText(value);
      settle('copied');
      onCopied?.();
    } catch {
      settle('failed');
    }
  }
  return (
    <div class="composer-copy">
      <button
        type="button"
        class={primary ? 'button' : 'button button-secondary'}
        data-state={state}
        onClick={onlyTrusted(() => void copy())}
      >
        <Icon name="copy" /> {label}
      </button>
      {/* Always in the DOM so that its change is announced (role=status is polite). */}
      <span role="status" class={`composer-copy-status composer-copy-status-${state}`}>
        {state === 'copied' ? (
          <>
            <Icon name="check" /> {copied}
          </>
        ) : state === 'failed' ? (
          text.copyFailed
        ) : (
          ''
        )}
      </span>
    </div>
  );
}

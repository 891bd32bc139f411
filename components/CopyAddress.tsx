import { labels } from '../content/text';
import { Icon } from './Icon';
import { onlyTrusted } from './trusted';
import { useSettlingState } from './use-settling-state';

interface CopyAddressProps {
  address: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The contact address as text, a one-click copy, and feedback both visible and announced.
 */
export function CopyAddress({ address }: CopyAddressProps) {
  const [copy, settle] = useSettlingState<CopyState>('idle');
  const copyAddress = async () => {
    try {
      await navigator.clipboard.writeText(address);
      settle('copied');
    } catch {
      settle('failed');
    }
  };
  return (
    <div class="copy-address">
      <span class="address">{address}</span>
      <button
        type="button"
        class="button button-secondary"
        onClick={onlyTrusted(copyAddress)}
        data-state={copy}
      >
        <Icon name="copy" />
        {labels.copyAddress}
      </button>
      {/* Always in the DOM so screen readers announce its change (role=status is polite). */}
      <span role="status" class={`copy-status copy-status-${copy}`}>
        {copy === 'copied' ? (
          <>
            <Icon name="check" /> {labels.addressCopied}
          </>
        ) : copy === 'failed' ? (
          labels.copyFailed
        ) : (
          ''
        )}
      </span>
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { labels } from '../content/guide';

interface CopyAddressProps {
  address: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The contact address as text, a one-click copy, and feedback both visible and announced. */
export function CopyAddress({ address }: CopyAddressProps) {
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.clearTimeout(resetTimer.current);
    resetTimer.current = window.setTimeout(() => setState('idle'), 4000);
  }

  return (
    <div class="copy-address">
      <code class="address">{address}</code>
      <button type="button" class="button" onClick={copy} data-state={state}>
        {labels.copyAddress}
      </button>
      {/* Always in the DOM so screen readers announce its change (role=status is polite). */}
      <span role="status" class={`copy-status copy-status-${state}`}>
        {state === 'copied' ? `✓ ${labels.addressCopied}` : state === 'failed' ? labels.copyFailed : ''}
      </span>
    </div>
  );
}

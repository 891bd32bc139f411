import type { ComponentChildren } from 'preact';
import { useErrorBoundary, useState } from 'preact/hooks';
import { CONTACT_ADDRESS } from '../content/guide';
import type { PanelSide } from '../content/options';
import { labels } from '../content/text';
import { CopyAddress } from './CopyAddress';

interface PanelBoundaryProps {
  children: ComponentChildren;
  side: PanelSide;
  /** In px from the viewport's top, as the panel would be (content/placement.ts). */
  top: number;
  /** Told once the panel failed: the content script then gives the minimal panel its styles. */
  onFailure?: () => void;
}

/**
 * Renders its child, the panel; if rendering it throws, a minimal panel instead: the same
 * landmark and name, a sentence saying the guide could not be shown, and SESAN's address to copy.
 * It stays for the page's life: a panel that failed once would likely fail again at each repaint.
 */
export function PanelBoundary({ children, side, top, onFailure }: PanelBoundaryProps) {
  // A flag of its own rather than useErrorBoundary's error: even a falsy throw counts as a failure.
  const [failed, setFailed] = useState(false);
  useErrorBoundary((error: unknown) => {
    setFailed(true);
    onFailure?.();
    console.warn('[Guide ACT] the panel could not render', error);
  });
  return failed ? <PanelFallback side={side} top={top} /> : children;
}

export function PanelFallback({ side, top }: { side: PanelSide; top: number }) {
  return (
    <aside
      class="panel panel-fallback guidance-root"
      aria-label={labels.panelName}
      data-side={side}
      style={{ '--vt-top': `${Math.max(0, Math.round(top))}px` }}
    >
      <div class="panel-body">
        <div class="panel-header">
          <h2>{labels.panelName}</h2>
        </div>
        <p>{labels.panelUnavailable}</p>
        <CopyAddress address={CONTACT_ADDRESS} />
      </div>
    </aside>
  );
}

import { Component, type ComponentChildren } from 'preact';
import { CONTACT_ADDRESS, labels } from '../content/guide';
import type { PanelSide } from '../content/options';
import { CopyAddress } from './CopyAddress';

interface PanelBoundaryProps {
  children: ComponentChildren;
  side: PanelSide;
  /** In px from the viewport's top, as the panel would be (content/placement.ts). */
  top: number;
}

/**
 * Renders its child, the panel; if rendering it throws, a minimal panel instead: the same
 * landmark and name, a sentence saying the guide could not be shown, and SESAN's address to copy.
 * It stays for the page's life: a panel that failed once would likely fail again at each repaint.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('[Guide ACT]', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <PanelFallback side={this.props.side} top={this.props.top} />;
  }
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

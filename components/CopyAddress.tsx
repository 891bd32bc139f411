import { Component } from 'preact';
import { labels } from '../content/guide';
import { onlyTrusted } from './trusted';

interface CopyAddressProps {
  address: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The contact address as text, a one-click copy, and feedback both visible and announced.
 */
export class CopyAddress extends Component<CopyAddressProps, { copy: CopyState }> {
  override state = { copy: 'idle' as CopyState };
  private resetTimer: number | undefined;

  override componentWillUnmount() {
    window.clearTimeout(this.resetTimer);
  }

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(this.props.address);
      this.setState({ copy: 'copied' });
    } catch {
      this.setState({ copy: 'failed' });
    }
    window.clearTimeout(this.resetTimer);
    this.resetTimer = window.setTimeout(() => this.setState({ copy: 'idle' }), 4000);
  };

  render() {
    const { copy } = this.state;
    return (
      <div class="copy-address">
        <code class="address">{this.props.address}</code>
        <button type="button" class="button" onClick={onlyTrusted(this.copy)} data-state={copy}>
          {labels.copyAddress}
        </button>
        {/* Always in the DOM so screen readers announce its change (role=status is polite). */}
        <span role="status" class={`copy-status copy-status-${copy}`}>
          {copy === 'copied' ? `✓ ${labels.addressCopied}` : copy === 'failed' ? labels.copyFailed : ''}
        </span>
      </div>
    );
  }
}

// The contact address's copy button: a person's click copies it, the feedback is announced and
// goes quiet after a while, and a script's click copies nothing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyAddress } from '../../components/CopyAddress';
import { FEEDBACK_MS } from '../../components/use-settling-state';
import { CONTACT_ADDRESS } from '../../content/guide';
import { labels } from '../../content/text';

let root: HTMLElement;
let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
  writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  act(() => render(<CopyAddress address={CONTACT_ADDRESS} />, root));
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

function click(trusted: boolean) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  root.querySelector('button')?.dispatchEvent(event);
}

const status = () => root.querySelector('[role="status"]')?.textContent ?? '';

describe('CopyAddress', () => {
  it('copies the address at a person’s click, says so, then goes quiet', async () => {
    await act(async () => click(true));
    expect(writeText).toHaveBeenCalledWith(CONTACT_ADDRESS);
    expect(status().trim()).toBe(labels.addressCopied);
    await act(async () => {
      vi.advanceTimersByTime(FEEDBACK_MS - 1);
    });
    expect(status().trim()).toBe(labels.addressCopied);
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    expect(status()).toBe('');
  });

  it('says when the copy failed', async () => {
    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () => click(true));
    expect(status()).toBe(labels.copyFailed);
  });

  it('copies nothing at a script’s click', async () => {
    await act(async () => click(false));
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toBe('');
  });

  it('leaves no timer behind once gone', async () => {
    await act(async () => click(true));
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });
});

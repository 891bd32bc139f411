// The panel's error boundary: a panel that renders is shown as it is; one that throws is replaced
// by a minimal panel, the same landmark and name, saying the guide could not be shown, with
// SESAN's address and its copy button, never nothing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../components/PanelFallback';
import { CONTACT_ADDRESS } from '../../content/guide';
import { labels } from '../../content/text';
import { renderRoot } from './render-root';

const root = renderRoot();
let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('a guide text is missing');
}

function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

const landmark = () => root.querySelector<HTMLElement>('aside');

describe('PanelBoundary', () => {
  it('shows the panel when it renders', () => {
    const onFailure = vi.fn();
    act(() =>
      render(
        <PanelBoundary side="right" top={0} onFailure={onFailure}>
          <aside aria-label={labels.panelName}>le guide</aside>
        </PanelBoundary>,
        root,
      ),
    );
    expect(landmark()?.textContent).toBe('le guide');
    expect(root.textContent).not.toContain(labels.panelUnavailable);
    expect(onFailure).not.toHaveBeenCalled();
  });

  // The content script styles the open panel only once it opens: told of a failure, it gives the
  // minimal panel (an open panel's box) its styles even where the panel was still a tab.
  it('tells its owner once the panel failed', () => {
    const onFailure = vi.fn();
    act(() =>
      render(
        <PanelBoundary side="right" top={0} onFailure={onFailure}>
          <Broken />
        </PanelBoundary>,
        root,
      ),
    );
    expect(root.textContent).toContain(labels.panelUnavailable);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('shows a minimal panel with the contact address when the panel throws', async () => {
    act(() =>
      render(
        <PanelBoundary side="left" top={48}>
          <Broken />
        </PanelBoundary>,
        root,
      ),
    );
    const aside = landmark();
    expect(aside?.getAttribute('aria-label')).toBe(labels.panelName);
    expect(aside?.dataset.side).toBe('left');
    expect(aside?.style.getPropertyValue('--vt-top')).toBe('48px');
    expect(aside?.querySelector('h2')?.textContent).toBe(labels.panelName);
    expect(aside?.textContent).toContain(labels.panelUnavailable);
    expect(aside?.querySelector('.address')?.textContent).toBe(CONTACT_ADDRESS);
    expect(console.warn).toHaveBeenCalledTimes(1);

    const copy = [...root.querySelectorAll('button')].find(
      (button) => button.textContent === labels.copyAddress,
    );
    expect(copy).toBeDefined();
    await act(async () => {
      trustedClick(copy as HTMLButtonElement);
    });
    expect(writeText).toHaveBeenCalledWith(CONTACT_ADDRESS);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(` ${labels.addressCopied}`);
  });

  it('replaces a panel that throws on a later paint, and keeps the minimal one after', () => {
    const paint = (broken: boolean) =>
      act(() =>
        render(
          <PanelBoundary side="right" top={0}>
            {broken ? <Broken /> : <aside aria-label={labels.panelName}>le guide</aside>}
          </PanelBoundary>,
          root,
        ),
      );
    paint(false);
    expect(landmark()?.textContent).toBe('le guide');
    paint(true);
    paint(false);
    expect(root.querySelectorAll('aside')).toHaveLength(1);
    expect(landmark()?.textContent).toContain(labels.panelUnavailable);
  });

  it('shows the minimal panel even when what is thrown is not an error', () => {
    function ThrowsNothing(): never {
      throw undefined;
    }
    act(() =>
      render(
        <PanelBoundary side="right" top={0}>
          <ThrowsNothing />
        </PanelBoundary>,
        root,
      ),
    );
    expect(landmark()?.textContent).toContain(labels.panelUnavailable);
  });
});

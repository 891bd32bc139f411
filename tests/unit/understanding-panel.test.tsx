// The panel's foot, « Pour l'équipe technique » (« Ce que l'extension a compris »): collapsed,
// nothing computed until opened; open, the lines it is given, the report copied at the click with a
// status; the maintainers' address, when there is one, shown to copy and never as a mail link; a
// script's click does nothing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Understanding } from '../../components/Understanding';
import { understandingLabels as words } from '../../content/text/fr/understanding';
import type { Understanding as UnderstandingView } from '../../content/understanding';
import { renderRoot } from './render-root';

const VIEW: UnderstandingView = {
  terms: [
    { term: 'Page', detail: 'fiche établissement' },
    { term: 'Pourquoi', detail: 'Une règle.' },
  ],
  facts: ['Compte\u00a0: oui, vu à 14\u00a0h\u00a005'],
  missing: ['liste des unités\u00a0: introuvable'],
  found: [{ name: 'onglet « Unités de soins »', via: 'ngbNav' }],
};
const REPORT = 'Rapport de reconnaissance\nType de page : establishment';
const ADDRESS = 'maintainers@example.org';

const root = renderRoot();
let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(() => {
  vi.useRealTimers();
});

function show(reportAddress?: string) {
  const understand = vi.fn(() => VIEW);
  const report = vi.fn(() => REPORT);
  act(() =>
    render(<Understanding understand={understand} report={report} reportAddress={reportAddress} />, root),
  );
  return { understand, report };
}

const details = () => root.querySelector('details') as HTMLDetailsElement;

/** Opens the section as the browser does on a person's click: the toggle event follows. */
async function open() {
  await act(async () => {
    details().open = true;
    details().dispatchEvent(new Event('toggle'));
  });
}

/** A click the page's scripts cannot make: happy-dom's events are untrusted, so this one says it is. */
function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

const copyButton = () =>
  [...root.querySelectorAll('button')].find((button) => button.textContent === words.copyReport);
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';

describe('Understanding', () => {
  it('is collapsed, under its summary, and computes nothing until opened', async () => {
    const { understand, report } = show();
    expect(root.querySelector('summary')?.textContent).toBe(words.summary);
    expect(words.summary).toBe('Pour l’équipe technique');
    expect(details().open).toBe(false);
    expect(understand).not.toHaveBeenCalled();
    expect(copyButton()).toBeUndefined();

    await open();
    expect(understand).toHaveBeenCalledTimes(1);
    expect(report).not.toHaveBeenCalled();
    expect(root.querySelector('h3')?.textContent).toBe(words.title);
    const text = root.textContent ?? '';
    for (const line of ['fiche établissement', 'Une règle.', VIEW.facts[0], VIEW.missing[0]])
      expect(text).toContain(line);
    expect(root.querySelector('code')?.textContent).toBe('ngbNav');
    expect(root.querySelector('.added-note')).not.toBeNull();
    expect(text).toContain(words.reportAbout);
  });

  it('copies the report built at the click, and says so in its status', async () => {
    const { report } = show();
    await open();
    await act(async () => {
      trustedClick(copyButton() as HTMLButtonElement);
    });
    expect(report).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(REPORT);
    expect(status()).toBe(` ${words.reportCopied}`);
    // The mark is an SVG icon, hidden from screen readers, not a text character.
    expect(root.querySelector('[role="status"] svg.icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says when the copy failed', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    show();
    await open();
    await act(async () => {
      trustedClick(copyButton() as HTMLButtonElement);
    });
    expect(status()).toBe(words.reportCopyFailed);
  });

  it('a script’s click copies nothing', async () => {
    const { report } = show();
    await open();
    await act(async () => {
      copyButton()?.click();
    });
    expect(report).not.toHaveBeenCalled();
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toBe('');
  });

  it('without an address, offers only the copy', async () => {
    show();
    await open();
    expect(copyButton()).toBeDefined();
    expect(root.textContent).not.toContain(words.reportPasteTo);
  });

  it('with an address, shows it to copy, and no mail link: the user pastes the report', async () => {
    show(ADDRESS);
    await open();
    expect(root.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain(words.reportPasteTo);
    expect(root.querySelector('.report-address .address')?.textContent).toBe(ADDRESS);
    const copyAddress = [...root.querySelectorAll('.report-address button')].find((button) =>
      button.textContent?.includes('Copier'),
    );
    await act(async () => {
      trustedClick(copyAddress as HTMLButtonElement);
    });
    expect(writeText).toHaveBeenCalledWith(ADDRESS);
  });
});

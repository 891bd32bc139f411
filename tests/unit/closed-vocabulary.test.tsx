// The closed vocabulary, end to end inside the extension's code: pages carrying generated words in
// every position (text after every known label, ids, classes, titles, ARIA, data-*, links, headers,
// navs, dl, grids, tables, custom elements), never words the extension ships, read at every kind
// of address. None of the words may reach the reader's result, the facts learnt and stored, the
// panel rendered open (every disclosure opened) and what its buttons hand to the composer, « Ce que
// l'extension a compris », or the recognition report. The panel has no mail link at all. The reader's types already say so (PageContext has no text
// field); this checks it on generated pages, whatever a recogniser mistakes for the user's context.
import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../components/Panel';
import { PanelBody } from '../../components/PanelBody';
import { learnFrom, parseLearnt } from '../../content/learnt';
import { explainSituation } from '../../content/match';
import { parsePanelState } from '../../content/session';
import { understand } from '../../content/understanding';
import { readPage, readPageTraced } from '../../content/viatrajectoire/read';
import { ALL_EXAMPLE_ADDRESSES } from './detector-examples';
import { pageWithWord, spelling } from './generated-words';
import { renderRoot } from './render-root';
import { reportOf } from './report-of';

const root = renderRoot();
const NOW = Date.UTC(2026, 11, 7, 17);

const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** Everything the extension makes of one page, as labelled texts. */
function everythingMadeOf(doc: Document, url: URL): Record<string, string> {
  const context = readPage(doc, url);
  const { trace } = readPageTraced(doc, url);
  const learnt = learnFrom(context, {}, NOW);
  const { situation, rule } = explainSituation(context, learnt);
  // What the content script stores for this page: the facts learnt, the panel's state.
  const stored = {
    learnt: parseLearnt(JSON.parse(JSON.stringify(learnt))),
    panel: parsePanelState({ open: true, seen: situation === 'unknown' ? undefined : situation }),
  };
  // The panel, open on this situation, every disclosure opened, then every message button pressed:
  // what it hands on is all that could reach the composer.
  const composed: unknown[] = [];
  act(() => {
    render(
      <Panel
        pageKind={context.pageKind}
        situation={situation}
        structureShown={context.structureShown}
        unitShown={context.unitShown}
        open={true}
        onOpenChange={() => undefined}
        onChoose={() => undefined}
        onCompose={(form) => composed.push(form)}
        Body={PanelBody}
      />,
      root,
    );
  });
  for (const summary of root.querySelectorAll('details > summary')) act(() => trustedClick(summary));
  for (const button of root.querySelectorAll('[data-compose]')) act(() => trustedClick(button));
  // Not one mail link: every message is written in the composer (PRIVACY.md).
  expect(root.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
  return {
    'the reader’s result': JSON.stringify(context),
    'the trace': JSON.stringify(trace),
    'the facts learnt and stored': JSON.stringify(stored),
    'the panel, open': root.innerHTML,
    'what the message buttons hand on': JSON.stringify(composed),
    '« Ce que l’extension a compris »': JSON.stringify(
      understand({ context, trace, learnt, rule, situation, now: NOW }),
    ),
    'the recognition report': reportOf(doc, url),
  };
}

describe('the closed vocabulary', () => {
  it('no generated word, in any case or position, reaches anything the extension makes of a page', () => {
    fc.assert(
      fc.property(spelling, fc.constantFrom(...ALL_EXAMPLE_ADDRESSES), ({ shown, words }, address) => {
        const doc = new DOMParser().parseFromString(pageWithWord(shown), 'text/html');
        const made = everythingMadeOf(doc, new URL(address));
        for (const [place, text] of Object.entries(made))
          for (const word of words)
            expect(folded(text), `« ${shown} » in ${place}`).not.toContain(folded(word));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the pages it generates are read as the user’s context somewhere (so the property means something)', () => {
    const doc = new DOMParser().parseFromString(pageWithWord('Zorglubinette'), 'text/html');
    const dashboard = ALL_EXAMPLE_ADDRESSES.find((address) => address.includes('/TDB/')) as string;
    const context = readPage(doc, new URL(dashboard));
    // The generated word sits after « Structure : » in the top banner: the reader sees it as the
    // user's structure, and only says so.
    expect(context).toMatchObject({ pageKind: 'dashboard', structureShown: true });
    const made = everythingMadeOf(doc, new URL(dashboard));
    expect(made['the panel, open']).toContain('affichée');
    expect(made['the panel, open']).toContain('data-compose="help"');
    expect(made['what the message buttons hand on']).not.toBe('[]');
  });
});

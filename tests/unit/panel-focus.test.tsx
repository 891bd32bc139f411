// The panel's focus follows the user's action only: into the panel when they open it, back to the
// tab when they collapse it, to the new situation's heading when they choose one, and never on the
// first render (the panel must not take focus from the page).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Panel, type PanelProps } from '../../components/Panel';
import { PanelBody } from '../../components/PanelBody';
import { guide, type SituationId, situationById } from '../../content/guide';
import { labels } from '../../content/text';
import { renderRoot } from './render-root';

const root = renderRoot();

function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** The panel as the content script drives it: its state lives outside, each change re-renders it. */
function mount(initial: Partial<PanelProps>) {
  let props: PanelProps = {
    pageKind: 'dashboard',
    situation: 'unknown',
    open: true,
    onOpenChange: (open) => paint({ open }),
    onChoose: (chosen?: SituationId) => paint({ chosen, situation: chosen ?? 'unknown' }),
    Body: PanelBody,
    ...initial,
  };
  const paint = (change: Partial<PanelProps>) => {
    props = { ...props, ...change };
    render(<Panel {...props} />, root);
  };
  act(() => paint({}));
  return { paint: (change: Partial<PanelProps>) => act(() => paint(change)) };
}

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name));

describe('the panel’s focus', () => {
  it('stays with the page on the first render', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    mount({ open: true });
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('goes to the tab on collapse, and to the panel’s heading on opening', () => {
    mount({ open: true });
    const collapse = root.querySelector(`button[aria-label="${labels.panelCollapse}"]`) as HTMLElement;
    act(() => trustedClick(collapse));
    expect(document.activeElement).toBe(root.querySelector('.panel-tab'));
    act(() => trustedClick(root.querySelector('.panel-tab') as HTMLElement));
    expect(document.activeElement).toBe(root.querySelector('h2'));
  });

  it('goes to the chosen situation’s heading when the user picks one', () => {
    const { paint } = mount({ open: true });
    const situation = guide.situations[1]?.id as SituationId;
    const { title } = situationById(situation);
    const choice = button(title) as HTMLElement;
    act(() => trustedClick(choice));
    expect(root.querySelector('h3')?.textContent).toBe(title);
    expect(document.activeElement).toBe(root.querySelector('h3'));
    // A re-render for another reason (the page changed) leaves focus where it is.
    const undo = button(labels.undoChoice) as HTMLElement;
    undo.focus();
    paint({ structureShown: true, unitShown: true });
    expect(document.activeElement).toBe(undo);
  });
});

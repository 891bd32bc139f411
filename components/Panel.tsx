import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import { type SituationId, situationById } from '../content/guide';
import { labels } from '../content/text';
import type { PanelProps } from './panel-types';
import { onlyTrusted } from './trusted';

export type { PanelProps };

export interface TabProps {
  /** How many of the guide's prerequisites are left to meet (content/checklist.ts): the tab says it. */
  left?: number;
  /** How many prerequisites the guide lists. */
  total?: number;
}

/**
 * The in-page side panel: the guidance for the user's situation, collapsible to a tab that says
 * what is left to do.
 */
export function Panel(props: PanelProps & TabProps) {
  const { pageKind, situation, open, onOpenChange, Body } = props;
  const tab = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The situation's heading, or the « unknown » line in its place: whichever is shown.
  const situationHeading = useRef<HTMLElement | null>(null);
  const setSituationHeading = useCallback((element: HTMLElement | null) => {
    situationHeading.current = element;
  }, []);
  // Set when the user chose or undid a situation: the control they used has gone.
  const focusSituation = useRef(false);
  const wasOpen = useRef(open);

  // Focus follows the user's action: into the panel when they open it, back to the tab when they
  // collapse it, never on the first render (the panel must not steal focus from the page). A layout
  // effect: focus moves in the same task as the render, before any key the user presses next.
  useLayoutEffect(() => {
    const opened = wasOpen.current !== open;
    wasOpen.current = open;
    if (focusSituation.current) {
      // Focus lands on what the choice changed, not on <body> (the chooser closed under it).
      focusSituation.current = false;
      situationHeading.current?.focus();
      return;
    }
    if (!opened) return;
    if (open) heading.current?.focus();
    else tab.current?.focus();
  });

  const choose = (next: SituationId | undefined) => {
    focusSituation.current = true;
    props.onChoose(next);
  };

  const side = props.side ?? 'right';
  const { left = 0, total = 0 } = props;
  const top = Math.max(0, Math.round(props.top ?? 0));
  const announcement =
    situation === 'unknown'
      ? labels.unknownSituation
      : labels.situationAnnounce(situationById(situation).title);

  return (
    // <aside> outside any sectioning element: the complementary landmark (tests find it by role).
    <aside
      class="panel guidance-root"
      aria-label={labels.panelName}
      data-page={pageKind}
      data-situation={situation}
      data-open={open}
      data-side={side}
      style={{ '--vt-top': `${top}px` }}
      onKeyDown={onlyTrusted((event: KeyboardEvent) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          onOpenChange(false);
        }
      })}
    >
      {/* Polite, and present from the start, so a change of situation is announced once. */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {open ? (
        Body ? (
          <Body
            {...props}
            side={side}
            headingRef={heading}
            situationHeadingRef={setSituationHeading}
            onCollapse={() => onOpenChange(false)}
            onChoose={choose}
          />
        ) : null
      ) : (
        <button
          type="button"
          class="panel-tab"
          ref={tab}
          aria-expanded="false"
          aria-controls="vt-act-panel-body"
          aria-label={labels.tab.label(left, total)}
          title={labels.tab.label(left, total)}
          onClick={onlyTrusted(() => onOpenChange(true))}
        >
          <TabIcon />
          <span>{labels.tab.text(left)}</span>
        </button>
      )}
    </aside>
  );
}

// Drawn as SVG elements in the panel's own tree: loading it from the extension would need
// web_accessible_resources (any page could then detect the extension), and a data: image costs a
// separate SVG document on every page load (about 4 ms of main-thread time, measured in a trace).
function TabIcon() {
  return (
    <svg viewBox="0 0 128 128" width={20} height={20} aria-hidden="true" focusable="false">
      <path d="M64 18 L112 58 L100 58 L100 106 L28 106 L28 58 L16 58 Z" fill="#fff" />
      <path
        d="M43 77 L58 92 L87 62"
        fill="none"
        stroke="#0b5563"
        stroke-width="12"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

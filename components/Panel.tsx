import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FormId } from '../content/compose/ids';
import { guide, labels, resourceById, type SituationId, situationById } from '../content/guide';
import type { MatchedSituation } from '../content/match';
import type { PanelSide } from '../content/options';
import type { PageKind } from '../content/viatrajectoire/urls';
import { AddedNote } from './AddedNote';
import { ResourceLink } from './ResourceLink';
import { SituationGuidance } from './SituationGuidance';
import { onlyTrusted, refuseUntrusted } from './trusted';
import { Understanding, type UnderstandingProps } from './Understanding';

export interface PanelProps {
  pageKind: PageKind;
  situation: MatchedSituation;
  /** The user's own choice, which overrides detection until undone. */
  chosen?: SituationId;
  /** The situation is only supposed (content/match.ts, isSupposed): the panel says how to check. */
  supposed?: boolean;
  structureName?: string;
  unitName?: string;
  open: boolean;
  /** The page edge the panel and its tab sit on (the user's option); right by default. */
  side?: PanelSide;
  /** Where the panel starts, in px from the viewport's top: below the site's banner (content/placement.ts). */
  top?: number;
  onOpenChange: (open: boolean) => void;
  onChoose: (situation: SituationId | undefined) => void;
  /** Opens the message composer (on its own page) for a form of this situation. */
  onCompose?: (form: FormId) => void;
  /** « Ce que l'extension a compris »: its lines and the recognition report, each built only on demand. */
  understanding?: Omit<UnderstandingProps, 'reportAddress'>;
  /** The maintainers' address set at build time, if any. */
  reportAddress?: string;
}

/**
 * The in-page side panel: the guidance for the user's situation, collapsible to a tab.
 */
export function Panel(props: PanelProps) {
  const { pageKind, situation, chosen, structureName, unitName, open, onOpenChange } = props;
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
        <div class="panel-body" id="vt-act-panel-body">
          <div class="panel-header">
            <h2 tabIndex={-1} ref={heading}>
              {labels.panelName}
            </h2>
            <button
              type="button"
              class="icon-button"
              aria-label={labels.panelCollapse}
              title={`${labels.panelCollapse} (${labels.panelCollapseShortcut})`}
              aria-expanded="true"
              aria-controls="vt-act-panel-body"
              onClick={onlyTrusted(() => onOpenChange(false))}
            >
              <span aria-hidden="true">{side === 'left' ? '←' : '→'}</span>
            </button>
          </div>
          <PageHint pageKind={pageKind} />
          {structureName || unitName ? (
            <dl class="page-names">
              {structureName ? (
                <div>
                  <dt>{labels.currentStructure}</dt>
                  <dd>{structureName}</dd>
                </div>
              ) : null}
              {unitName ? (
                <div>
                  <dt>{labels.currentUnit}</dt>
                  <dd>{unitName}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          {situation === 'unknown' ? (
            <p class="unknown" tabIndex={-1} ref={setSituationHeading}>
              {labels.unknownSituation}
            </p>
          ) : (
            <section class="current-situation" aria-labelledby="vt-act-situation-title">
              <p class="situation-lead">{guide.situationsLead}</p>
              <h3 id="vt-act-situation-title" tabIndex={-1} ref={setSituationHeading}>
                {situationById(situation).title}
              </h3>
              {props.supposed ? (
                <p class="supposed-note">
                  {labels.supposedSituation} {labels.howToCheckHabilitations}{' '}
                  <AddedNote added={{ source: labels.howToCheckSource }} />
                </p>
              ) : null}
              <SituationGuidance
                situation={situationById(situation)}
                mailContext={{ structureName, unitName }}
                headingLevel={4}
                onCompose={props.onCompose}
              />
            </section>
          )}
          <SituationChooser
            situation={situation}
            chosen={chosen}
            onChoose={choose}
            forceOpen={situation === 'unknown'}
            supposed={props.supposed === true}
          />
          {props.understanding ? (
            <Understanding {...props.understanding} reportAddress={props.reportAddress} />
          ) : null}
        </div>
      ) : (
        <button
          type="button"
          class="panel-tab"
          ref={tab}
          aria-expanded="false"
          aria-controls="vt-act-panel-body"
          title={labels.panelOpenLabel}
          onClick={onlyTrusted(() => onOpenChange(true))}
        >
          <TabIcon />
          <span>{labels.panelOpen}</span>
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

function PageHint({ pageKind }: { pageKind: PageKind }) {
  if (pageKind === 'login') return <p class="page-hint">{labels.loginHint}</p>;
  if (pageKind === 'request') {
    const formation = resourceById('sesan-formation');
    return (
      <p class="page-hint">
        {labels.requestHint} {formation ? <ResourceLink resource={formation} /> : null}
      </p>
    );
  }
  return null;
}

interface SituationChooserProps {
  situation: MatchedSituation;
  chosen?: SituationId;
  onChoose: (situation: SituationId | undefined) => void;
  forceOpen: boolean;
  /** Not "déduite de la page": the note under the situation's title says it is supposed. */
  supposed: boolean;
}

function SituationChooser({ situation, chosen, onChoose, forceOpen, supposed }: SituationChooserProps) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div class="chooser">
      {chosen ? (
        <p class="choice-note">
          {labels.chosenByYou}{' '}
          <button type="button" class="link-button" onClick={onlyTrusted(() => onChoose(undefined))}>
            {labels.undoChoice}
          </button>
        </p>
      ) : situation !== 'unknown' && !supposed ? (
        <p class="choice-note">{labels.detectedFromPage}</p>
      ) : null}
      <details open={forceOpen || expanded} onToggle={(event) => setExpanded(event.currentTarget.open)}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a <summary> is a native control; this only refuses a script's click. */}
        <summary onClick={refuseUntrusted}>
          {forceOpen ? labels.chooseSituation : labels.notMySituation}
        </summary>
        <ul class="chooser-list">
          {guide.situations.map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                class="choice"
                aria-pressed={candidate.id === situation}
                onClick={onlyTrusted(() => {
                  onChoose(candidate.id);
                  setExpanded(false);
                })}
              >
                {candidate.title}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

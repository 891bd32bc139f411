// The open panel's contents: where the page shows the user's context, the guidance for the situation, the chooser and
// « Ce que l'extension a compris ». Its own module: the content script evaluates it when the panel
// first opens (entrypoints/viatrajectoire.content/open-panel.ts), not on every page where the
// panel stays a tab.
import { useState } from 'preact/hooks';
import { guide, resourceById, type SituationId, situationById } from '../content/guide';
import type { MatchedSituation } from '../content/match';
import { labels } from '../content/text';
import type { PageKind } from '../content/viatrajectoire/urls';
import { AddedNote } from './AddedNote';
import type { PanelBodyProps } from './panel-types';
import { ResourceLink } from './ResourceLink';
import { SituationGuidance } from './SituationGuidance';
import { onlyTrusted, refuseUntrusted } from './trusted';
import { Understanding } from './Understanding';

export function PanelBody({
  pageKind,
  situation,
  chosen,
  supposed,
  structureShown,
  unitShown,
  side,
  onCompose,
  understanding,
  reportAddress,
  headingRef,
  situationHeadingRef,
  onCollapse,
  onChoose,
}: PanelBodyProps) {
  return (
    <div class="panel-body" id="vt-act-panel-body">
      <div class="panel-header">
        <h2 tabIndex={-1} ref={headingRef}>
          {labels.panelName}
        </h2>
        <button
          type="button"
          class="icon-button"
          aria-label={labels.panelCollapse}
          title={`${labels.panelCollapse} (${labels.panelCollapseShortcut})`}
          aria-expanded="true"
          aria-controls="vt-act-panel-body"
          onClick={onlyTrusted(onCollapse)}
        >
          <span aria-hidden="true">{side === 'left' ? '←' : '→'}</span>
        </button>
      </div>
      <PageHint pageKind={pageKind} />
      <ContextShown structure={structureShown === true} unit={unitShown === true} />
      {situation === 'unknown' ? (
        <p class="unknown" tabIndex={-1} ref={situationHeadingRef}>
          {labels.unknownSituation}
        </p>
      ) : (
        <section class="current-situation" aria-labelledby="vt-act-situation-title">
          <p class="situation-lead">{guide.situationsLead}</p>
          <h3 id="vt-act-situation-title" tabIndex={-1} ref={situationHeadingRef}>
            {situationById(situation).title}
          </h3>
          {supposed ? (
            <p class="supposed-note">
              {labels.supposedSituation} {labels.howToCheckHabilitations}{' '}
              <AddedNote added={{ source: labels.howToCheckSource }} />
            </p>
          ) : null}
          <SituationGuidance situation={situationById(situation)} headingLevel={4} onCompose={onCompose} />
        </section>
      )}
      <SituationChooser
        situation={situation}
        chosen={chosen}
        onChoose={onChoose}
        forceOpen={situation === 'unknown'}
        supposed={supposed === true}
      />
      {understanding ? <Understanding {...understanding} reportAddress={reportAddress} /> : null}
    </div>
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
                {candidate.inGuide ? null : <span class="implied"> ({labels.impliedSituation})</span>}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** Where the page shows the user's structure and unit, in the extension's words: never the names. */
function ContextShown({ structure, unit }: { structure: boolean; unit: boolean }) {
  const sentence =
    structure && unit
      ? labels.contextShown.both
      : structure
        ? labels.contextShown.structure
        : unit
          ? labels.contextShown.unit
          : undefined;
  return sentence === undefined ? null : <p class="context-shown">{sentence}</p>;
}

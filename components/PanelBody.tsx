// The open panel's contents. Its first screen: a status line (how the situation was decided, or a
// question), the situation's steps, one primary action with the other ways as links under it, and
// « Ce n'est pas votre cas ? ». At its foot, « Pour l'équipe technique » (« Ce que l'extension a
// compris » and the report). Its own module: the content script evaluates it when the panel first
// opens (entrypoints/viatrajectoire.content/open-panel.ts), not on every page where the panel stays
// a tab.
import { useState } from 'preact/hooks';
import { guide, resourceById, type SituationId, situationById } from '../content/guide';
import type { Decision, MatchedSituation } from '../content/match';
import { labels } from '../content/text';
import { seenAt } from '../content/understanding';
import type { PageKind } from '../content/viatrajectoire/urls';
import { AddedNote } from './AddedNote';
import { Icon } from './Icon';
import type { PanelBodyProps } from './panel-types';
import { ResourceLink } from './ResourceLink';
import { SituationGuidance } from './SituationGuidance';
import { onlyTrusted, refuseUntrusted } from './trusted';
import { Understanding } from './Understanding';

export function PanelBody({
  pageKind,
  situation,
  chosen,
  decision = { by: 'none' },
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
  const loggedOutEntry = decision.by === 'logged-out-entry' && situation === 'no-account';
  return (
    <div class="panel-body" id="vt-act-panel-body">
      <div class="panel-header">
        <h2 tabIndex={-1} ref={headingRef}>
          {labels.panelName}
        </h2>
        <button
          type="button"
          class="collapse-button"
          aria-label={labels.panelCollapse}
          title={`${labels.panelCollapse} (${labels.panelCollapseShortcut})`}
          aria-expanded="true"
          aria-controls="vt-act-panel-body"
          onClick={onlyTrusted(onCollapse)}
        >
          <Icon name={side === 'left' ? 'chevron-left' : 'chevron-right'} />
          {labels.panelCollapseShort}
        </button>
      </div>
      <StatusLine decision={chosen ? { by: 'chosen' } : decision} onUndo={() => onChoose(undefined)} />
      {situation === 'unknown' ? (
        // The question first, the situations to choose from below it.
        <p class="unknown" tabIndex={-1} ref={situationHeadingRef}>
          {labels.unknownSituation}
        </p>
      ) : null}
      {/* Right under what the extension concluded: the one way to correct it. */}
      <SituationChooser situation={situation} onChoose={onChoose} forceOpen={situation === 'unknown'} />
      {situation === 'unknown' ? null : (
        <section class="current-situation" aria-labelledby="vt-act-situation-title">
          <p class="situation-lead">{loggedOutEntry ? labels.noAccountYet : guide.situationsLead}</p>
          <h3 id="vt-act-situation-title" tabIndex={-1} ref={situationHeadingRef}>
            {situationById(situation).title}
            <SituationAdded situation={situation} />
          </h3>
          <SituationGuidance
            situation={situationById(situation)}
            onCompose={onCompose}
            onAskReferents={onCompose ? () => onCompose('ask-referents') : undefined}
          />
        </section>
      )}
      <RequestHint pageKind={pageKind} situation={situation} />
      <div class="panel-foot">
        <ContextShown structure={structureShown === true} unit={unitShown === true} />
        {understanding ? <Understanding {...understanding} reportAddress={reportAddress} /> : null}
      </div>
    </div>
  );
}

/** A situation the guide does not describe (no-habilitation): marked as the extension's, inline. */
function SituationAdded({ situation }: { situation: SituationId }) {
  const { added } = situationById(situation);
  return added ? (
    <>
      {' '}
      <AddedNote added={added} />
    </>
  ) : null;
}

/** How the situation was decided, in closed words; a question where nothing was seen yet. */
function StatusLine({ decision, onUndo }: { decision: Decision; onUndo: () => void }) {
  const { status } = labels;
  switch (decision.by) {
    case 'chosen':
      return (
        <p class="status-line">
          {status.chosen}{' '}
          <button type="button" class="link-button" onClick={onlyTrusted(onUndo)}>
            {labels.undoChoice}
          </button>
        </p>
      );
    case 'logged-out-entry':
      return <p class="status-line status-question">{status.loggedOutEntry}</p>;
    case 'this-page':
      return <p class="status-line">{status.thisPage}</p>;
    case 'earlier-page': {
      const now = Date.now();
      const seen = seenAt(decision.at, now);
      const when =
        new Date(now).toDateString() === new Date(decision.at).toDateString() ? status.today(seen) : seen;
      return (
        <p class="status-line">
          {decision.page === 'account'
            ? status.earlierAccount(when)
            : status.earlierAccountOrEstablishment(when)}
        </p>
      );
    }
    case 'not-seen':
      return (
        <p class="status-line status-question">
          {status.notSeen} <AddedNote added={{ source: status.notSeenSource }} />
        </p>
      );
    case 'none':
      return null;
  }
}

/** On a request file, where the training is not already the primary action: the link to its questions. */
function RequestHint({ pageKind, situation }: { pageKind: PageKind; situation: MatchedSituation }) {
  if (pageKind !== 'request' || situation === 'how-to-request') return null;
  const formation = resourceById('sesan-formation');
  return (
    <p class="page-hint">
      {labels.requestHint} {formation ? <ResourceLink resource={formation} /> : null}
    </p>
  );
}

interface SituationChooserProps {
  situation: MatchedSituation;
  onChoose: (situation: SituationId | undefined) => void;
  forceOpen: boolean;
}

/** « Ce n'est pas votre cas ? »: the one way to another situation. */
function SituationChooser({ situation, onChoose, forceOpen }: SituationChooserProps) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div class="chooser">
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
                {candidate.id === situation ? <Icon name="check" /> : null}
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

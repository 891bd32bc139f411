import { useState } from 'preact/hooks';
import { understandingLabels as words } from '../content/text/fr/understanding';
import type { Understanding as UnderstandingView } from '../content/understanding';
import { AddedNote } from './AddedNote';
import { CopyAddress } from './CopyAddress';
import { Icon } from './Icon';
import { onlyTrusted, refuseUntrusted } from './trusted';
import { useSettlingState } from './use-settling-state';

export interface UnderstandingProps {
  /** The section's lines for the page as it is now: called only while the section is open. */
  understand: () => UnderstandingView;
  /** The recognition report, built at the click (a fresh traced read). */
  report: () => string;
  /** The maintainers' address set at build time or by the organisation: shown, to copy. */
  reportAddress?: string;
}

type ReportState = 'idle' | 'copied' | 'failed';

/**
 * The panel's foot, « Pour l'équipe technique », collapsed: « Ce que l'extension a compris » (what
 * the reader saw, for a maintainer or a curious user) and the recognition report to copy. Nothing
 * is read until it is opened. No mail link: the report is pasted by the user, where they choose.
 */
export function Understanding({ understand, report: reportOf, reportAddress }: UnderstandingProps) {
  const [expanded, setExpanded] = useState(false);
  const [report, settle] = useSettlingState<ReportState>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reportOf());
      settle('copied');
    } catch {
      settle('failed');
    }
  };

  return (
    <details
      class="understanding"
      open={expanded}
      onToggle={(event) => setExpanded(event.currentTarget.open)}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a <summary> is a native control; this only refuses a script's click. */}
      <summary onClick={refuseUntrusted}>{words.summary}</summary>
      {expanded ? <UnderstoodLines view={understand()} /> : null}
      {expanded ? (
        <div class="report">
          <p class="report-about">{words.reportAbout}</p>
          <p class="report-actions">
            <button type="button" class="button button-secondary" onClick={onlyTrusted(copy)}>
              <Icon name="copy" />
              {words.copyReport}
            </button>
          </p>
          {reportAddress ? (
            <div class="report-address">
              <p>{words.reportPasteTo}</p>
              <CopyAddress address={reportAddress} />
            </div>
          ) : null}
        </div>
      ) : null}
      {/* Always in the DOM so screen readers announce its change (role=status is polite). */}
      <p role="status" class={`copy-status copy-status-${report === 'failed' ? 'failed' : 'copied'}`}>
        {report === 'copied' ? (
          <>
            <Icon name="check" /> {words.reportCopied}
          </>
        ) : report === 'failed' ? (
          words.reportCopyFailed
        ) : (
          ''
        )}
      </p>
    </details>
  );
}

function UnderstoodLines({ view }: { view: UnderstandingView }) {
  return (
    <div class="understood">
      <h3 class="understood-title">{words.title}</h3>
      <p class="added">
        <AddedNote added={{ source: words.addedSource }} />
      </p>
      <dl class="understood-terms">
        {view.terms.map(({ term, detail }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      {view.requestOnly ? (
        <p>{view.requestOnly}</p>
      ) : (
        <>
          <p class="understood-label" id="vt-act-understood-facts">
            {words.facts}
          </p>
          {view.facts.length > 0 ? (
            <ul aria-labelledby="vt-act-understood-facts">
              {view.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          ) : (
            <p>{words.noFacts}</p>
          )}
          <p class="understood-label" id="vt-act-understood-missing">
            {words.missing}
          </p>
          {view.missing.length > 0 ? (
            <ul aria-labelledby="vt-act-understood-missing">
              {view.missing.map((part) => (
                <li key={part}>{part}</li>
              ))}
            </ul>
          ) : (
            <p>{words.noneMissing}</p>
          )}
          {view.found.length > 0 ? (
            <p class="understood-found">
              <strong>{words.found}</strong>
              {words.foundSeparator}
              {view.found.map((part, index) => (
                <span key={part.name}>
                  {index > 0 ? ', ' : null}
                  {part.name}
                  {part.via ? (
                    <>
                      {' '}
                      <code>{part.via}</code>
                    </>
                  ) : null}
                </span>
              ))}
              .
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

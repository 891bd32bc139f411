import { useState } from 'preact/hooks';
import { understandingLabels as words } from '../content/text/fr/understanding';
import { reportMail, type Understanding as UnderstandingView } from '../content/understanding';
import { AddedNote } from './AddedNote';
import { onlyTrusted, refuseUntrusted } from './trusted';
import { useSettlingState } from './use-settling-state';

export interface UnderstandingProps {
  /** The section's lines for the page as it is now: called only while the section is open. */
  understand: () => UnderstandingView;
  /** The recognition report, built at the click (a fresh traced read). */
  report: () => string;
  /** The maintainers' address set at build time; without one, only the copy is offered. */
  reportAddress?: string;
}

type ReportState = 'idle' | 'copied' | 'copied-paste' | 'failed';

const STATUS: Record<ReportState, string> = {
  idle: '',
  copied: `✓ ${words.reportCopied}`,
  'copied-paste': `✓ ${words.reportCopiedPaste}`,
  failed: words.reportCopyFailed,
};

/**
 * « Ce que l'extension a compris », collapsed: what the reader saw, for a maintainer or a curious
 * user, and the recognition report to copy or send. Nothing is read until it is opened.
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

  /** The link opens the mail client with what its href says at the click: the report, or the paste line and a copy. */
  const send = (event: MouseEvent) => {
    const link = event.currentTarget as HTMLAnchorElement | null;
    if (reportAddress === undefined || link === null) return;
    let text: string;
    try {
      text = reportOf();
    } catch {
      settle('failed');
      return;
    }
    const mail = reportMail(reportAddress, text);
    link.href = mail.href;
    if (!mail.withReport)
      navigator.clipboard.writeText(text).then(
        () => settle('copied-paste'),
        () => settle('failed'),
      );
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
              {words.copyReport}
            </button>
            {reportAddress ? (
              <a
                class="button button-secondary"
                href={reportMail(reportAddress).href}
                title={words.sendReportOpens}
                onClick={onlyTrusted(send)}
              >
                ✉ {words.sendReport} {reportAddress}
              </a>
            ) : null}
          </p>
        </div>
      ) : null}
      {/* Always in the DOM so screen readers announce its change (role=status is polite). */}
      <p role="status" class={`copy-status copy-status-${report === 'failed' ? 'failed' : 'copied'}`}>
        {STATUS[report]}
      </p>
    </details>
  );
}

function UnderstoodLines({ view }: { view: UnderstandingView }) {
  return (
    <div class="understood">
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

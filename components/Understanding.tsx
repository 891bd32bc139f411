import { Component } from 'preact';
import { understandingLabels as words } from '../content/guide/understanding-labels';
import { reportMail, type Understanding as UnderstandingView } from '../content/understanding';
import { AddedNote } from './AddedNote';
import { onlyTrusted, refuseUntrusted } from './trusted';

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
 * A class rather than hooks: the content script has no room for preact/hooks.
 */
export class Understanding extends Component<UnderstandingProps, { expanded: boolean; report: ReportState }> {
  override state = { expanded: false, report: 'idle' as ReportState };
  private resetTimer: number | undefined;

  override componentWillUnmount() {
    window.clearTimeout(this.resetTimer);
  }

  private settle(report: ReportState) {
    this.setState({ report });
    window.clearTimeout(this.resetTimer);
    this.resetTimer = window.setTimeout(() => this.setState({ report: 'idle' }), 4000);
  }

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(this.props.report());
      this.settle('copied');
    } catch {
      this.settle('failed');
    }
  };

  /** The link opens the mail client with what its href says at the click: the report, or the paste line and a copy. */
  private send = (event: MouseEvent) => {
    const address = this.props.reportAddress;
    const link = event.currentTarget as HTMLAnchorElement | null;
    if (address === undefined || link === null) return;
    let report: string;
    try {
      report = this.props.report();
    } catch {
      this.settle('failed');
      return;
    }
    const mail = reportMail(address, report);
    link.href = mail.href;
    if (!mail.withReport)
      navigator.clipboard.writeText(report).then(
        () => this.settle('copied-paste'),
        () => this.settle('failed'),
      );
  };

  render() {
    const { expanded, report } = this.state;
    const { reportAddress } = this.props;
    return (
      <details
        class="understanding"
        open={expanded}
        onToggle={(event) => this.setState({ expanded: event.currentTarget.open })}
      >
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a <summary> is a native control; this only refuses a script's click. */}
        <summary onClick={refuseUntrusted}>{words.summary}</summary>
        {expanded ? <UnderstoodLines view={this.props.understand()} /> : null}
        {expanded ? (
          <div class="report">
            <p class="report-about">{words.reportAbout}</p>
            <p class="report-actions">
              <button type="button" class="button button-secondary" onClick={onlyTrusted(this.copy)}>
                {words.copyReport}
              </button>
              {reportAddress ? (
                <a
                  class="button button-secondary"
                  href={reportMail(reportAddress).href}
                  title={words.sendReportOpens}
                  onClick={onlyTrusted(this.send)}
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

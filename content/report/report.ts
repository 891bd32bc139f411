// The recognition report: what the extension saw on a page, as plain French text a user copies
// and sends to a maintainer (« Copier un rapport de reconnaissance »). Made only when the user asks,
// from a fresh read; nothing is kept. No page text but known labels, no word of an id, class, attribute
// or address but the dictionary's (./dictionary), and nothing of a request file but its kind.

import { REPORT_FACTS, SKELETON_BEGIN, SKELETON_END } from '../lib/report-markers.mjs';
import { reportLabels } from '../text/fr/report';
import type { PageContext } from '../viatrajectoire/read';
import type { ReadTrace, Signal } from '../viatrajectoire/trace';
import { isViaTrajectoire } from '../viatrajectoire/urls';
import { maskAddress } from './address';
import { skeleton } from './skeleton';

export interface ReportInput {
  doc: Document;
  url: URL;
  context: PageContext; // from readPageTraced (content/viatrajectoire/read.ts)
  trace: ReadTrace; // from readPageTraced (content/viatrajectoire/trace.ts)
  extensionVersion: string; // the manifest's version, e.g. "0.1.0"
  guideVersion: string; // guide.version from content/guide/guide.ts
  browser: string; // browserFromUserAgent(navigator.userAgent)
  /** When the report is made; now by default (tests pass a fixed date). */
  date?: Date;
}

/** What scripts/fixture.mjs reads back from a report (the line `<!-- vt-rapport {…} -->`). */
export interface ReportFacts {
  pageKind: PageContext['pageKind'];
  date: string;
  extension: string;
  guide: string;
  browser: string;
  /** The masked path and query keys; absent on a request file. */
  path?: string;
}

const line = (name: string, value: string): string => `${name}${reportLabels.separator}${value}`.trimEnd();

// A value from our own code, capped: a report line is never a page's text.
const VIA = /^[\w\s.#:/[\]="'*$^|~>+(),-]{1,80}$/u;
const signalLine = (signal: Signal): string =>
  signal.via !== undefined && VIA.test(signal.via) ? `- ${signal.id} (${signal.via})` : `- ${signal.id}`;

/** The facts line: JSON in an HTML comment, with no "--" so the comment cannot end early. */
function factsLine(facts: ReportFacts): string {
  return `<!-- ${REPORT_FACTS} ${JSON.stringify(facts).replace(/-(?=-)/gu, '\\u002d')} -->`;
}

export function recognitionReport(input: ReportInput): string {
  const { context, trace, url } = input;
  const facts: ReportFacts = {
    pageKind: context.pageKind,
    date: (input.date ?? new Date()).toISOString().slice(0, 10),
    extension: input.extensionVersion,
    guide: input.guideVersion,
    browser: input.browser,
  };
  const lines = [
    reportLabels.title,
    reportLabels.notice,
    '',
    line(reportLabels.date, facts.date),
    line(reportLabels.extension, facts.extension),
    line(reportLabels.guide, facts.guide),
    line(reportLabels.browser, facts.browser),
  ];
  // A request file: its kind, and nothing else at all (its address holds the file's number).
  if (context.pageKind === 'request') {
    lines.push(line(reportLabels.pageKind, context.pageKind), reportLabels.requestFile, '', factsLine(facts));
    return `${lines.join('\n')}\n`;
  }
  facts.path = maskAddress(url);
  const found = trace.signals.filter((signal) => signal.found);
  const missed = trace.signals.filter((signal) => !signal.found);
  const list = (signals: Signal[]): string[] =>
    signals.length === 0 ? [`- ${reportLabels.none}`] : signals.map(signalLine);
  lines.push(
    line(
      reportLabels.pageKind,
      `${context.pageKind} (${reportLabels.kindSource} ${reportLabels.kindSources[trace.kindSource]}${reportLabels.separator}${trace.kindSource})`,
    ),
    line(reportLabels.address, isViaTrajectoire(url) ? `${url.origin}${facts.path}` : facts.path),
    // The names compared are not in the report (a page made from it shows « … » for both): the answer is.
    ...(context.pageKind === 'establishment' && context.ownEstablishment !== undefined
      ? [line(reportLabels.ownEstablishment, context.ownEstablishment ? reportLabels.yes : reportLabels.no)]
      : []),
    '',
    line(reportLabels.found, ''),
    ...list(found),
    line(reportLabels.missed, ''),
    ...list(missed),
    '',
    line(reportLabels.skeleton, ''),
    reportLabels.cutNote,
    factsLine(facts),
    `<!-- ${SKELETON_BEGIN} -->`,
    skeletonOf(input),
    `<!-- ${SKELETON_END} -->`,
  );
  return `${lines.join('\n')}\n`;
}

/** The skeleton, or an empty body when it cannot be made (a report never fails to copy). */
function skeletonOf({ doc, url, context }: ReportInput): string {
  try {
    return skeleton(doc, { pageKind: context.pageKind, url }) || '<body></body>';
  } catch {
    return '<body></body>';
  }
}

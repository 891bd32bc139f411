// A recognition report of a page as the panel makes it at the click (readPageTraced, then
// recognitionReport), with fixed versions and date so that tests can compare reports.
import { recognitionReport } from '../../content/report/report';
import { readPageTraced } from '../../content/viatrajectoire/read';

export function reportOf(doc: Document, url: URL, browser = 'Chrome 142'): string {
  const { context, trace } = readPageTraced(doc, url);
  return recognitionReport({
    doc,
    url,
    context,
    trace,
    extensionVersion: '0.1.0',
    guideVersion: 'Version du 18/11/2025',
    browser,
    date: new Date('2026-12-03T10:00:00Z'),
  });
}

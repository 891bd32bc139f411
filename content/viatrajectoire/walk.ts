// One walk of the page per read, for every recogniser: the chrome zones (where a logout control
// is looked for), the banner candidates met before the main content, the main content, and, when
// asked, the headings and tabs of every kit. The walk never enters a patient zone or a data row:
// on a dashboard of 10,000 requests it visits the page's frame, not its rows. Each element is
// passed over with one matches() of every stop selector (each call crosses into the browser with
// its whole selector text), the finer tests only on a hit.

import { CHROME_ZONES, MAIN_CONTENT, OFF_LIMITS } from './dom';
import { bannerZones } from './selectors';
import { HEADING_SELECTORS, isHeading } from './tabs';

const BANNER_ZONES = bannerZones.join(', ');
const STOPS = `${OFF_LIMITS}, ${MAIN_CONTENT}, ${CHROME_ZONES}`;
const STOPS_WITH_HEADINGS = `${STOPS}, ${HEADING_SELECTORS}`;

export interface Walked {
  /** The outermost chrome zones, outside patient zones and data rows. */
  zones: Element[];
  /** The banner zones met before the main content, in document order: the top banner is one of them. */
  bannerCandidates: Element[];
  /** The first main content element (main, role=main), if any. */
  main?: Element;
  /** Headings and tabs outside patient zones and data rows, in document order; only when asked. */
  headings: Element[];
}

export function walk(doc: Document, withHeadings: boolean): Walked {
  const walked: Walked = { zones: [], bannerCandidates: [], headings: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return walked;
  const stops = withHeadings ? STOPS_WITH_HEADINGS : STOPS;
  // Inside a chrome zone, only headings are still looked for.
  let zone: Element | undefined;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      const element = node as Element;
      if (!element.matches(stops)) return NodeFilter.FILTER_SKIP;
      if (element.matches(OFF_LIMITS)) return NodeFilter.FILTER_REJECT;
      if (withHeadings && element.matches(HEADING_SELECTORS) && isHeading(element))
        walked.headings.push(element);
      if (zone?.contains(element)) return NodeFilter.FILTER_SKIP;
      if (walked.main === undefined && element.matches(MAIN_CONTENT)) walked.main = element;
      if (element.matches(CHROME_ZONES)) {
        walked.zones.push(element);
        zone = element;
        // In document order: a zone met before the main content may be the top banner.
        if (walked.main === undefined && element.matches(BANNER_ZONES)) walked.bannerCandidates.push(element);
        // Without headings to find, nothing inside a zone is wanted.
        return withHeadings ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  while (walker.nextNode()) {
    // acceptNode collects; nothing is ever accepted.
  }
  return walked;
}

// Measures the page's top banner for content/placement.ts: geometry only, never text. A few layout
// reads per measure (three elementsFromPoint and one getBoundingClientRect per element found),
// made at start, on resize, on scroll near the top and on the late-render reads, never per
// mutation record (bench/README.md: the page's main thread is the user's).

import type { PanelSide } from '../../content/options';
import { type Box, panelTopBelowBanner } from '../../content/placement';

/** The panel's width (components/panel.css): the probes span what it would cover. */
const PANEL_WIDTH_PX = 380;
/** Just below the viewport's top edge: a banner with a hairline margin is still found. */
const PROBE_Y = 4;

/**
 * The panel's top offset below the page's banner on `side`, in px. Our own host is skipped, as
 * are <html> and <body> (they start at the top and may be short on a page that is all fixed).
 */
export function measurePanelTop(host: Element, side: PanelSide): number {
  const width = document.documentElement.clientWidth || window.innerWidth;
  const span = Math.min(PANEL_WIDTH_PX, width);
  const xs = side === 'right' ? [width - 6, width - span / 2, width - span + 6] : [6, span / 2, span - 6];
  const seen = new Set<Element>([host, document.documentElement]);
  if (document.body) seen.add(document.body);
  const boxes: Box[] = [];
  for (const x of xs) {
    for (const element of document.elementsFromPoint(Math.max(0, x), PROBE_Y)) {
      if (seen.has(element)) continue;
      seen.add(element);
      const { top, bottom } = element.getBoundingClientRect();
      boxes.push({ top, bottom });
    }
  }
  return panelTopBelowBanner(boxes, window.innerHeight);
}

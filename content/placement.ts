// Where the in-page panel's top goes so that it never covers the site's top banner (its menus,
// the user's name and « Se déconnecter »). A pure rule from rectangles to an
// offset; the content script measures the rectangles (entrypoints/viatrajectoire.content/banner.ts).
//
// Why measure rather than know ViaTrajectoire's markup: the banner's class names are the site's
// to change, and the rule must hold for a fixed banner as for a static one at the top of the page.
// The content script probes a few points just below the viewport's top edge, across the width the
// panel takes, and hands every page element found there (the point's element and the ancestors
// that contain it, as document.elementsFromPoint gives them): the banner is among them.

/** A page element's box in viewport coordinates (getBoundingClientRect's top and bottom). */
export interface Box {
  top: number;
  bottom: number;
}

/** Taller than this, an element at the top is the page's body or a column, not its banner. */
export const BANNER_MAX_HEIGHT = 200;
/** A banner starts at the viewport's top edge; a few pixels of margin are allowed. */
const BANNER_TOP_TOLERANCE = 8;
/** However high the banner, the panel keeps at least two thirds of the viewport. */
const MAX_SHARE_OF_VIEWPORT = 1 / 3;

/**
 * The panel's top, in px from the viewport's top: the lowest bottom edge among the elements at
 * the top that are banner-like (starting at or above the top edge, up to BANNER_MAX_HEIGHT
 * high), 0 when there is none. A static banner scrolled partly away has a negative top and a
 * smaller bottom: the panel follows it up. Never more than a third of the viewport's height.
 */
export function panelTopBelowBanner(boxes: readonly Box[], viewportHeight: number): number {
  let top = 0;
  for (const box of boxes) {
    const height = box.bottom - box.top;
    if (box.top > BANNER_TOP_TOLERANCE || height <= 0 || height > BANNER_MAX_HEIGHT) continue;
    if (box.bottom > top) top = box.bottom;
  }
  return Math.max(0, Math.round(Math.min(top, BANNER_MAX_HEIGHT, viewportHeight * MAX_SHARE_OF_VIEWPORT)));
}

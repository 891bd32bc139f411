// Which element is the application's top banner: the first banner zone met before the main
// content that sits in the page's frame and, when the page has a layout, near its top. A patient
// banner written like the app's (a <header> in <main>, in a section, a form, a modal) is never it:
// where it sits decides, not what it says. A guess [I 2026-11]: the banner's markup is
// not public ([C] only that the user's name is at top right).

import { MAIN_CONTENT, NOT_CHROME } from '../dom';
import { BANNER_MAX_DEPTH, BANNER_MAX_TOP_PX } from '../selectors';
import type { Walked } from '../walk';

/** At most this many banner candidates are measured per read (getBoundingClientRect may force a layout). */
const MAX_BANNERS_MEASURED = 4;

export function topBanner(doc: Document, walked: Walked): Element | undefined {
  return walked.bannerCandidates
    .filter((candidate) => isInPageFrame(doc, candidate, walked.main))
    .slice(0, MAX_BANNERS_MEASURED)
    .find(isAtTopOfLayout);
}

/**
 * Layout-free "at the top": a few elements below body at most (BANNER_MAX_DEPTH), none of them a
 * content container, and not around the main content. Happy-dom has no layout; this rule needs none.
 */
function isInPageFrame(doc: Document, banner: Element, main: Element | undefined): boolean {
  const body = doc.body;
  // A "banner" around the main content is a page wrapper (the walk did not enter it: search it).
  if (body === null || banner.querySelector(MAIN_CONTENT) !== null) return false;
  let depth = 0;
  for (let parent = banner.parentElement; parent !== body; parent = parent.parentElement) {
    depth += 1;
    if (parent === null || depth > BANNER_MAX_DEPTH) return false;
    if (parent.matches(NOT_CHROME) && !isPageForm(parent, main)) return false;
  }
  return true;
}

/** ASP.NET WebForms wraps a whole page in one form ([C] a WebForms shell): frame, not content, when the main content is in it too. */
const isPageForm = (element: Element, main: Element | undefined): boolean =>
  element.localName === 'form' && main !== undefined && element.contains(main);

/**
 * Banners measured at the top with real layout: not measured again at each late read, where the
 * box would force a layout of a page that keeps changing. Only a yes is kept (a bar pushed down
 * while the page loads may come up later); the element is the key, so nothing outlives it.
 */
const measuredAtTop = new WeakSet<Element>();

/** With real layout (a non-zero box), the banner's top is near the top of the page; without, the structure decides. */
function isAtTopOfLayout(banner: Element): boolean {
  if (measuredAtTop.has(banner)) return true;
  const box = banner.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return true;
  const view = banner.ownerDocument.defaultView;
  // A fixed or sticky bar stays at the top of the viewport whatever the scroll: its viewport top counts.
  const pinned = view !== null && /^(?:fixed|sticky)$/u.test(view.getComputedStyle(banner).position);
  const top = box.top + (pinned || view === null ? 0 : view.scrollY);
  if (top >= BANNER_MAX_TOP_PX) return false;
  measuredAtTop.add(banner);
  return true;
}

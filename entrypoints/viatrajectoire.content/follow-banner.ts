// Keeps the panel below the site's banner as the window changes: on resize, and on scroll near
// the top (a static banner scrolls away, then back), once a frame at most.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BANNER_MAX_HEIGHT } from '../../content/placement';

export function followBanner(ctx: ContentScriptContext, place: () => void): void {
  // Passive: the page's scrolling never waits for us. The rule and its limits:
  // content/placement.ts; the few layout reads of a measure: ./banner.ts.
  let placeFrame = 0;
  const schedulePlacement = () => {
    if (placeFrame) return;
    placeFrame = requestAnimationFrame(() => {
      placeFrame = 0;
      place();
    });
  };
  ctx.addEventListener(window, 'resize', schedulePlacement, { passive: true });
  // Only near the top of the page (where a static banner can still show) and once past it: a
  // long scroll down a page costs nothing, and a fixed banner does not move anyway.
  let lastScrollY = window.scrollY;
  const onScroll = () => {
    const nearTop = window.scrollY <= BANNER_MAX_HEIGHT || lastScrollY <= BANNER_MAX_HEIGHT;
    lastScrollY = window.scrollY;
    if (nearTop) schedulePlacement();
  };
  ctx.addEventListener(window, 'scroll', onScroll, { passive: true });
}

// Mounts the panel's host element, <vt-act-guide>, with an open shadow root holding the CSS
// inline. Written here rather than with WXT's createShadowRootUi: that helper (and the
// @webext-core/isolated-element it wraps) ships code to fetch CSS by URL and an anchor watcher
// we do not use, about 3 KB gzip the content script's 20 KB budget cannot spare.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ShadowHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
}

// Inherited page styles stop at the host; rem still follows the page's root (sizes are in px).
// The host's own placement is here too: an !important rule inside the shadow root beats the
// host's style attribute, so it must not be reset by `all: initial`. Fixed, out of the page's
// flow (the layout never moves), above every layer the page can stack.
const HOST_CSS = `:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
}`;

/**
 * Between <head> and <body>: early in the tab order, outside anything the page re-renders, and
 * kept when the page replaces its body. If the page replaces its whole document element, the
 * host is put back (one observer of the root's direct children only).
 */
export function mountShadowHost(ctx: ContentScriptContext, name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);

  const place = () => {
    if (host.isConnected) return;
    const head = document.head;
    if (head?.parentNode === document.documentElement) head.after(host);
    else document.documentElement.prepend(host);
  };
  place();
  const rootWatcher = new MutationObserver(place);
  rootWatcher.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => {
    rootWatcher.disconnect();
    host.remove();
  });
  return { host, container };
}

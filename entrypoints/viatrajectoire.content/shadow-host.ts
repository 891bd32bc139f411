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
const RESET = ':host { all: initial !important; }';

/**
 * Between <head> and <body>: early in the tab order, outside anything the page re-renders, and
 * kept when the page replaces its body. If the page replaces its whole document element, the
 * host is put back (one observer of the root's direct children only).
 */
export function mountShadowHost(ctx: ContentScriptContext, name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${RESET}\n${css}`;
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

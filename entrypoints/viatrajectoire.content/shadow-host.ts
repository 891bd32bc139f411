// Mounts the panel's host element, <vt-act-guide>, with a CLOSED shadow root holding the CSS
// inline: the page's scripts see that an element exists, never what it shows (PRIVACY.md).
// Not WXT's createShadowRootUi (wxt 0.21.4 over @webext-core/isolated-element 3.0.0), checked
// against what this file guarantees (tests/e2e/hostile.spec.ts). Mode: it passes `mode` on to
// attachShadow, 'open' unless told, so 'closed' works. Events: isolateEvents only stops keydown,
// keyup and keypress from bubbling out of the root; untrusted events are refused by the components
// (components/trusted.ts) either way. CSS: passed inline it is not fetched (cssInjectionMode 'ui'
// would fetch it and list it in web_accessible_resources, letting pages detect the extension), but
// any @property/@font-face block is moved into a <style> in the page's <head>. What it lacks: it
// creates the host with document.createElement(name) even when the page defined that name first
// (hostWithShadow falls back to a plain <div>), appends it to an anchor (the end of <body> by
// default: late in the tab order, gone when the page replaces <body>), and never puts it back when
// the page removes it or replaces its root element (here it always comes back).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Closed in every shipped build. Only the end-to-end test build (`wxt build --mode e2e`, in
 * .output/chrome-mv3-e2e) opens it, so Playwright's locators can reach the panel; the hostile-page
 * and privacy suites run the shipped build (tests/e2e/hostile.spec.ts).
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** How many times in a row the host is put back at once after the page removed it (first placement included). */
const MAX_PLACEMENTS = 20;
/** How often a host out of the page is put back anyway (the count of quick returns starting afresh). */
export const PLACEMENT_CHECK_MS = 2_000;

export interface ShadowHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  /** Replaces the shadow root's style sheet (the host's own rules stay). */
  setCss(css: string): void;
  /**
   * Puts the host in the page, and back whenever the page removes it. Until then the page holds
   * nothing of ours: the page can be read and measured without laying out our host first.
   */
  attach(): void;
  /** Takes the host out of the page, which then holds nothing of ours, until the next attach. */
  detach(): void;
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
 * The host, its closed shadow root, its style sheet and the container the panel renders into.
 * Attached between <head> and <body>: early in the tab order, outside anything the page
 * re-renders, and kept when the page replaces its body. If the page replaces its whole document
 * element, the host is put back (one observer of the root's direct children only).
 */
export function createShadowHost(ctx: ContentScriptContext, name: string, css: string): ShadowHost {
  const { host, shadow } = hostWithShadow(name);
  const style = document.createElement('style');
  const setCss = (next: string) => {
    style.textContent = `${HOST_CSS}\n${next}`;
  };
  setCss(css);
  const container = document.createElement('div');
  shadow.append(style, container);

  let placements = 0;
  /** Whether the host belongs in the page (between attach and detach). */
  let wanted = false;
  let watching = false;
  const place = () => {
    // A page that removes the host each time it is put back would loop with us: after a few
    // returns at once, the host waits for the next periodic check (attach).
    const root = document.documentElement;
    if (!wanted || host.isConnected || root === null || placements++ > MAX_PLACEMENTS) return;
    const head = document.head;
    if (head?.parentNode === root) head.after(host);
    else root.prepend(host);
  };
  const attach = () => {
    if (ctx.isInvalid) return;
    wanted = true;
    placements = 0;
    place();
    if (watching) return;
    watching = true;
    const rootWatcher = new MutationObserver(place);
    let watched = document.documentElement;
    rootWatcher.observe(watched, { childList: true });
    // No removal is for good: a host out of the page is put back at the next check, also after the
    // page replaced its root element (which the watcher above no longer sees) or removed the host
    // more times in a row than it is put back at once. A page can only keep removing it, which
    // hides the panel: the most a page can do (PRIVACY.md). Each tick also checks that the
    // extension is still there (WXT's ctx.setInterval does): an orphaned panel is removed.
    ctx.setInterval(() => {
      if (!wanted || host.isConnected) return;
      placements = 0;
      place();
      if (watched === document.documentElement || document.documentElement === null) return;
      watched = document.documentElement;
      rootWatcher.disconnect();
      rootWatcher.observe(watched, { childList: true });
    }, PLACEMENT_CHECK_MS);
    ctx.onInvalidated(() => {
      rootWatcher.disconnect();
      host.remove();
    });
  };
  const detach = () => {
    wanted = false;
    host.remove();
  };
  return { host, container, setCss, attach, detach };
}

/**
 * The host and its shadow root. A page may define a custom element of the same name first: its
 * code would then run on our host. `:defined` tells (the page's registry is not visible from the
 * content script's world); such a name is left to the page and the host is a plain <div>, which
 * no page script can customise. Defined later, the page's constructor finds our root attached and
 * fails: it gets nothing either.
 */
function hostWithShadow(name: string): { host: HTMLElement; shadow: ShadowRoot } {
  const named = document.createElement(name);
  const host = named.matches(':defined') ? document.createElement('div') : named;
  return { host, shadow: host.attachShadow({ mode: SHADOW_MODE }) };
}

// The content script's context: WXT's ContentScriptContext (its timers, listeners and our panel all
// end when it is invalidated, and it notices the extension going away), with one change: how a
// newer injection of this script replaces an older one in the same document.
//
// WXT (wxt 0.21.4) does it through the page: each new context dispatches a CustomEvent named
// `<extension id>:<script name>:wxt:content-script-started` on the document, and every older
// context listening for it invalidates itself. The page can dispatch that event too: the id is
// public for a store install, the name is in the manifest. One line of page script would remove
// the panel for good (tests/e2e/hostile.spec.ts). Here the contexts meet in the content script's
// own world instead: its global object is the isolated world's (Chrome) or the content script
// sandbox's (Firefox), which no page script can read or write, and every injection of this
// extension into a document runs in that same world (tests/e2e/robustness.spec.ts injects twice).
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the current context waits for the next one: a property of the content script's own global. */
const CURRENT_CONTEXT = Symbol.for('vt-act-guide:content-script-context');

type OwnWorld = typeof globalThis & { [CURRENT_CONTEXT]?: ContentScriptContext };

/** The content script's name in WXT's sense (its folder under entrypoints/). */
export const CONTENT_SCRIPT_NAME = 'viatrajectoire';

export class OwnContext extends ContentScriptContext {
  /**
   * Called by WXT's constructor: this context becomes the current one, and the one it replaces
   * (an older injection of this script into this document) is invalidated. Nothing reaches the page.
   */
  override stopOldScripts(): void {
    const world = globalThis as OwnWorld;
    const older = world[CURRENT_CONTEXT];
    world[CURRENT_CONTEXT] = this;
    if (older !== this) older?.notifyInvalidated();
  }

  /** WXT's listener for the page-visible event is never added: only a newer context invalidates this one. */
  override listenForNewerScripts(): void {}
}

/**
 * The context the script runs with. WXT created its own before `main`, with its listener on the
 * document that the page could trigger: that context is aborted at once, which removes the listener,
 * and nothing of the script uses it.
 */
export function ownContext(wxtContext: ContentScriptContext): OwnContext {
  wxtContext.abort('replaced by OwnContext');
  return new OwnContext(CONTENT_SCRIPT_NAME);
}

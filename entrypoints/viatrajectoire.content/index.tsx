// Wires the page reader, the situation rule and the panel together on ViaTrajectoire's pages.
// Rules, selectors and texts live in content/ and components/: this file only connects them.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { panelBelongsHere } from '../../content/frame';
import { VIATRAJECTOIRE_MATCHES } from '../../content/viatrajectoire/matches';
import type { PanelRequest } from '../../utils/messages';
import { e2eStart } from './e2e-signal';
import { ownContext } from './own-context';
import { afterPageLoad } from './page-load';
import { stayOut } from './stay-out';

/**
 * The panel's code, evaluated only where and when it starts. Chrome runs this script just before
 * the page's load event, which waits for all the script's top-level code: the bundle inlines this
 * import (one file, nothing web-accessible) as a module whose top level runs on this first call.
 */
const startPanel = async (ctx: ContentScriptContext, request?: PanelRequest) =>
  (await import('./start-panel')).startPanel(ctx, request);

export default defineContentScript({
  matches: VIATRAJECTOIRE_MATCHES,
  // The top page of a tab only: a frame never gets the panel (content/frame.ts says why).
  allFrames: false,
  // The panel's CSS is passed inline to its shadow root: nothing is web-accessible, so pages
  // cannot detect the extension, and no message is posted to the page.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(wxtContext) {
    // Not WXT's context, which a page can invalidate with one forged event (./own-context.ts).
    const ctx = ownContext(wxtContext);
    if (!panelBelongsHere(window)) {
      e2eStart('no-panel');
      return;
    }
    await afterPageLoad({
      readyState: () => document.readyState,
      target: window,
      setTimeout: (run, ms) => ctx.setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle),
    });
    if (ctx.isInvalid) return;
    // Nothing left to do for the user: nothing of the panel is evaluated until it is asked for.
    if (await stayOut(ctx, (request) => startPanel(ctx, request))) return;
    return startPanel(ctx);
  },
});

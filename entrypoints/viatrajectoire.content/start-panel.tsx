// The panel's start on a page where it belongs: the stored state read, the host mounted, the page
// read, and the events that change the panel wired to its controller (./panel-controller.tsx).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import guidanceBaseCss from '../../components/guidance-base.css?inline';
import panelTabCss from '../../components/panel-tab.css?inline';
import { effectiveOptions } from '../../content/managed';
import { readPage } from '../../content/viatrajectoire/read';
import { requestBadgeUpdate } from '../../utils/badge-request';
import { managedAtStart, readManaged } from '../../utils/managed';
import {
  isPanelRequest,
  PANEL_STATUS_MESSAGE,
  type PanelRequest,
  SHOW_PANEL_MESSAGE,
  TOGGLE_PANEL_MESSAGE,
} from '../../utils/messages';
import { watchOptions } from '../../utils/options-store';
import { SESSION_ITEMS, sessionFrom, watchSession } from '../../utils/session-store';
import { readStored, watchStored } from '../../utils/stored';
import { e2eStart } from './e2e-signal';
import { followBanner } from './follow-banner';
import { watchLateRender } from './late-render';
import { createPanelController, currentUrl } from './panel-controller';
import { createShadowHost } from './shadow-host';

/** Starts the panel; `request` is the user's ask that woke a script that had stayed out (./stay-out.ts). */
export async function startPanel(ctx: ContentScriptContext, request?: PanelRequest) {
  // The stored state travels from the browser process (one call) while the page is read. The page
  // is read, and its banner measured, before our host is in it: their layout reads find the page
  // as it is laid out, and the frame styles and lays out our host once, with the panel in it.
  // The checklist as stored, in the same call: its migrations are the popup's to run.
  const storedRead = readStored([...SESSION_ITEMS, 'options', 'checklist'], { peek: true });
  const managedRead = readManaged();
  const firstContext = readPage(document, currentUrl());
  const stored = await storedRead;
  const session = sessionFrom(stored, Date.now());
  let own = stored.options;
  // The organisation's values win over the user's own, here and on each change of theirs; a policy
  // the browser answers late is applied when it comes (utils/managed.ts).
  let managed = (
    await managedAtStart(managedRead, ({ values }) => {
      if (ctx.isInvalid) return;
      managed = values;
      panel.managedChanged(values, effectiveOptions(own, values));
    })
  ).values;
  // A newer injection of this script replaced this one while it read the storage (./own-context.ts):
  // it steps aside, leaving nothing behind.
  if (ctx.isInvalid) {
    e2eStart('superseded');
    return;
  }
  const options = effectiveOptions(own, managed);
  // The tab's styles only: the open panel's join them when it first opens (./open-panel.ts).
  const { host, container, setCss, attach, detach } = createShadowHost(
    ctx,
    'vt-act-guide',
    `${guidanceBaseCss}\n${panelTabCss}`,
  );
  ctx.onInvalidated(() => render(null, container));
  const panel = createPanelController({
    ctx,
    host,
    container,
    setCss,
    attach,
    detach,
    firstContext,
    checklist: stored.checklist,
    session,
    options,
    managed,
  });

  // The banner is chrome the reader reads: a late read that finds the same context found the same
  // banner, and is not worth the forced layout of measuring it on a page that keeps changing.
  let lastRead = JSON.stringify(firstContext);
  const lateRender = watchLateRender(() => {
    const context = panel.evaluate();
    const read = JSON.stringify(context);
    if (read !== lastRead) panel.placeBelowBanner();
    lastRead = read;
    return context;
  });
  ctx.onInvalidated(lateRender.stop);

  followBanner(ctx, panel.placeBelowBanner);

  // Put in the page (when it belongs there: content/options.ts, tabInPage), then painted in the
  // same task: the host arrives whole, styled and laid out once, by the next frame.
  const evaluated = panel.evaluate(firstContext);
  lateRender.restart(evaluated);
  if (!panel.inPage()) e2eStart('hidden');

  // The toolbar badge counts what remains for this tab; a page restored from the back/forward
  // cache lost it (Chrome clears a tab's badge on every page load).
  requestBadgeUpdate();
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) requestBadgeUpdate();
  });
  // Disabled, updated or removed under an open page, the extension leaves this script orphaned:
  // WXT's context checks it on each tick of its timers and, once invalid, the panel is removed
  // (onInvalidated) rather than left on screen unable to save anything. The host's own check every
  // PLACEMENT_CHECK_MS (./shadow-host.ts) is that tick: no other timer is needed.

  ctx.onInvalidated(
    watchOptions((next) => {
      own = next;
      panel.optionsChanged(effectiveOptions(own, managed));
    }),
  );
  ctx.onInvalidated(watchSession(panel.sessionChanged));
  ctx.onInvalidated(
    watchStored(['checklist'], () => {
      void readStored(['checklist'], { peek: true }).then(({ checklist }) => {
        if (!ctx.isInvalid) panel.checklistChanged(checklist);
      });
    }),
  );

  // Single-page navigation: Angular changes the address with pushState, then renders. The event
  // comes before the address changes, and a page can dispatch it too: a task later, only an
  // address that really changed is read again.
  let readHref = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      if (location.href === readHref) return;
      readHref = location.href;
      lateRender.restart(panel.navigated());
    }, 0);
  });

  // The keyboard command (manifest `commands`), relayed by the background, and the toolbar popup's
  // « Afficher le guide sur cette page » (components/ShowOnPage.tsx). Runtime messages come only
  // from the extension's own pages and background: a page has no way to send one.
  const onMessage = (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => {
    if (ctx.isInvalid || !isPanelRequest(message, sender, browser.runtime.id)) return undefined;
    if (message.type === TOGGLE_PANEL_MESSAGE) panel.toggle();
    else if (message.type === SHOW_PANEL_MESSAGE) panel.show();
    else if (message.type === PANEL_STATUS_MESSAGE) respond(panel.status());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  if (request) onMessage(request, { id: browser.runtime.id }, () => {});
}

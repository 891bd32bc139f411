// Where the user has nothing left to do (the four prerequisites met) and the page cannot show a
// prerequisite missing, the content script stays out: one storage read, nothing of the page read,
// nothing in the page, none of the panel's code evaluated. It waits to be asked (the popup's
// « Afficher le guide sur cette page », the shortcut) or for a reason to come in: a prerequisite
// unticked or seen missing elsewhere, a setting, the organisation's policy, or a single-page
// navigation to a page that can show a blocker. Then the panel starts as it would have
// (./start-panel.tsx), and a request that woke it is handed on.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { prerequisitesLeft } from '../../content/checklist';
import { effectiveOptions, type Managed } from '../../content/managed';
import { staysOut } from '../../content/options';
import { freshLearnt, seenPrerequisites } from '../../content/session';
import { pageKindFromUrl } from '../../content/viatrajectoire/urls';
import { requestBadgeUpdate } from '../../utils/badge-request';
import { readManaged } from '../../utils/managed';
import {
  isPanelRequest,
  PANEL_STATUS_MESSAGE,
  type PanelRequest,
  type PanelStatus,
} from '../../utils/messages';
import { readStored, watchStored } from '../../utils/stored';
import { e2eStart } from './e2e-signal';

/** The stored items the decision reads, in one call. */
const ITEMS = ['checklist', 'learnt', 'options'] as const;

async function outOfPage(managed: Managed): Promise<boolean> {
  // The checklist as stored: its migrations are the popup's to run (./start-panel.tsx does the same).
  const { checklist, learnt, options } = await readStored(ITEMS, { peek: true });
  const left = prerequisitesLeft(checklist, seenPrerequisites(freshLearnt(learnt, Date.now())));
  return staysOut(effectiveOptions(options, managed).panelTab, left, pageKindFromUrl(new URL(location.href)));
}

/**
 * Stays out of the page if the rule says so (content/options.ts, staysOut), and returns true; the
 * panel is then started by `start` when it is asked for or has a reason to show. Returns false at
 * once when the panel should start now.
 */
export async function stayOut(
  ctx: ContentScriptContext,
  start: (request?: PanelRequest) => Promise<void>,
): Promise<boolean> {
  // The organisation's policy comes later, if at all (utils/managed.ts): the user's own options
  // decide first, and a policy asking for the tab brings it in when it answers.
  let managed: Managed = {};
  if (!(await outOfPage(managed)) || ctx.isInvalid) return false;
  e2eStart('out');
  // The toolbar badge still says « ✓ » for this tab (Chrome clears it on each page load, and on a
  // page restored from the back/forward cache), as ./start-panel.tsx asks where the panel starts.
  requestBadgeUpdate();

  let started = false;
  const stops: (() => void)[] = [];
  const begin = (request?: PanelRequest) => {
    if (started || ctx.isInvalid) return;
    started = true;
    for (const stop of stops) stop();
    void start(request);
  };
  const check = () => {
    void outOfPage(managed).then((out) => {
      if (!out) begin();
    });
  };

  // Runtime messages come only from the extension's own pages and background: a page cannot send one.
  const onMessage = (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => {
    if (ctx.isInvalid || !isPanelRequest(message, sender, browser.runtime.id)) return undefined;
    if (message.type === PANEL_STATUS_MESSAGE) {
      const status: PanelStatus = { inPage: false, open: false };
      respond(status);
    } else begin(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  stops.push(() => browser.runtime.onMessage.removeListener(onMessage));
  stops.push(watchStored([...ITEMS], check));
  // A single-page navigation to a page that can show a blocker (an account page, a fiche).
  let href = location.href;
  const onLocation = () => {
    ctx.setTimeout(() => {
      if (location.href === href) return;
      href = location.href;
      check();
    }, 0);
  };
  ctx.addEventListener(window, 'wxt:locationchange', onLocation);
  stops.push(() => window.removeEventListener('wxt:locationchange', onLocation));
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) requestBadgeUpdate();
  };
  ctx.addEventListener(window, 'pageshow', onPageShow);
  stops.push(() => window.removeEventListener('pageshow', onPageShow));
  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
  });
  void readManaged().then((config) => {
    managed = config.values;
    check();
  });
  return true;
}

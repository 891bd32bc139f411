// Wires the page reader, the situation rule and the panel together on ViaTrajectoire's pages.
// Rules, selectors and texts live in content/ and components/: this file only connects them.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import guidanceCss from '../../components/guidance.css?inline';
import { Panel } from '../../components/Panel';
import panelCss from '../../components/panel.css?inline';
import { framePlacement, panelBelongsHere } from '../../content/frame';
import type { SituationId } from '../../content/guide/ids';
import { type Learnt, learnFrom } from '../../content/learnt';
import { isSupposed, type MatchedSituation, matchSituation } from '../../content/match';
import { type PanelSide, panelOpensAtStart, seenSituation } from '../../content/options';
import { BANNER_MAX_HEIGHT } from '../../content/placement';
import { browserFromUserAgent } from '../../content/report/browser';
import type { PanelState as StoredPanel } from '../../content/session';
import { reportOfPage, understandPage } from '../../content/understanding';
import { VIATRAJECTOIRE_MATCHES } from '../../content/viatrajectoire/matches';
import { type PageContext, readPage } from '../../content/viatrajectoire/read';
import { requestBadgeUpdate } from '../shared/badge-request';
import { OPEN_COMPOSER_MESSAGE, type OpenComposerMessage, TOGGLE_PANEL_MESSAGE } from '../shared/messages';
import { readOptions, watchOptions } from '../shared/options-store';
import { readSession, saveChoice, saveLearnt, savePanel, watchSession } from '../shared/session-store';
import { measurePanelTop } from './banner';
import { mountShadowHost } from './shadow-host';

/** The maintainers' address for recognition reports, set at build time (wxt.config.ts); '' for none. */
declare const __VT_REPORT_ADDRESS__: string;
const REPORT_ADDRESS = __VT_REPORT_ADDRESS__ || undefined;

/** How long to wait for the Angular app to render the chrome a context needs. */
const LATE_RENDER_LIMIT_MS = 10_000;
/** Reads of a still-rendering page: at most one per interval, doubling from the first to the last. */
const LATE_RENDER_FIRST_INTERVAL_MS = 250;
const LATE_RENDER_LAST_INTERVAL_MS = 2_000;
/** A change after this long without any is a view arriving: the interval starts again from the first. */
const LATE_RENDER_QUIET_MS = 200;
/**
 * The panel waits for the page's load event, so the page's own loading never waits for the panel,
 * but no longer than this after the script starts: a slow image or font can hold the load event
 * back for seconds, and the panel must still be painted within 50 ms (issue 4, bench/README.md).
 */
const PAGE_LOAD_WAIT_MS = 20;

export default defineContentScript({
  matches: VIATRAJECTOIRE_MATCHES,
  allFrames: true,
  // The panel's CSS is passed inline to its shadow root: nothing is web-accessible, so pages
  // cannot detect the extension, and no message is posted to the page.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await afterPageLoad(ctx, PAGE_LOAD_WAIT_MS);
    if (ctx.isInvalid) return;
    const belongsHere = () => panelBelongsHere(framePlacement(window), location.hostname);
    if (belongsHere()) return startPanel(ctx);
    if (window.top === window) return;
    // A frame may be laid out (or enlarged) after this script starts: its size is checked again
    // on resize, and the panel starts once, when the frame is big enough to hold it.
    let started = false;
    ctx.addEventListener(window, 'resize', () => {
      if (started || !belongsHere()) return;
      started = true;
      void startPanel(ctx);
    });
  },
});

/**
 * Resolves in a task of its own after the page's load event (never inside it: the page's
 * loadEventEnd and its load handlers do not wait for the panel), at once when the page has already
 * loaded, or after `waitMs` at most. Chrome injects this script (document_idle) when the page's
 * subresources are done, just before the load event, or 200 ms after DOMContentLoaded when one is
 * slow: in the first case the wait is about a millisecond, in the second it is capped.
 */
function afterPageLoad(ctx: ContentScriptContext, waitMs: number): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(cap);
      window.removeEventListener('load', onLoad);
      resolve();
    };
    const onLoad = () => ctx.setTimeout(done, 0);
    const cap = ctx.setTimeout(done, waitMs);
    window.addEventListener('load', onLoad, { once: true });
  });
}

let lastUrl: URL | undefined;
/** The page's address, parsed again only when it changed: a page that renders late is re-read up
 * to four times a second, at the same address. */
function currentUrl(): URL {
  if (lastUrl?.href !== location.href) lastUrl = new URL(location.href);
  return lastUrl;
}

interface PanelState {
  context: PageContext;
  situation: MatchedSituation;
  learnt: Learnt;
  chosen?: SituationId;
  open: boolean;
  side: PanelSide;
  /** The panel's top, below the site's banner (content/placement.ts). */
  top: number;
}

async function startPanel(ctx: ContentScriptContext) {
  // The stored state travels from the browser process while the host is mounted and the page read.
  const sessionRead = readSession(Date.now());
  const optionsRead = readOptions();
  const { host, container } = mountShadowHost(ctx, 'vt-act-guide', `${guidanceCss}\n${panelCss}`);
  ctx.onInvalidated(() => render(null, container));
  const firstContext = readPage(document, currentUrl());
  const session = await sessionRead;
  const options = await optionsRead;
  const state: PanelState = {
    context: firstContext,
    situation: 'unknown',
    learnt: session.learnt,
    chosen: session.chosen,
    // A tab until the page has been read: whether it opens by itself depends on the situation.
    open: false,
    side: options.panelSide,
    top: measurePanelTop(host, options.panelSide),
  };
  /** The panel state as stored (collapsed or not, situation last seen), kept up to date here. */
  let storedPanel: StoredPanel = session.panel;
  let autoOpen = options.autoOpen;
  /** Whether this page's opening was decided (once its situation is read), or the user acted. */
  let openDecided = false;
  let reportedError = false;
  /** What the panel shows that comes from the page and the rule, as last painted. */
  let lastShown = '';
  const shownFromPage = () =>
    JSON.stringify([
      state.context.pageKind,
      state.context.structureName,
      state.context.unitName,
      state.situation,
      state.chosen,
      isSupposed(state.context, state.learnt, state.chosen),
      state.open,
      state.top,
    ]);

  function savePanelState(next: StoredPanel) {
    storedPanel = next;
    store(() => savePanel(next));
  }

  /**
   * Opens the panel by itself if the rule says so (content/options.ts), once per page, when its
   * situation is known (a still-rendering page stays a tab). Only ever opens: the panel is never
   * collapsed under the user's eyes.
   */
  function decideOpening() {
    if (openDecided || state.context.pending) return;
    openDecided = true;
    const start = { situation: state.situation, viewportWidth: window.innerWidth };
    if (panelOpensAtStart({ panelSide: state.side, autoOpen }, storedPanel, start)) state.open = true;
  }

  /** Remembers the situation the user saw open (an id, never page text), when it changed. */
  function rememberSeen() {
    const seen = seenSituation(state.situation);
    if (!state.open || seen === undefined || state.context.pending || seen === storedPanel.seen) return;
    savePanelState({ ...storedPanel, seen });
  }

  /** Re-measures the banner; repaints only when the panel's top moved. A few layout reads. */
  function placeBelowBanner() {
    const top = measurePanelTop(host, state.side);
    if (top === state.top) return;
    state.top = top;
    paint();
  }

  /** Stores without ever throwing into the page: once the extension is reloaded or disabled under
   * an open page, this script is orphaned and every browser.* call throws. */
  function store(write: () => Promise<void>) {
    if (ctx.isInvalid) return;
    try {
      write().catch(() => {});
    } catch {
      // Orphaned between the check and the call: nothing to keep.
    }
  }

  function paint() {
    lastShown = shownFromPage();
    render(
      <Panel
        pageKind={state.context.pageKind}
        situation={state.situation}
        chosen={state.chosen}
        supposed={isSupposed(state.context, state.learnt, state.chosen)}
        structureName={state.context.structureName}
        unitName={state.context.unitName}
        open={state.open}
        side={state.side}
        top={state.top}
        onOpenChange={(open) => {
          openDecided = true;
          state.open = open;
          paint();
          savePanelState({ ...storedPanel, open });
        }}
        onCompose={(form) => {
          if (ctx.isInvalid) return;
          const message: OpenComposerMessage = {
            type: OPEN_COMPOSER_MESSAGE,
            form,
            prefill: { structureName: state.context.structureName, unitName: state.context.unitName },
          };
          store(() => browser.runtime.sendMessage(message));
        }}
        onChoose={(situation) => {
          state.chosen = situation;
          evaluate();
          store(() => saveChoice(situation, Date.now()));
        }}
        // Traced reads only while « Ce que l'extension a compris » is open, or at the report's click.
        understanding={{
          understand: () => understandPage(document, currentUrl(), state.learnt, state.chosen, Date.now()),
          report: () =>
            reportOfPage(document, currentUrl(), {
              extensionVersion: browser.runtime.getManifest().version,
              browser: browserFromUserAgent(navigator.userAgent),
            }),
        }}
        reportAddress={REPORT_ADDRESS}
      />,
      container,
    );
    rememberSeen();
  }

  /** Reads the page, learns from it, matches the situation and repaints. Never throws. */
  function evaluate(context = readPage(document, currentUrl())): PageContext {
    try {
      const learnt = learnFrom(context, state.learnt, Date.now());
      if (JSON.stringify(learnt) !== JSON.stringify(state.learnt)) {
        state.learnt = learnt;
        store(() => saveLearnt(learnt));
      }
      state.context = context;
      state.situation = matchSituation(context, learnt, state.chosen);
    } catch (error) {
      // The panel stays usable: the user picks their situation by hand.
      state.situation = state.chosen ?? 'unknown';
      if (!reportedError) {
        reportedError = true;
        console.warn('[Guide ACT] lecture de la page impossible', error);
      }
    }
    decideOpening();
    // Re-reads while the page renders mostly find nothing new: the panel is only re-rendered
    // when what it shows from the page changed (open/side changes paint on their own).
    if (shownFromPage() !== lastShown) paint();
    return state.context;
  }

  const lateRender = watchLateRender(ctx, () => {
    // The banner may be what just rendered: measured again with each late read (cheap: a few reads).
    placeBelowBanner();
    return evaluate();
  });

  // On resize, and on scroll near the top (a static banner scrolls away, then back), once a frame
  // at most. Passive: the page's scrolling never waits for us. The rule and its limits:
  // content/placement.ts; the few layout reads of a measure: ./banner.ts.
  let placeFrame = 0;
  const schedulePlacement = () => {
    if (placeFrame) return;
    placeFrame = requestAnimationFrame(() => {
      placeFrame = 0;
      placeBelowBanner();
    });
  };
  ctx.addEventListener(window, 'resize', schedulePlacement, { passive: true });
  // Only near the top of the page (where a static banner can still show) and once past it: a
  // long scroll down a page costs nothing, and a fixed banner does not move anyway.
  let lastScrollY = window.scrollY;
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      const nearTop = window.scrollY <= BANNER_MAX_HEIGHT || lastScrollY <= BANNER_MAX_HEIGHT;
      lastScrollY = window.scrollY;
      if (nearTop) schedulePlacement();
    },
    { passive: true },
  );

  lateRender.restart(evaluate(firstContext));

  // The toolbar badge counts what remains for this tab; a page restored from the back/forward
  // cache lost it (Chrome clears a tab's badge on every page load).
  requestBadgeUpdate();
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) requestBadgeUpdate();
  });
  // Disabled, updated or removed under an open page, the extension leaves this script orphaned:
  // WXT's context checks it on each tick and, once invalid, the panel is removed (onInvalidated)
  // rather than left on screen unable to save anything.
  ctx.setInterval(() => {}, 2_000);

  const unwatchOptions = watchOptions((next) => {
    state.side = next.panelSide;
    autoOpen = next.autoOpen;
    state.top = measurePanelTop(host, state.side);
    paint();
  });
  ctx.onInvalidated(unwatchOptions);

  // Single-page navigation: Angular changes the address with pushState, then renders. The event
  // comes before the address changes, and a page can dispatch it too: a task later, only an
  // address that really changed is read again.
  let readHref = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      if (location.href === readHref) return;
      readHref = location.href;
      // A new view: its situation may call for the panel (the rule only ever opens it).
      openDecided = false;
      lateRender.restart(evaluate());
    }, 0);
  });

  // Another tab (or the popup) changed the shared state.
  // Only the rule runs again: the page did not change, so it is not read again (reading it
  // here, then storing what it taught, would wake every other tab's listener in turn).
  const unwatch = watchSession((session) => {
    state.learnt = session.learnt;
    state.chosen = session.chosen;
    // The user opened or collapsed the panel in another tab (or turned automatic opening back on).
    if (session.panel.open !== storedPanel.open) state.open = session.panel.open;
    storedPanel = session.panel;
    state.situation = matchSituation(state.context, state.learnt, state.chosen);
    paint();
  });
  ctx.onInvalidated(unwatch);

  // The keyboard command (manifest `commands`), relayed by the background.
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== TOGGLE_PANEL_MESSAGE) return;
    openDecided = true;
    state.open = !state.open;
    paint();
    savePanelState({ ...storedPanel, open: state.open });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * The Angular app renders its chrome late: while the context says `pending`, the page is read again
 * after it changes, sparingly (bench/README.md, "DOM churn"):
 * - the observer is connected only while waiting for a change: the first change disconnects it
 *   until the read, so a page that mutates all the time is not paid for record by record (on the
 *   bench's churning page, a connected observer alone cost 20 % of the page's script time);
 * - the first read comes a frame after the first change, then at most one per interval; the
 *   interval doubles after each read that still finds nothing, from LATE_RENDER_FIRST_INTERVAL_MS
 *   to LATE_RENDER_LAST_INTERVAL_MS, and starts again from the first when a change follows a
 *   quiet spell (LATE_RENDER_QUIET_MS): a view that arrives is read within a quarter of a
 *   second, a page that never stops changing (a clock, a live list) about every two seconds.
 * It stops once the context is complete or after LATE_RENDER_LIMIT_MS, leaving what the address says.
 */
function watchLateRender(ctx: ContentScriptContext, evaluate: () => PageContext) {
  let observer: MutationObserver | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let lastRead = 0;
  let watchedSince = 0;
  let interval = LATE_RENDER_FIRST_INTERVAL_MS;

  function stop() {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(deadline);
    clearTimeout(scheduled);
    deadline = undefined;
    scheduled = undefined;
  }
  ctx.onInvalidated(stop);

  // The whole document, not document.body: the page may replace its body while rendering. Text
  // edits count too: Angular may turn « Chargement… » into « Aucune habilitation » in the same node.
  const watch = () => {
    watchedSince = performance.now();
    observer?.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  };

  function read() {
    scheduled = undefined;
    if (!observer) return;
    lastRead = performance.now();
    if (!evaluate().pending) {
      stop();
      return;
    }
    interval = Math.min(interval * 2, LATE_RENDER_LAST_INTERVAL_MS);
    watch();
  }

  return {
    restart(context: PageContext) {
      stop();
      if (!context.pending) return;
      lastRead = 0;
      interval = LATE_RENDER_FIRST_INTERVAL_MS;
      observer = new MutationObserver(() => {
        observer?.disconnect();
        if (scheduled !== undefined) return;
        const now = performance.now();
        if (now - watchedSince >= LATE_RENDER_QUIET_MS) interval = LATE_RENDER_FIRST_INTERVAL_MS;
        scheduled = setTimeout(read, Math.max(16, lastRead + interval - now));
      });
      watch();
      deadline = setTimeout(stop, LATE_RENDER_LIMIT_MS);
    },
  };
}

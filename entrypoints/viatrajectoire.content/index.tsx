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
import { type MatchedSituation, matchSituation } from '../../content/match';
import { type PanelSide, panelOpensAtStart } from '../../content/options';
import { VIATRAJECTOIRE_MATCHES } from '../../content/viatrajectoire/matches';
import { type PageContext, readPage } from '../../content/viatrajectoire/read';
import { requestBadgeUpdate } from '../shared/badge-request';
import { OPEN_COMPOSER_MESSAGE, type OpenComposerMessage, TOGGLE_PANEL_MESSAGE } from '../shared/messages';
import { readOptions, watchOptions } from '../shared/options-store';
import { readSession, saveChoice, saveLearnt, savePanel, watchSession } from '../shared/session-store';
import { mountShadowHost } from './shadow-host';

/** How long to wait for the Angular app to render the chrome a context needs. */
const LATE_RENDER_LIMIT_MS = 10_000;
/** At most one read of a still-rendering page per this many milliseconds. */
const LATE_RENDER_READ_EVERY_MS = 250;

export default defineContentScript({
  matches: VIATRAJECTOIRE_MATCHES,
  allFrames: true,
  // The panel's CSS is passed inline to its shadow root: nothing is web-accessible, so pages
  // cannot detect the extension, and no message is posted to the page.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
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

interface PanelState {
  context: PageContext;
  situation: MatchedSituation;
  learnt: Learnt;
  chosen?: SituationId;
  open: boolean;
  side: PanelSide;
}

async function startPanel(ctx: ContentScriptContext) {
  // The stored state travels from the browser process while the host is mounted and the page read.
  const sessionRead = readSession(Date.now());
  const optionsRead = readOptions();
  const { container } = mountShadowHost(ctx, 'vt-act-guide', `${guidanceCss}\n${panelCss}`);
  ctx.onInvalidated(() => render(null, container));
  const firstContext = readPage(document, new URL(location.href));
  const session = await sessionRead;
  const options = await optionsRead;
  const state: PanelState = {
    context: firstContext,
    situation: 'unknown',
    learnt: session.learnt,
    chosen: session.chosen,
    open: panelOpensAtStart(options, session.panel),
    side: options.panelSide,
  };
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
    ]);

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
        structureName={state.context.structureName}
        unitName={state.context.unitName}
        open={state.open}
        side={state.side}
        onOpenChange={(open) => {
          state.open = open;
          paint();
          store(() => savePanel({ open }));
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
      />,
      container,
    );
  }

  /** Reads the page, learns from it, matches the situation and repaints. Never throws. */
  function evaluate(context = readPage(document, new URL(location.href))): PageContext {
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
    // Re-reads while the page renders mostly find nothing new: the panel is only re-rendered
    // when what it shows from the page changed (open/side changes paint on their own).
    if (shownFromPage() !== lastShown) paint();
    return state.context;
  }

  const lateRender = watchLateRender(ctx, evaluate);

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
    paint();
  });
  ctx.onInvalidated(unwatchOptions);

  // Single-page navigation: Angular changes the address with pushState, then renders.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => lateRender.restart(evaluate()), 0);
  });

  // Another tab (or the popup) changed the shared state.
  // Only the rule runs again: the page did not change, so it is not read again (reading it
  // here, then storing what it taught, would wake every other tab's listener in turn).
  const unwatch = watchSession((session) => {
    state.learnt = session.learnt;
    state.chosen = session.chosen;
    state.open = session.panel.open;
    state.situation = matchSituation(state.context, state.learnt, state.chosen);
    paint();
  });
  ctx.onInvalidated(unwatch);

  // The keyboard command (manifest `commands`), relayed by the background.
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== TOGGLE_PANEL_MESSAGE) return;
    state.open = !state.open;
    paint();
    store(() => savePanel({ open: state.open }));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * The Angular app renders its chrome late: while the context says `pending`, one observer re-reads
 * the page, coalesced: the first change is read a frame later, then at most one read every
 * LATE_RENDER_READ_EVERY_MS however busy the page is (a page that re-renders all the time would
 * otherwise pay a read per frame: bench/README.md, "DOM churn"). It stops once the context is
 * complete or after LATE_RENDER_LIMIT_MS, leaving what the address says.
 */
function watchLateRender(ctx: ContentScriptContext, evaluate: () => PageContext) {
  let observer: MutationObserver | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let lastRead = 0;

  function stop() {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(deadline);
    clearTimeout(scheduled);
    deadline = undefined;
    scheduled = undefined;
  }
  ctx.onInvalidated(stop);

  function read() {
    scheduled = undefined;
    lastRead = performance.now();
    if (observer && !evaluate().pending) stop();
  }

  return {
    restart(context: PageContext) {
      stop();
      if (!context.pending) return;
      lastRead = 0;
      observer = new MutationObserver(() => {
        if (scheduled !== undefined) return;
        scheduled = setTimeout(read, Math.max(16, lastRead + LATE_RENDER_READ_EVERY_MS - performance.now()));
      });
      // The whole document, not document.body: the page may replace its body while rendering.
      // Text edits count too: Angular may turn « Chargement… » into « Aucune habilitation » in
      // the same text node.
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      deadline = setTimeout(stop, LATE_RENDER_LIMIT_MS);
    },
  };
}

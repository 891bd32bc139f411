// The panel's state on one page and what changes it: the page read, the user's acts, the stored
// state. The rules it applies live in content/; the entry (./index.tsx) wires the events to it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReferentsAddresses } from '../../components/managed-context';
import { Panel } from '../../components/Panel';
import { PanelBoundary } from '../../components/PanelFallback';
import { isFormId } from '../../content/compose/ids';
import type { SituationId } from '../../content/guide/ids';
import { type Learnt, learnFrom } from '../../content/learnt';
import type { Managed } from '../../content/managed';
import { decisionOf, type MatchedSituation, matchSituation } from '../../content/match';
import { type Options, type PanelSide, panelOpensAtStart, seenSituation } from '../../content/options';
import type { PanelState as StoredPanel } from '../../content/session';
import { type PageContext, readPage } from '../../content/viatrajectoire/read';
import { OPEN_COMPOSER_MESSAGE, type OpenComposerMessage } from '../../utils/messages';
import { type SessionState, saveChoice, saveLearnt, savePanel } from '../../utils/session-store';
import { measurePanelTop } from './banner';
import { e2eCount, e2eToggled, e2eWrite } from './e2e-signal';

/** The maintainers' address for recognition reports, set at build time (wxt.config.ts); '' for none. */
declare const __VT_REPORT_ADDRESS__: string;
const BUILD_REPORT_ADDRESS = __VT_REPORT_ADDRESS__ || undefined;

let lastUrl: URL | undefined;
/** The page's address, parsed again only when it changed: a page that renders late is re-read up
 * to four times a second, at the same address. */
export function currentUrl(): URL {
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

/** The open panel's code and styles (./open-panel.ts), evaluated on its first opening. */
type OpenPanel = typeof import('./open-panel');

export interface PanelStart {
  ctx: ContentScriptContext;
  host: HTMLElement;
  container: HTMLElement;
  /** Replaces the style sheet in the panel's shadow root (./shadow-host.ts): the tab's until the panel opens. */
  setCss: (css: string) => void;
  firstContext: PageContext;
  session: SessionState;
  /** The options in force: the organisation's values over the user's own (content/managed.ts). */
  options: Options;
  /** The organisation's policy: its référents and its address for reports win over the build's. */
  managed: Managed;
}

export function createPanelController({
  ctx,
  host,
  container,
  setCss,
  firstContext,
  session,
  options,
  managed,
}: PanelStart) {
  let referents = managed.referentsAddresses ?? [];
  let reportAddress = managed.reportAddress ?? BUILD_REPORT_ADDRESS;
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
      state.context.structureShown,
      state.context.unitShown,
      state.situation,
      state.chosen,
      decisionOf(state.context, state.learnt, state.chosen),
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
      e2eWrite(write().catch(() => {}));
    } catch {
      // Orphaned between the check and the call: nothing to keep.
    }
  }

  function setOpen(open: boolean) {
    openDecided = true;
    state.open = open;
    paint();
    savePanelState({ ...storedPanel, open });
  }

  let openPanel: OpenPanel | undefined;
  let openPanelLoad: Promise<void> | undefined;
  /** Evaluates the open panel's code and gives the shadow root its whole style sheet, once. */
  function loadOpenPanel(): Promise<void> {
    openPanelLoad ??= import('./open-panel').then((loaded) => {
      openPanel = loaded;
      setCss(loaded.OPEN_PANEL_CSS);
    });
    return openPanelLoad;
  }

  function paint() {
    const open = openPanel;
    // Opened for the first time: painted once its code is in, within the same task (the import is
    // inlined in this script), so focus still moves into the panel before the user's next key.
    if (state.open && !open) {
      void loadOpenPanel().then(() => {
        if (!ctx.isInvalid) paint();
      });
      return;
    }
    lastShown = shownFromPage();
    render(
      <ReferentsAddresses.Provider value={referents}>
        <PanelBoundary side={state.side} top={state.top} onFailure={() => void loadOpenPanel()}>
          <Panel
            pageKind={state.context.pageKind}
            situation={state.situation}
            chosen={state.chosen}
            decision={decisionOf(state.context, state.learnt, state.chosen)}
            structureShown={state.context.structureShown}
            unitShown={state.context.unitShown}
            open={state.open}
            side={state.side}
            top={state.top}
            onOpenChange={setOpen}
            onCompose={(form) => {
              if (ctx.isInvalid || !isFormId(form)) return;
              const message: OpenComposerMessage = { type: OPEN_COMPOSER_MESSAGE, form };
              store(() => browser.runtime.sendMessage(message));
            }}
            onChoose={(situation) => {
              state.chosen = situation;
              evaluate();
              store(() => saveChoice(situation, Date.now()));
            }}
            // Traced reads only while « Ce que l'extension a compris » is open, or at the report's click.
            understanding={
              open && {
                understand: () =>
                  open.understandPage(document, currentUrl(), state.learnt, state.chosen, Date.now()),
                report: () =>
                  open.reportOfPage(document, currentUrl(), {
                    extensionVersion: browser.runtime.getManifest().version,
                    browser: open.browserFromUserAgent(navigator.userAgent),
                  }),
              }
            }
            reportAddress={reportAddress}
            Body={open?.PanelBody}
          />
        </PanelBoundary>
      </ReferentsAddresses.Provider>,
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
        console.warn('[Guide ACT] could not read the page', error);
      }
    }
    decideOpening();
    // Re-reads while the page renders mostly find nothing new: the panel is only re-rendered
    // when what it shows from the page changed (open/side changes paint on their own).
    if (shownFromPage() !== lastShown) paint();
    e2eCount('evaluated');
    return state.context;
  }

  return {
    evaluate,
    placeBelowBanner,
    /** A single-page navigation: a new view, whose situation may call for the panel. */
    navigated(): PageContext {
      openDecided = false;
      return evaluate();
    },
    /** The organisation's policy, read after the panel started: its addresses, then its options. */
    managedChanged(next: Managed, options: Options) {
      referents = next.referentsAddresses ?? [];
      reportAddress = next.reportAddress ?? BUILD_REPORT_ADDRESS;
      this.optionsChanged(options);
    },
    optionsChanged(next: Options) {
      state.side = next.panelSide;
      autoOpen = next.autoOpen;
      state.top = measurePanelTop(host, state.side);
      paint();
      e2eCount('changes');
    },
    /**
     * Another tab (or the popup) changed the shared state. Only the rule runs again: the page did
     * not change, so it is not read again (reading it here, then storing what it taught, would
     * wake every other tab's listener in turn).
     */
    sessionChanged(next: SessionState) {
      state.learnt = next.learnt;
      state.chosen = next.chosen;
      // The user opened or collapsed the panel in another tab (or turned automatic opening back on).
      if (next.panel.open !== storedPanel.open) state.open = next.panel.open;
      storedPanel = next.panel;
      state.situation = matchSituation(state.context, state.learnt, state.chosen);
      paint();
      e2eCount('changes');
    },
    toggle: () => {
      e2eToggled();
      setOpen(!state.open);
    },
  };
}

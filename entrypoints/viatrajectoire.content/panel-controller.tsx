// The panel's state on one page and what changes it: the page read, the user's acts, the stored
// state. The rules it applies live in content/; the entry (./index.tsx) wires the events to it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReferentsAddresses } from '../../components/managed-context';
import { Panel } from '../../components/Panel';
import { PanelBoundary } from '../../components/PanelFallback';
import { type Checklist, prerequisitesLeft } from '../../content/checklist';
import { isFormId } from '../../content/compose/ids';
import { guide } from '../../content/guide';
import type { SituationId } from '../../content/guide/ids';
import { type Learnt, learnFrom } from '../../content/learnt';
import type { Managed } from '../../content/managed';
import { decisionOf, type MatchedSituation, matchSituation } from '../../content/match';
import { closedOn, type Options, type PanelSide, panelOpensAtStart, tabInPage } from '../../content/options';
import { type PanelState as StoredPanel, seenPrerequisites } from '../../content/session';
import { type PageContext, readPage } from '../../content/viatrajectoire/read';
import { OPEN_COMPOSER_MESSAGE, type OpenComposerMessage } from '../../utils/messages';
import { type SessionState, saveChoice, saveLearnt, savePanel } from '../../utils/session-store';
import { measurePanelTop } from './banner';
import { e2eCount, e2eStart, e2eToggled, e2eWrite } from './e2e-signal';

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
  /** How many of the guide's prerequisites are left (content/checklist.ts): the tab's count. */
  left: number;
  /** Whether our host is in the page at all. */
  inPage: boolean;
  /** The user asked for the panel on this view (popup button, shortcut): it stays in the page. */
  asked: boolean;
}

/** The open panel's code and styles (./open-panel.ts), evaluated on its first opening. */
type OpenPanel = typeof import('./open-panel');

export interface PanelStart {
  ctx: ContentScriptContext;
  host: HTMLElement;
  container: HTMLElement;
  /** Replaces the style sheet in the panel's shadow root (./shadow-host.ts): the tab's until the panel opens. */
  setCss: (css: string) => void;
  /** Puts the host in the page (and keeps it there), or takes it out (./shadow-host.ts). */
  attach: () => void;
  detach: () => void;
  firstContext: PageContext;
  /** The popup's ticks: with what was learnt, they give the tab's count. */
  checklist: Checklist;
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
  attach,
  detach,
  firstContext,
  checklist: firstChecklist,
  session,
  options: firstOptions,
  managed,
}: PanelStart) {
  let options = firstOptions;
  let checklist = firstChecklist;
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
    left: prerequisitesLeft(firstChecklist, seenPrerequisites(session.learnt)),
    inPage: false,
    asked: false,
  };
  /** The panel state as stored (collapsed or not, blockers dismissed), kept up to date here. */
  let storedPanel: StoredPanel = session.panel;
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
      state.left,
      state.inPage,
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
    if (panelOpensAtStart(options, storedPanel, start)) state.open = true;
  }

  /** Whether the host belongs in the page: open, asked for, or the tab by the setting. */
  const wanted = () => state.open || state.asked || tabInPage(options.panelTab, state.left);

  /**
   * Puts the host in the page when it is wanted. Takes it out only when `mayLeave` (a new view, or
   * the user changed the setting): nothing leaves under the user's eyes as they tick the popup.
   */
  function updatePresence(mayLeave: boolean) {
    const want = wanted();
    if (want && !state.inPage) {
      state.inPage = true;
      attach();
      e2eStart('panel');
    } else if (!want && state.inPage && mayLeave) {
      state.inPage = false;
      detach();
    }
  }

  /**
   * The user asked for the panel: it stays in the page for this view, open. Put in the page as its
   * tab first, so that opening it moves focus into it, as a click on the tab does.
   */
  function askedFor() {
    state.asked = true;
    if (!state.inPage) {
      updatePresence(false);
      paint();
    }
    setOpen(true);
  }

  function countLeft() {
    state.left = prerequisitesLeft(checklist, seenPrerequisites(state.learnt));
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
    updatePresence(false);
    paint();
    // Closed on a blocker: it is dismissed, and the panel never opens by itself for it again.
    savePanelState(open ? { ...storedPanel, open } : closedOn(storedPanel, state.situation));
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
    // Nothing of ours in the page: nothing to render (the host is painted as it comes in).
    if (!state.inPage) return;
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
            left={state.left}
            total={guide.prerequisites.length}
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
  }

  /** Reads the page, learns from it, matches the situation and repaints. Never throws. */
  function evaluate(context = readPage(document, currentUrl())): PageContext {
    try {
      const learnt = learnFrom(context, state.learnt, Date.now());
      if (JSON.stringify(learnt) !== JSON.stringify(state.learnt)) {
        state.learnt = learnt;
        store(() => saveLearnt(learnt));
      }
      countLeft();
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
    updatePresence(false);
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
      state.asked = false;
      const context = evaluate();
      updatePresence(true);
      return context;
    },
    /** Whether the host is in the page. */
    inPage: () => state.inPage,
    /** The organisation's policy, read after the panel started: its addresses, then its options. */
    managedChanged(next: Managed, options: Options) {
      referents = next.referentsAddresses ?? [];
      reportAddress = next.reportAddress ?? BUILD_REPORT_ADDRESS;
      this.optionsChanged(options);
    },
    optionsChanged(next: Options) {
      options = next;
      state.side = next.panelSide;
      state.top = measurePanelTop(host, state.side);
      // The user's own change of the setting: the tab comes or goes at once.
      updatePresence(true);
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
      // The user collapsed the panel in another tab: it collapses here too. An opening elsewhere
      // opens nothing here (the panel opens by itself only for a new blocker, on a new view).
      if (!next.panel.open && storedPanel.open) state.open = false;
      storedPanel = next.panel;
      state.situation = matchSituation(state.context, state.learnt, state.chosen);
      countLeft();
      updatePresence(false);
      paint();
      e2eCount('changes');
    },
    /** The popup's ticks changed: the tab's count follows (a missing prerequisite brings it back). */
    checklistChanged(next: Checklist) {
      checklist = next;
      countLeft();
      updatePresence(false);
      paint();
      e2eCount('changes');
    },
    /** Alt+Shift+V: opens the panel (putting it in the page if it was not), or collapses it. */
    toggle: () => {
      e2eToggled();
      if (state.open) setOpen(false);
      else askedFor();
    },
    /** « Afficher le guide sur cette page » in the toolbar popup: the panel, open. */
    show: () => {
      if (!state.open) askedFor();
    },
    /** What the popup needs to know: whether the panel is open. Booleans only. */
    status: () => ({ inPage: state.inPage, open: state.open }),
  };
}

// The user's settings for the in-page panel, and the rules that say when the extension shows
// itself in a page. Pure: the storage item that keeps them is in utils/stored.ts.
import * as v from 'valibot';
import type { SituationId } from './guide/ids';
import { lazy } from './lib/lazy';
import type { MatchedSituation } from './match';
import type { PanelState } from './session';
import type { PageKind } from './viatrajectoire/urls';

export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

/**
 * When the guide's tab is in ViaTrajectoire's pages: while a prerequisite is left to meet (the
 * default), on every page, or never (nothing in the page until the user asks, from the toolbar
 * popup or with Alt+Shift+V).
 */
export const PANEL_TAB_MODES = ['until-done', 'always', 'never'] as const;
export type PanelTabMode = (typeof PANEL_TAB_MODES)[number];

export interface Options {
  /** The edge of the page the panel (and its collapsed tab) sits on. */
  panelSide: PanelSide;
  /** Open by itself for a blocker the user has not dismissed yet, or stay a tab until clicked. */
  autoOpen: boolean;
  /** When the tab is in the page at all. */
  panelTab: PanelTabMode;
}

/** Right; opens for a new blocker; a tab while something is left to do. */
export function defaultOptions(): Options {
  return { panelSide: 'right', autoOpen: true, panelTab: 'until-done' };
}

const optionsSchema = lazy(() =>
  v.fallback(
    v.object({
      panelSide: v.fallback(v.picklist(PANEL_SIDES), () => defaultOptions().panelSide),
      autoOpen: v.fallback(v.boolean(), () => defaultOptions().autoOpen),
      panelTab: v.fallback(v.picklist(PANEL_TAB_MODES), () => defaultOptions().panelTab),
    }),
    defaultOptions,
  ),
);

/**
 * Any stored value as Options, field by field: a missing, corrupted or foreign field gives its
 * default, a valid one is kept; unknown keys are dropped. Never throws.
 */
export function parseOptions(raw: unknown): Options {
  return v.parse(optionsSchema(), raw);
}

/**
 * The blockers: situations a page (or what was learnt) shows as a prerequisite missing, which the
 * user can act on. The panel opens by itself on each of them until the user closes it there.
 * Not 'no-account': only a logged-out page gives it, and logging out proves nothing (people with
 * an account pass through the login page), so the panel asks there rather than states. Not
 * 'how-to-request' (nothing is missing) nor 'unknown' (nothing is known).
 */
export const SITUATIONS_CALLING_FOR_ACTION: readonly MatchedSituation[] = [
  'no-structure',
  'no-unit',
  'no-habilitation',
];

const isBlocker = (situation: MatchedSituation): situation is SituationId =>
  (SITUATIONS_CALLING_FOR_ACTION as readonly string[]).includes(situation);

/**
 * Below this viewport width (a laptop with the browser at half screen), an open 380 px panel
 * covers the page's own forms (the login page's password field at 800 px): the panel starts as
 * a tab whatever the situation. A tab rather than making room: squeezing the site's layout would
 * rearrange a page we do not control; the tab stays one click away.
 */
export const NARROW_VIEWPORT_PX = 1024;

export interface PanelStart {
  /** The situation the page shows (or the user chose). */
  situation: MatchedSituation;
  /** The viewport's width, in CSS px. */
  viewportWidth: number;
}

/**
 * Whether the panel opens by itself on a page: only for a blocker the user has not closed the
 * panel on (a dismissal lasts across pages, log-outs and days), never when the user asked for a
 * tab until clicked (`autoOpen` off) or for nothing in the page (`panelTab` never), nor on a
 * narrow window.
 */
export function panelOpensAtStart(options: Options, panel: PanelState, start: PanelStart): boolean {
  if (!options.autoOpen || options.panelTab === 'never' || start.viewportWidth < NARROW_VIEWPORT_PX)
    return false;
  return isBlocker(start.situation) && !panel.dismissed.includes(start.situation);
}

/**
 * Whether the tab is in the page by itself (the user can always ask for the panel). `left` is the
 * number of the guide's prerequisites not met yet (content/checklist.ts, prerequisitesLeft).
 */
export function tabInPage(mode: PanelTabMode, left: number): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return left > 0;
}

/** The panel state once the user closed the panel on `situation`: a blocker is dismissed for good. */
export function closedOn(panel: PanelState, situation: MatchedSituation): PanelState {
  if (!isBlocker(situation) || panel.dismissed.includes(situation)) return { ...panel, open: false };
  return { open: false, dismissed: [...panel.dismissed, situation] };
}

/**
 * The page kinds whose reading can show a prerequisite missing (an account page with no
 * habilitation, a fiche with no unit), or whose kind only the page's own headings can tell
 * ('other'): on them the page is always read.
 */
const KINDS_THAT_CAN_SHOW_A_BLOCKER: readonly PageKind[] = ['account', 'establishment', 'other'];

/**
 * Whether the content script can stay out of a page at its start, evaluating nothing of the panel:
 * the tab would not be in the page (`tabInPage`), and the page's address says it is one whose
 * reading cannot bring a blocker back. The user can still ask for the panel (popup, shortcut).
 */
export function staysOut(mode: PanelTabMode, left: number, kindByAddress: PageKind): boolean {
  return !tabInPage(mode, left) && !KINDS_THAT_CAN_SHOW_A_BLOCKER.includes(kindByAddress);
}

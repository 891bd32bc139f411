// The user's settings for the in-page panel. Pure: the storage item that keeps them is in
// utils/stored.ts.
import * as v from 'valibot';
import type { SituationId } from './guide/ids';
import { lazy } from './lazy';
import type { MatchedSituation } from './match';
import type { PanelState } from './session';

export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

export interface Options {
  /** The edge of the page the panel (and its collapsed tab) sits on. */
  panelSide: PanelSide;
  /** Open by itself on each ViaTrajectoire page, or stay a tab until clicked. */
  autoOpen: boolean;
}

/** Right, open: the panel as it shipped before there were options. */
export function defaultOptions(): Options {
  return { panelSide: 'right', autoOpen: true };
}

const optionsSchema = lazy(() =>
  v.fallback(
    v.object({
      panelSide: v.fallback(v.picklist(PANEL_SIDES), () => defaultOptions().panelSide),
      autoOpen: v.fallback(v.boolean(), () => defaultOptions().autoOpen),
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

/** The situations that call for an action of the user's: the panel opens by itself on them. */
export const SITUATIONS_CALLING_FOR_ACTION: readonly MatchedSituation[] = [
  'no-account',
  'no-unit',
  'no-habilitation',
  'no-structure',
  'unknown',
];

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
 * Whether the panel opens by itself on a page. Never when the user asked
 * for a tab until clicked (`autoOpen` off), nor on a narrow window. Otherwise when the situation
 * changed since the user last saw the panel open (they have something new to read), or when it
 * calls for an action and the user did not collapse the panel (a collapse lasts across days,
 * until the situation changes). Any other situation starts as a small labelled tab.
 */
export function panelOpensAtStart(options: Options, panel: PanelState, start: PanelStart): boolean {
  if (!options.autoOpen || start.viewportWidth < NARROW_VIEWPORT_PX) return false;
  const { situation } = start;
  if (panel.seen !== undefined && situation !== 'unknown' && situation !== panel.seen) return true;
  return panel.open && SITUATIONS_CALLING_FOR_ACTION.includes(situation);
}

/** The situation to remember as seen once the panel showed it open: none for 'unknown'. */
export function seenSituation(situation: MatchedSituation): SituationId | undefined {
  return situation === 'unknown' ? undefined : situation;
}

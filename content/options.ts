// The user's settings for the in-page panel. A small hand-written guard, not zod: the content
// script reads these at every ViaTrajectoire page, within its 20 KB budget.
// Storing them is entrypoints/shared/options-store.ts's job.
import type { PanelState } from './session';

export type PanelSide = 'right' | 'left';

export interface Options {
  /** The edge of the page the panel (and its collapsed tab) sits on. */
  panelSide: PanelSide;
  /** Open by itself on each ViaTrajectoire page, or stay a tab until clicked. */
  autoOpen: boolean;
}

export const PANEL_SIDES: readonly PanelSide[] = ['right', 'left'];

/** Right, open: the panel as it shipped before there were options. */
export function defaultOptions(): Options {
  return { panelSide: 'right', autoOpen: true };
}

/**
 * Any stored value as Options, field by field: a missing, corrupted or foreign field gives its
 * default, a valid one is kept; unknown keys are dropped. Never throws.
 */
export function parseOptions(raw: unknown): Options {
  const options = defaultOptions();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return options;
  const { panelSide, autoOpen } = raw as Record<string, unknown>;
  if ((PANEL_SIDES as readonly unknown[]).includes(panelSide)) options.panelSide = panelSide as PanelSide;
  if (typeof autoOpen === 'boolean') options.autoOpen = autoOpen;
  return options;
}

/**
 * Whether the panel starts open on a page: never when the user asked for a tab until clicked;
 * otherwise as they last left it (collapsing it on one page keeps it collapsed on the next).
 */
export function panelOpensAtStart(options: Options, panel: PanelState): boolean {
  return options.autoOpen && panel.open;
}

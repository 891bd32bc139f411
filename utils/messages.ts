import type { FormId } from '../content/compose/ids';

/** Sent by the background to a ViaTrajectoire tab when the user presses the panel's shortcut. */
export const TOGGLE_PANEL_MESSAGE = 'vt-act-guide:toggle-panel';

/**
 * Sent by the toolbar popup (components/ShowOnPage.tsx) to the active tab: « Afficher le guide sur
 * cette page » puts the panel in the page, open, even where nothing of the extension was shown.
 */
export const SHOW_PANEL_MESSAGE = 'vt-act-guide:show-panel';

/**
 * Sent by the toolbar popup to the active tab: a ViaTrajectoire tab's content script answers
 * `{ inPage, open }` (booleans only); any other tab does not answer, and the popup offers nothing.
 */
export const PANEL_STATUS_MESSAGE = 'vt-act-guide:panel-status';

export interface PanelStatus {
  inPage: boolean;
  open: boolean;
}

export type PanelRequest = {
  type: typeof TOGGLE_PANEL_MESSAGE | typeof SHOW_PANEL_MESSAGE | typeof PANEL_STATUS_MESSAGE;
};

/** A message the content script acts on: one of the three, from this extension (its id). */
export function isPanelRequest(
  message: unknown,
  sender: { id?: string },
  ownId: string,
): message is PanelRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    sender.id === ownId &&
    (type === TOGGLE_PANEL_MESSAGE || type === SHOW_PANEL_MESSAGE || type === PANEL_STATUS_MESSAGE)
  );
}

/** The manifest command that toggles the panel (Alt+Shift+V by default). */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

/**
 * Sent by a ViaTrajectoire tab (its content script) to the background: "show my badge". The
 * background sends it back to a tab only to learn whether the tab still runs the content script
 * (delivery is the answer): the tab ignores it.
 */
export const BADGE_MESSAGE = 'vt-act-guide:badge';

/**
 * Sent by the in-page panel to the background: open the composer page (composer.html#<form>) in a
 * new tab (open-composer.ts). It names the form, and carries nothing read on the page.
 */
export const OPEN_COMPOSER_MESSAGE = 'vt-act-guide:open-composer';

export interface OpenComposerMessage {
  type: typeof OPEN_COMPOSER_MESSAGE;
  form: FormId;
}

/**
 * Sent by the options page once « Effacer toutes mes données » has cleared the storage: open
 * composer pages empty their form.
 */
export const DATA_ERASED_MESSAGE = 'vt-act-guide:data-erased';

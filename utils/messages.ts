import type { FormId } from '../content/compose/ids';

/** Sent by the background to a ViaTrajectoire tab when the user presses the panel's shortcut. */
export const TOGGLE_PANEL_MESSAGE = 'vt-act-guide:toggle-panel';

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

/** Sent by the background to a ViaTrajectoire tab when the user presses the panel's shortcut. */
export const TOGGLE_PANEL_MESSAGE = 'vt-act-guide:toggle-panel';

/** The manifest command that toggles the panel (Alt+Shift+V by default). */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_MESSAGE } from './shared/messages';
import { forgetSession } from './shared/session-store';

// The background relays the keyboard command and forgets last session's facts; it makes no request.
export default defineBackground(() => {
  browser.runtime.onStartup.addListener(() => {
    void forgetSession();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL_COMMAND || tab?.id === undefined) return;
    // A tab that is not ViaTrajectoire has no listener: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, { type: TOGGLE_PANEL_MESSAGE }).catch(() => {});
  });
});

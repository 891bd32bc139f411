import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBadge } from './shared/badge';
import { purgeExpiredDrafts } from './shared/drafts';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_MESSAGE } from './shared/messages';
import { handleOpenComposer } from './shared/open-composer';
import { forgetSession } from './shared/session-store';

// The background relays the keyboard command and forgets last session's facts and expired drafts;
// it makes no request.
export default defineBackground(() => {
  startBadge();
  browser.runtime.onStartup.addListener(() => {
    void forgetSession();
    void purgeExpiredDrafts();
  });
  // The in-page panel's "Rédiger le message": the composer page, in a new tab (undefined for other messages).
  browser.runtime.onMessage.addListener((message, sender) => handleOpenComposer(message, sender));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL_COMMAND || tab?.id === undefined) return;
    // A tab that is not ViaTrajectoire has no listener: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, { type: TOGGLE_PANEL_MESSAGE }).catch(() => {});
  });
});

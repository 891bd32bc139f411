import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBadge } from '../utils/badge';
import { purgeExpiredDrafts } from '../utils/drafts';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_MESSAGE } from '../utils/messages';
import { startComposerOpener } from '../utils/open-composer';
import { forgetSession } from '../utils/session-store';

// The background relays the keyboard command, opens the composer for the in-page panel, and
// forgets last session's facts and expired drafts; it makes no request.
export default defineBackground(() => {
  startBadge();
  startComposerOpener();
  browser.runtime.onStartup.addListener(() => {
    void forgetSession();
    void purgeExpiredDrafts();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL_COMMAND || tab?.id === undefined) return;
    // A tab that is not ViaTrajectoire has no listener: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, { type: TOGGLE_PANEL_MESSAGE }).catch(() => {});
  });
});

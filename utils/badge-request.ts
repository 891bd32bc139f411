// The content script's side of the toolbar badge: one message, nothing imported but the browser.
// Its own module, not badge.ts: the content script needs this message, not the background's tab logic.
import { browser } from 'wxt/browser';
import { BADGE_MESSAGE } from './messages';

/** Asks the background to show this tab's badge. Never throws, never waits. */
export function requestBadgeUpdate(): void {
  try {
    browser.runtime.sendMessage({ type: BADGE_MESSAGE }).catch(() => {});
  } catch {
    // The extension was reloaded under this page: this script is an orphan, its tab has no badge.
  }
}

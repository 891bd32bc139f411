// The content script's side of the toolbar badge: one message, nothing imported but the browser.
// Its own module, not badge.ts: importing badge.ts would bring the checklist's storage item (and
// zod) into the content script, whose budget is 20 KB.
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

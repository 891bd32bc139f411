// The background's side of the in-page panel's "Rédiger le message": opens composer.html#<form>
// next to the ViaTrajectoire tab. The message names the form only: nothing from the page goes to
// the composer, which fills its fields from what the user typed (« Mes coordonnées », drafts).
import { type Browser, browser } from 'wxt/browser';
import { isFormId } from '../content/compose/form-ids';
import { requestingTab } from './badge';
import { composerUrl } from './composer-url';
import { OPEN_COMPOSER_MESSAGE, type OpenComposerMessage } from './messages';

/** A ViaTrajectoire tab opens one composer in this time at most. */
export const OPEN_COMPOSER_INTERVAL_MS = 5_000;

function isOpenComposerMessage(message: unknown): message is OpenComposerMessage {
  if (message === null || typeof message !== 'object') return false;
  const { type, form } = message as Record<string, unknown>;
  return type === OPEN_COMPOSER_MESSAGE && isFormId(form);
}

/** The ViaTrajectoire tab whose content script sent this, or undefined for any other sender. */
function viaTrajectoireTab(sender: Browser.runtime.MessageSender): number | undefined {
  return sender.id === browser.runtime.id ? requestingTab(sender) : undefined;
}

/** Registers the composer's listener; call once, synchronously, from defineBackground. */
export function startComposerOpener(): void {
  /** When each ViaTrajectoire tab last opened a composer. */
  const lastOpened = new Map<number, number>();

  function mayOpen(tabId: number, now: number): boolean {
    for (const [id, at] of lastOpened) if (now - at >= OPEN_COMPOSER_INTERVAL_MS) lastOpened.delete(id);
    if (lastOpened.has(tabId)) return false;
    lastOpened.set(tabId, now);
    return true;
  }

  async function open(message: OpenComposerMessage, tab: Browser.tabs.Tab): Promise<void> {
    await browser.tabs.create({
      url: composerUrl(message.form),
      // Next to the ViaTrajectoire tab, which the browser returns to when the composer is closed.
      ...(tab.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId } : {}),
    });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOpenComposerMessage(message)) return undefined; // Other messages are for other listeners.
    const tabId = viaTrajectoireTab(sender);
    if (tabId === undefined || !sender.tab || !mayOpen(tabId, Date.now())) return undefined;
    return open(message, sender.tab).catch(() => {});
  });
}

// The background's side of the in-page panel's "Rédiger le message": opens composer.html#<form>
// next to the ViaTrajectoire tab, and keeps the names the page showed in this worker's memory only,
// for the composer tab it opened: handed to that tab once when it asks, deleted after
// PREFILL_MAX_AGE_MS, gone with the worker or an erase. Nothing of it is written to storage.
import { type Browser, browser } from 'wxt/browser';
import { type FormId, isFormId } from '../content/compose/ids';
import { PREFILL_MAX_AGE_MS, type Prefill, prefillOf } from '../content/compose/prefill';
import { requestingTab } from './badge';
import { composerPageUrl, composerUrl } from './composer-url';
import {
  OPEN_COMPOSER_MESSAGE,
  type OpenComposerMessage,
  TAKE_PREFILL_MESSAGE,
  type TakePrefillMessage,
} from './messages';
import { onAllDataErased } from './options-store';

/** A ViaTrajectoire tab opens one composer in this time at most. */
export const OPEN_COMPOSER_INTERVAL_MS = 5_000;

function isOpenComposerMessage(message: unknown): message is OpenComposerMessage {
  if (message === null || typeof message !== 'object') return false;
  const { type, form } = message as Record<string, unknown>;
  return type === OPEN_COMPOSER_MESSAGE && isFormId(form);
}

function isTakePrefillMessage(message: unknown): message is TakePrefillMessage {
  if (message === null || typeof message !== 'object') return false;
  const { type, form } = message as Record<string, unknown>;
  return type === TAKE_PREFILL_MESSAGE && isFormId(form);
}

/** The ViaTrajectoire tab whose content script sent this, or undefined for any other sender. */
function viaTrajectoireTab(sender: Browser.runtime.MessageSender): number | undefined {
  return sender.id === browser.runtime.id ? requestingTab(sender) : undefined;
}

/** The tab of this extension's composer page that sent this, or undefined for any other sender. */
function composerTab(sender: Browser.runtime.MessageSender): number | undefined {
  const tabId = sender.tab?.id;
  const fromComposer = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(composerPageUrl());
  return fromComposer && tabId !== undefined && tabId >= 0 ? tabId : undefined;
}

interface Handoff {
  form: FormId;
  prefill: Prefill;
  expiry: ReturnType<typeof setTimeout>;
}

/** Registers the composer's listeners; call once, synchronously, from defineBackground. */
export function startComposerOpener(): void {
  /** The page's names, by the id of the composer tab opened for them. */
  const handoffs = new Map<number, Handoff>();
  /** When each ViaTrajectoire tab last opened a composer. */
  const lastOpened = new Map<number, number>();
  /** The openings under way: a composer page may ask before tabs.create has given its tab's id. */
  const opening = new Set<Promise<void>>();

  function forget(composerTabId: number) {
    clearTimeout(handoffs.get(composerTabId)?.expiry);
    handoffs.delete(composerTabId);
  }

  function mayOpen(tabId: number, now: number): boolean {
    for (const [id, at] of lastOpened) if (now - at >= OPEN_COMPOSER_INTERVAL_MS) lastOpened.delete(id);
    if (lastOpened.has(tabId)) return false;
    lastOpened.set(tabId, now);
    return true;
  }

  async function open(message: OpenComposerMessage, tab: Browser.tabs.Tab): Promise<void> {
    const prefill = prefillOf(message.prefill);
    const composer = await browser.tabs.create({
      url: composerUrl(message.form),
      // Next to the ViaTrajectoire tab, which the browser returns to when the composer is closed.
      ...(tab.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId } : {}),
    });
    const composerId = composer.id;
    if (composerId === undefined || Object.keys(prefill).length === 0) return;
    const expiry = setTimeout(() => forget(composerId), PREFILL_MAX_AGE_MS);
    handoffs.set(composerId, { form: message.form, prefill, expiry });
  }

  async function take(composerTabId: number, form: FormId): Promise<Prefill | undefined> {
    await Promise.allSettled([...opening]);
    const handoff = handoffs.get(composerTabId);
    forget(composerTabId);
    return handoff?.form === form ? handoff.prefill : undefined;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isOpenComposerMessage(message)) {
      const tabId = viaTrajectoireTab(sender);
      if (tabId === undefined || !sender.tab || !mayOpen(tabId, Date.now())) return undefined;
      const opened: Promise<void> = open(message, sender.tab)
        .catch(() => {})
        .finally(() => opening.delete(opened));
      opening.add(opened);
      return opened;
    }
    if (isTakePrefillMessage(message)) {
      const tabId = composerTab(sender);
      return tabId === undefined ? undefined : take(tabId, message.form);
    }
    // Other messages are for other listeners.
    return undefined;
  });

  onAllDataErased(() => {
    for (const composerTabId of [...handoffs.keys()]) forget(composerTabId);
  });
}

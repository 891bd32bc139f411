// The background's side of the in-page panel's "Rédiger le message": open composer.html#<form>
// in a new tab, and hand it the page's names through storage.session (memory only, extension
// pages only, gone when the browser closes); the composer page takes them within 60 seconds
// (entrypoints/composer/prefill.ts). No zod here: the background stays small.
import { type Browser, browser } from 'wxt/browser';
import { isFormId } from '../../content/compose/ids';
import type { StoredPrefill } from '../../content/compose/prefill';
import { OPEN_COMPOSER_MESSAGE, type OpenComposerMessage } from './messages';

/** The storage.session key of the page's names, for the composer page about to open. */
export const PREFILL_KEY = 'composerPrefill';

/** A name read on the page, as text of reasonable length, or nothing. */
function pageName(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : undefined;
}

export function isOpenComposerMessage(message: unknown): message is OpenComposerMessage {
  if (message === null || typeof message !== 'object') return false;
  const { type, form } = message as Record<string, unknown>;
  return type === OPEN_COMPOSER_MESSAGE && isFormId(form);
}

/**
 * For the background's runtime.onMessage: opens the composer for an OPEN_COMPOSER_MESSAGE sent by
 * this extension, next to the tab it came from. Returns undefined for any other message, so that
 * other listeners may answer it.
 */
export function handleOpenComposer(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<void> | undefined {
  if (!isOpenComposerMessage(message) || sender.id !== browser.runtime.id) return undefined;
  return openComposer(message, sender.tab);
}

async function openComposer(message: OpenComposerMessage, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const names = (message.prefill ?? {}) as Record<string, unknown>;
  const prefill: StoredPrefill = { form: message.form, at: Date.now() };
  const structureName = pageName(names.structureName);
  const unitName = pageName(names.unitName);
  if (structureName) prefill.structureName = structureName;
  if (unitName) prefill.unitName = unitName;
  try {
    await browser.storage.session.set({ [PREFILL_KEY]: prefill });
  } catch {
    // No storage.session (an older browser): the composer opens without the page's names.
  }
  await browser.tabs.create({
    url: browser.runtime.getURL(`/composer.html#${message.form}`),
    // Next to the ViaTrajectoire tab, which the browser returns to when the composer is closed.
    ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId } : {}),
  });
}

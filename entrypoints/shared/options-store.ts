// The user's options in browser.storage.local, and the erasing of everything the extension keeps.
// Plain browser.storage rather than WXT's storage items, like session-store.ts: the content script
// reads the options, within its 20 KB budget; the value is validated on every read.
import { type Browser, browser } from 'wxt/browser';
import { defaultOptions, type Options, parseOptions } from '../../content/options';
import { DATA_ERASED_MESSAGE } from './messages';

const OPTIONS_KEY = 'options';

export async function readOptions(): Promise<Options> {
  try {
    const stored = await browser.storage.local.get(OPTIONS_KEY);
    return parseOptions(stored[OPTIONS_KEY]);
  } catch {
    return defaultOptions();
  }
}

export function saveOptions(options: Options): Promise<void> {
  // Parsed on the way in too: only the known fields are ever stored.
  return browser.storage.local.set({ [OPTIONS_KEY]: parseOptions(options) });
}

/** Calls back with the options when the options page (or an erase) changed them. */
export function watchOptions(onChange: (options: Options) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[OPTIONS_KEY];
    if (area === 'local' && change) onChange(parseOptions(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * « Effacer toutes mes données »: everything the extension keeps, in both areas (checklist,
 * learnt facts, chosen situation, panel state, drafts, options; nothing is kept in the session
 * area, cleared all the same), then tells the extension's open pages and its background.
 */
export async function eraseAllData(): Promise<void> {
  await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
  // No listener at all (no background yet) is no failure: nothing was open to tell.
  await browser.runtime.sendMessage({ type: DATA_ERASED_MESSAGE }).catch(() => {});
}

/** Calls back when one of the extension's own pages says all the data was erased. */
export function onAllDataErased(callback: () => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const fromOwnPage =
      sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (fromOwnPage && (message as { type?: unknown } | null)?.type === DATA_ERASED_MESSAGE) callback();
    // No answer: other listeners keep theirs.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

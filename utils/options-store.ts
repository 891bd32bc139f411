// The user's options, through their item in the registry (stored.ts), and the erasing of
// everything the extension keeps.
import { type Browser, browser } from 'wxt/browser';
import { type Options, parseOptions } from '../content/options';
import { DATA_ERASED_MESSAGE } from './messages';
import { removeAllStored, STORED } from './stored';

/** The options, or the defaults field by field for a missing, corrupted or foreign value. */
export function readOptions(): Promise<Options> {
  return STORED.options.read();
}

export function saveOptions(options: Options): Promise<void> {
  // Parsed on the way in too: only the known fields are ever stored.
  return STORED.options.set(parseOptions(options));
}

/** Calls back with the options when the options page (or an erase) changed them. */
export function watchOptions(onChange: (options: Options) => void): () => void {
  return STORED.options.watch(onChange);
}

/**
 * « Effacer toutes mes données »: every item of the registry with its version mark, and the
 * session area (where nothing is kept, cleared all the same), then tells the extension's open
 * pages and its background.
 */
export async function eraseAllData(): Promise<void> {
  await Promise.all([removeAllStored(), browser.storage.session.clear()]);
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

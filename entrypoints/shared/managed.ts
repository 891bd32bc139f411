// The organisation's policy for this extension (browser.storage.managed), read once per page and
// parsed by content/managed.ts. Never stored anywhere: the browser keeps the policy, we only read it.
import { browser } from 'wxt/browser';
import { type ManagedConfig, noManaged, parseManaged } from '../../content/managed';

/**
 * The managed values, each validated; no policy at all, a browser without managed storage, or a
 * call that throws or rejects (Chrome and Firefox reject when no policy or schema is set): none.
 */
export async function readManaged(): Promise<ManagedConfig> {
  try {
    const area = browser.storage?.managed;
    if (!area) return noManaged();
    return parseManaged(await area.get(null));
  } catch {
    return noManaged();
  }
}

/** Calls back with the managed values when the policy changes under an open page. */
export function watchManaged(onChange: (managed: ManagedConfig) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManaged().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // Orphaned: the listener went with the extension.
    }
  };
}

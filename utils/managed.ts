// The organisation's policy for this extension (browser.storage.managed), read once per page and
// parsed by content/managed.ts. Never stored anywhere: the browser keeps the policy, we only read it.
import { browser } from 'wxt/browser';
import { type ManagedConfig, noManaged, parseManaged } from '../content/managed';

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

/**
 * Chromium can take seconds to answer a browser's first managed read (2.6 s measured in an e2e
 * run, over 10 s under load): a page's panel waits for the policy this long at most.
 */
export const MANAGED_WAIT_MS = 50;

/**
 * The policy a panel starts with: the browser's answer if it came within `waitMs`, none otherwise;
 * then `onLate` gets the policy once it comes.
 */
export async function managedAtStart(
  read: Promise<ManagedConfig>,
  onLate: (managed: ManagedConfig) => void,
  waitMs = MANAGED_WAIT_MS,
): Promise<ManagedConfig> {
  let timer: number | undefined;
  const early = await Promise.race([
    read,
    new Promise<undefined>((done) => (timer = setTimeout(done, waitMs) as unknown as number)),
  ]);
  clearTimeout(timer);
  if (early) return early;
  void read.then(onLate);
  return noManaged();
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

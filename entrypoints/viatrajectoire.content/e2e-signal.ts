// Test-only: in the end-to-end build (`wxt build --mode e2e`) the content script marks on <html> what
// it has processed, so a test asserting that nothing happened first waits for the proof that the
// event was handled, never for a fixed time (tests/e2e/signals.ts). Every other build folds these
// calls away (tests/build/checks.ts checks the attribute is absent from the shipped files).

/** The attributes on <html>: data-vt-e2e-start, data-vt-e2e-evaluated. */
export const E2E_SIGNAL_PREFIX = 'data-vt-e2e-';

let writes: Promise<unknown> = Promise.resolve();
const counts = new Map<string, number>();

/** Where the script stands in this frame: 'panel' once mounted, 'no-panel' when it decided to show none. */
export function e2eStart(state: 'panel' | 'no-panel'): void {
  if (import.meta.env.MODE !== 'e2e') return;
  document.documentElement.setAttribute(`${E2E_SIGNAL_PREFIX}start`, state);
}

/** A storage write in flight: a later count is only shown once it has settled. */
export function e2eWrite(write: Promise<unknown>): void {
  if (import.meta.env.MODE !== 'e2e') return;
  writes = Promise.allSettled([writes, write]);
}

/** One more `name` handled (a read of the page), shown once every write issued so far settled. */
export function e2eCount(name: 'evaluated'): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const count = (counts.get(name) ?? 0) + 1;
  counts.set(name, count);
  void writes.then(() => document.documentElement.setAttribute(`${E2E_SIGNAL_PREFIX}${name}`, String(count)));
}

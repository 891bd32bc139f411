// Test-only: in the end-to-end build (`wxt build --mode e2e`) the content script marks on <html> what
// it has processed, so a test asserting that nothing happened first waits for the proof that the
// event was handled, never for a fixed time (tests/e2e/signals.ts). Every other build folds these
// calls away (tests/build/checks.ts checks the attribute is absent from the shipped files).

/** The attributes on <html>: data-vt-e2e-start, -panels, -superseded, -toggles, -evaluated, -changes. */
export const E2E_SIGNAL_PREFIX = 'data-vt-e2e-';

let writes: Promise<unknown> = Promise.resolve();

/** Counts on the document, not in this script: a second injection of the script adds to them. */
function increment(name: string) {
  const attribute = `${E2E_SIGNAL_PREFIX}${name}`;
  const count = Number(document.documentElement.getAttribute(attribute) ?? 0) + 1;
  document.documentElement.setAttribute(attribute, String(count));
}

/**
 * Where the script stands in this frame: 'panel' once its host is in the page (counted), 'hidden'
 * when it started with nothing in the page (content/options.ts, tabInPage), 'out' when it stayed
 * out without reading the page or starting the panel (./stay-out.ts), 'no-panel' when it
 * shows none here; 'superseded' (counted) when a newer injection replaced it before it mounted.
 */
export function e2eStart(state: 'panel' | 'hidden' | 'out' | 'no-panel' | 'superseded'): void {
  if (import.meta.env.MODE !== 'e2e') return;
  if (state === 'superseded') {
    increment('superseded');
    return;
  }
  document.documentElement.setAttribute(`${E2E_SIGNAL_PREFIX}start`, state);
  if (state === 'panel') increment('panels');
}

/** One more keyboard-command toggle handled, counted at once. */
export function e2eToggled(): void {
  if (import.meta.env.MODE !== 'e2e') return;
  increment('toggles');
}

/** A storage write in flight: a later count is only shown once it has settled. */
export function e2eWrite(write: Promise<unknown>): void {
  if (import.meta.env.MODE !== 'e2e') return;
  writes = Promise.allSettled([writes, write]);
}

/** One more read of the page ('evaluated') or stored change handled ('changes'), once every write issued so far settled. */
export function e2eCount(name: 'evaluated' | 'changes'): void {
  if (import.meta.env.MODE !== 'e2e') return;
  void writes.then(() => increment(name));
}

// The panel waits for the page's load event, so the page's own loading never waits for the panel.
// The timers are injected so unit tests drive the wait with fake timers.

/**
 * The longest wait after the script starts: a slow image or font can hold the load event back for
 * seconds, and the panel must still be painted soon after the script starts (bench/README.md).
 */
export const PAGE_LOAD_WAIT_MS = 20;

// A number in a page, an object under Node (unit tests): either is only handed back to clearTimeout.
type TimerHandle = number | ReturnType<typeof setTimeout>;

export interface PageLoadEnvironment {
  readyState(): DocumentReadyState;
  /** Where the load event is dispatched: the window. */
  target: EventTarget;
  setTimeout(run: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * Resolves in a task of its own after the page's load event (never inside it: the page's
 * loadEventEnd and its load handlers do not wait for the panel), at once when the page has already
 * loaded, or after `waitMs` at most. Chrome injects this script (document_idle) when the page's
 * subresources are done, just before the load event, or 200 ms after DOMContentLoaded when one is
 * slow: in the first case the wait is about a millisecond, in the second it is capped.
 */
export function afterPageLoad(env: PageLoadEnvironment, waitMs = PAGE_LOAD_WAIT_MS): Promise<void> {
  if (env.readyState() === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      env.clearTimeout(cap);
      env.target.removeEventListener('load', onLoad);
      resolve();
    };
    const onLoad = () => env.setTimeout(done, 0);
    const cap = env.setTimeout(done, waitMs);
    env.target.addEventListener('load', onLoad, { once: true });
  });
}

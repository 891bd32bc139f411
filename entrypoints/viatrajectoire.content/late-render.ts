// Reads a page again while the Angular app is still rendering the chrome a context needs.
// The timers, the clock and the observer are injected so unit tests drive it with fake timers.
import type { PageContext } from '../../content/viatrajectoire/read';

/** How long to wait for the Angular app to render the chrome a context needs. */
export const LATE_RENDER_LIMIT_MS = 10_000;
/** Reads of a still-rendering page: at most one per interval, doubling from the first to the last. */
export const LATE_RENDER_FIRST_INTERVAL_MS = 250;
export const LATE_RENDER_LAST_INTERVAL_MS = 2_000;
/** A change after this long without any is a view arriving: the interval starts again from the first. */
export const LATE_RENDER_QUIET_MS = 200;
/** The first read after a change waits a frame, so a burst of changes is read once. */
export const LATE_RENDER_FRAME_MS = 16;

// A number in a page, an object under Node (unit tests): either is only handed back to clearTimeout.
type TimerHandle = number | ReturnType<typeof setTimeout>;

/** A page observer: `connect` watches for the next change, `disconnect` stops watching. */
export interface ChangeObserver {
  connect(): void;
  disconnect(): void;
}

export interface LateRenderEnvironment {
  setTimeout(run: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle | undefined): void;
  now(): number;
  observe(onChange: () => void): ChangeObserver;
}

/**
 * The whole document, not document.body: the page may replace its body while rendering. Text
 * edits count too: Angular may turn « Chargement… » into « Aucune habilitation » in the same node.
 */
export function observeDocument(onChange: () => void): ChangeObserver {
  const observer = new MutationObserver(onChange);
  return {
    connect: () =>
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true }),
    disconnect: () => observer.disconnect(),
  };
}

/** The page's own timers, clock and document. */
export const PAGE_ENVIRONMENT: LateRenderEnvironment = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle),
  now: () => performance.now(),
  observe: observeDocument,
};

export interface LateRenderWatch {
  /** Starts watching again from the first interval if `context` is still pending, else stops. */
  restart(context: PageContext): void;
  stop(): void;
}

/**
 * While the context says `pending`, the page is read again after it changes, sparingly
 * (bench/README.md, "DOM churn"):
 * - the observer is connected only while waiting for a change: the first change disconnects it
 *   until the read, so a page that mutates all the time is not paid for record by record (on the
 *   bench's churning page, a connected observer alone cost 20 % of the page's script time);
 * - the first read comes a frame after the first change, then at most one per interval; the
 *   interval doubles after each read that still finds nothing, from LATE_RENDER_FIRST_INTERVAL_MS
 *   to LATE_RENDER_LAST_INTERVAL_MS, and starts again from the first when a change follows a
 *   quiet spell (LATE_RENDER_QUIET_MS): a view that arrives is read within a quarter of a
 *   second, a page that never stops changing (a clock, a live list) about every two seconds.
 * It stops once the context is complete or after LATE_RENDER_LIMIT_MS, leaving what the address says.
 */
export function watchLateRender(
  evaluate: () => PageContext,
  env: LateRenderEnvironment = PAGE_ENVIRONMENT,
): LateRenderWatch {
  let observer: ChangeObserver | undefined;
  let deadline: TimerHandle | undefined;
  let scheduled: TimerHandle | undefined;
  /** -Infinity until the first read: the page's clock may still be under 250 ms at its first change. */
  let lastRead = Number.NEGATIVE_INFINITY;
  let watchedSince = 0;
  let interval = LATE_RENDER_FIRST_INTERVAL_MS;

  function stop() {
    observer?.disconnect();
    observer = undefined;
    env.clearTimeout(deadline);
    env.clearTimeout(scheduled);
    deadline = undefined;
    scheduled = undefined;
  }

  const watch = () => {
    watchedSince = env.now();
    observer?.connect();
  };

  function read() {
    scheduled = undefined;
    if (!observer) return;
    lastRead = env.now();
    if (!evaluate().pending) {
      stop();
      return;
    }
    interval = Math.min(interval * 2, LATE_RENDER_LAST_INTERVAL_MS);
    watch();
  }

  function onChange() {
    observer?.disconnect();
    if (scheduled !== undefined) return;
    const now = env.now();
    if (now - watchedSince >= LATE_RENDER_QUIET_MS) interval = LATE_RENDER_FIRST_INTERVAL_MS;
    scheduled = env.setTimeout(read, Math.max(LATE_RENDER_FRAME_MS, lastRead + interval - now));
  }

  return {
    restart(context) {
      stop();
      if (!context.pending) return;
      lastRead = Number.NEGATIVE_INFINITY;
      interval = LATE_RENDER_FIRST_INTERVAL_MS;
      observer = env.observe(onChange);
      watch();
      deadline = env.setTimeout(stop, LATE_RENDER_LIMIT_MS);
    },
    stop,
  };
}

// The wait for the page's load event, driven with fake timers: at once on a loaded page, in a task
// of its own after `load` (never inside the page's load handlers), and never more than 20 ms.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, PAGE_LOAD_WAIT_MS } from '../../entrypoints/viatrajectoire.content/page-load';

let target: EventTarget;
let resolved: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  target = new EventTarget();
  resolved = false;
});

afterEach(() => {
  vi.useRealTimers();
});

function wait(readyState: DocumentReadyState) {
  void afterPageLoad({
    readyState: () => readyState,
    target,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  }).then(() => {
    resolved = true;
  });
}

/** Lets the promise's callbacks run, without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('afterPageLoad', () => {
  it('resolves at once on a page that has already loaded, with no timer', async () => {
    wait('complete');
    expect(vi.getTimerCount()).toBe(0);
    await Promise.resolve();
    expect(resolved).toBe(true);
  });

  it('resolves in a task after the load event, not inside it', async () => {
    wait('interactive');
    await vi.advanceTimersByTimeAsync(5);
    expect(resolved).toBe(false);
    let resolvedDuringLoad: boolean | undefined;
    // A handler of the page's, after ours: the wait is not over while the load event runs.
    target.addEventListener('load', () => Promise.resolve().then(() => (resolvedDuringLoad = resolved)));
    target.dispatchEvent(new Event('load'));
    await Promise.resolve();
    await Promise.resolve();
    expect(resolvedDuringLoad).toBe(false);
    expect(resolved).toBe(false);
    await settle();
    expect(resolved).toBe(true);
    // The cap was cleared: nothing left to fire.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up waiting 20 ms after the script starts when the load event is late', async () => {
    wait('interactive');
    expect(PAGE_LOAD_WAIT_MS).toBe(20);
    await vi.advanceTimersByTimeAsync(19);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
    // The load listener was removed: a load event later schedules nothing.
    target.dispatchEvent(new Event('load'));
    expect(vi.getTimerCount()).toBe(0);
  });
});

// The late-render scheduler, driven with fake timers: a still-rendering page is read a frame after
// its first change, then at most once per interval (250 ms doubling to 2 s, back to 250 ms after a
// quiet spell), with the observer off between a change and its read; it stops when the context is
// complete, after 10 s, or when stopped, and starts afresh on a navigation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../../content/viatrajectoire/read';
import {
  LATE_RENDER_FIRST_INTERVAL_MS,
  LATE_RENDER_FRAME_MS,
  LATE_RENDER_LAST_INTERVAL_MS,
  LATE_RENDER_LIMIT_MS,
  LATE_RENDER_QUIET_MS,
  type LateRenderWatch,
  observeDocument,
  PAGE_ENVIRONMENT,
  watchLateRender,
} from '../../entrypoints/viatrajectoire.content/late-render';

const PENDING: PageContext = { pageKind: 'account', loggedIn: true, pending: true };
const COMPLETE: PageContext = { pageKind: 'account', loggedIn: true, habilitations: [] };

/** A page whose changes reach the scheduler only while its observer is connected, as a MutationObserver's. */
function fakePage() {
  let onChange: (() => void) | undefined;
  let connected = false;
  let observers = 0;
  return {
    observe(callback: () => void) {
      observers++;
      onChange = callback;
      return {
        connect: () => {
          connected = true;
        },
        disconnect: () => {
          connected = false;
        },
      };
    },
    change() {
      if (connected) onChange?.();
    },
    get connected() {
      return connected;
    },
    get observers() {
      return observers;
    },
  };
}

let page: ReturnType<typeof fakePage>;
let start: number;
/** When each read happened, in ms since the watch started. */
let reads: number[];
let nextContext: PageContext;
let watch: LateRenderWatch;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  page = fakePage();
  reads = [];
  nextContext = PENDING;
  start = performance.now();
  watch = watchLateRender(
    () => {
      reads.push(performance.now() - start);
      return nextContext;
    },
    { ...PAGE_ENVIRONMENT, observe: page.observe },
  );
});

afterEach(() => {
  watch.stop();
  vi.useRealTimers();
});

/** The time between two reads, by their rank. */
const gap = (from: number, to: number) => (reads[to] ?? Number.NaN) - (reads[from] ?? Number.NaN);

/** A page that changes every 10 ms from now on, as a clock or a live list does. */
function churn() {
  return setInterval(() => page.change(), 10);
}

describe('watchLateRender', () => {
  it('a complete page is never watched nor read again', () => {
    watch.restart(COMPLETE);
    expect(page.observers).toBe(0);
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS);
    expect(reads).toEqual([]);
  });

  it('a page that does not change is not read again', () => {
    watch.restart(PENDING);
    expect(page.connected).toBe(true);
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS - 1);
    expect(reads).toEqual([]);
  });

  it('reads a frame after the first change, with the observer off until that read', () => {
    watch.restart(PENDING);
    page.change();
    expect(page.connected).toBe(false);
    vi.advanceTimersByTime(LATE_RENDER_FRAME_MS - 1);
    expect(reads).toEqual([]);
    page.change();
    vi.advanceTimersByTime(1);
    expect(reads).toEqual([LATE_RENDER_FRAME_MS]);
    expect(page.connected).toBe(true);
  });

  it('on a page that never stops changing, reads at intervals doubling up to 2 s, and stops after 10 s', () => {
    watch.restart(PENDING);
    churn();
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS + 5_000);
    const gaps = reads.slice(1).map((_, index) => gap(index, index + 1));
    // The first change is 10 ms in: read a frame later; then 500, 1000, 2000 ms apart, never more often.
    expect(reads[0]).toBe(10 + LATE_RENDER_FRAME_MS);
    expect(gaps).toEqual([
      2 * LATE_RENDER_FIRST_INTERVAL_MS,
      4 * LATE_RENDER_FIRST_INTERVAL_MS,
      ...Array(4).fill(LATE_RENDER_LAST_INTERVAL_MS),
    ]);
    expect(reads.at(-1)).toBeLessThan(LATE_RENDER_LIMIT_MS);
    expect(page.connected).toBe(false);
  });

  it('a change after a quiet spell starts again from the first interval', () => {
    watch.restart(PENDING);
    const clock = churn();
    // Reads at 26, 526 and 1526 ms; the page falls quiet just before the third: the interval is now 2 s.
    vi.advanceTimersByTime(1_520);
    clearInterval(clock);
    vi.advanceTimersByTime(6);
    expect(reads).toEqual([26, 526, 1526]);
    // A view arrives after LATE_RENDER_QUIET_MS without any change: read 250 ms after the last read, not 2 s.
    vi.advanceTimersByTime(LATE_RENDER_QUIET_MS);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_FIRST_INTERVAL_MS - LATE_RENDER_QUIET_MS);
    expect(reads[3]).toBe(1526 + LATE_RENDER_FIRST_INTERVAL_MS);
    // Changes follow at once: the interval doubles again from there.
    expect(page.connected).toBe(true);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_LAST_INTERVAL_MS);
    expect(gap(3, 4)).toBe(2 * LATE_RENDER_FIRST_INTERVAL_MS);
  });

  it('a quiet spell shorter than 200 ms keeps the interval', () => {
    watch.restart(PENDING);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_FRAME_MS);
    page.change();
    vi.advanceTimersByTime(2 * LATE_RENDER_FIRST_INTERVAL_MS);
    expect(reads).toEqual([16, 516]);
    vi.advanceTimersByTime(LATE_RENDER_QUIET_MS - 1);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_LAST_INTERVAL_MS);
    expect(gap(1, 2)).toBe(4 * LATE_RENDER_FIRST_INTERVAL_MS);
  });

  it("reads a frame after the first change even in the page clock's first 250 ms", () => {
    // The fake clock starts at 0: no earlier read may be assumed at time 0.
    watch.restart(PENDING);
    vi.advanceTimersByTime(5);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_FRAME_MS);
    expect(reads).toEqual([5 + LATE_RENDER_FRAME_MS]);
  });

  it('a change soon after a read keeps the interval: no quiet spell, no reset', () => {
    watch.restart(PENDING);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_FRAME_MS);
    vi.advanceTimersByTime(LATE_RENDER_QUIET_MS - 1);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_LAST_INTERVAL_MS);
    expect(gap(0, 1)).toBe(2 * LATE_RENDER_FIRST_INTERVAL_MS);
  });

  it('stops once a read finds the context complete', () => {
    watch.restart(PENDING);
    nextContext = COMPLETE;
    churn();
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS);
    expect(reads).toHaveLength(1);
    expect(page.connected).toBe(false);
  });

  it('stops after 10 s, a read already scheduled included', () => {
    watch.restart(PENDING);
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS - 5);
    page.change();
    vi.advanceTimersByTime(5_000);
    expect(reads).toEqual([]);
    expect(page.connected).toBe(false);
    page.change();
    vi.advanceTimersByTime(5_000);
    expect(reads).toEqual([]);
  });

  it('stop() (the extension reloaded) cancels a scheduled read and stops watching', () => {
    watch.restart(PENDING);
    page.change();
    watch.stop();
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS);
    expect(reads).toEqual([]);
    expect(page.connected).toBe(false);
  });

  it('a navigation starts afresh: first interval, a new 10 s', () => {
    watch.restart(PENDING);
    churn();
    vi.advanceTimersByTime(8_000);
    const before = reads.length;
    expect(before).toBeGreaterThan(3);
    const navigation = performance.now() - start;
    watch.restart(PENDING);
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS - 1);
    const after = reads.slice(before);
    // A frame after the first change following the navigation, then 500 ms on: not 2 s.
    expect(after[0]).toBe(navigation + 10 + LATE_RENDER_FRAME_MS);
    expect(gap(before, before + 1)).toBe(2 * LATE_RENDER_FIRST_INTERVAL_MS);
    // Still reading past the first watch's 10 s, until the new deadline.
    expect(after.at(-1)).toBeGreaterThan(LATE_RENDER_LIMIT_MS);
    vi.advanceTimersByTime(5_000);
    expect(reads.at(-1)).toBeLessThan(navigation + LATE_RENDER_LIMIT_MS);
  });

  it('a navigation to a complete page stops watching', () => {
    watch.restart(PENDING);
    watch.restart(COMPLETE);
    expect(page.connected).toBe(false);
    page.change();
    vi.advanceTimersByTime(LATE_RENDER_LIMIT_MS);
    expect(reads).toEqual([]);
  });
});

describe('observeDocument', () => {
  it('reports a change anywhere in the document, text edits included, only while connected', async () => {
    vi.useRealTimers();
    const onChange = vi.fn();
    const observer = observeDocument(onChange);
    const text = document.createTextNode('Chargement…');
    document.body.append(text);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).not.toHaveBeenCalled();
    observer.connect();
    text.data = 'Aucune habilitation';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
    observer.disconnect();
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
    text.remove();
  });
});

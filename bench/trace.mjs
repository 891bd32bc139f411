// Chrome traces (CDP Tracing): a tab traced run by run, and the figures read from its events.

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
].join(',');

/** The extension's content script, as trace events name it (`data.url`). */
export const isContentScriptUrl = (url) =>
  typeof url === 'string' && url.startsWith('chrome-extension://') && url.includes('/content-scripts/');

/**
 * A tab traced on demand, counting its requests (ending a trace costs about a second here, so one
 * trace covers many loads; each is cut out by its own navigationStart).
 */
export async function tracedTab(context) {
  const page = await context.newPage();
  let inflight = 0;
  let lastNetwork = Date.now();
  page.on('request', () => {
    inflight++;
    lastNetwork = Date.now();
  });
  const settled = () => {
    inflight--;
    lastNetwork = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  const cdp = await context.newCDPSession(page);
  let events = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...event.value));
  return {
    page,
    cdp,
    network: () => ({ inflight, sinceMs: Date.now() - lastNetwork }),
    async start() {
      events = [];
      await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    },
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * The events of the page loaded from `url`: its main thread, from its navigationStart to the next
 * one. `rel` turns a trace timestamp (µs) into ms on the page's performance.now() clock (checked:
 * the trace's loadEventEnd equals the navigation entry's).
 */
export function pageSlice(events, url, occurrence = 0) {
  const navs = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL)
    .sort((a, b) => a.ts - b.ts);
  const index = navs.findIndex(
    (e, i) =>
      e.args.data.documentLoaderURL === url &&
      navs.slice(0, i).filter((n) => n.args.data.documentLoaderURL === url).length === occurrence,
  );
  const nav = navs[index];
  if (!nav) throw new Error(`no navigationStart in the trace for ${url}`);
  const endTs = navs[index + 1]?.ts ?? Number.POSITIVE_INFINITY;
  const onMain = (e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ts < endTs;
  const mainEvents = events.filter(onMain);
  // The new document exists from here on: until then the thread still runs the page it replaces.
  const commit = mainEvents.find((e) => e.name === 'commitNavigationEnd' && e.args?.frame === nav.args.frame);
  return {
    nav,
    frame: nav.args.frame,
    events: mainEvents,
    rel: (ts) => (ts - nav.ts) / 1000,
    /** The navigation's commit, ms after its navigationStart (undefined when the trace lacks it). */
    commitMs: commit ? (commit.ts - nav.ts) / 1000 : undefined,
  };
}

/** Thread CPU time (tdur) where the trace has it, else wall time: what the thread did, not its waits. */
export const cpuMs = (e) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Complete events only, outermost first: an event inside one already kept is not counted twice. */
function outermost(list) {
  const sorted = list.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kept = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    if (e.ts < end) continue;
    kept.push(e);
    end = e.ts + e.dur;
  }
  return kept;
}

/**
 * The content script's own work in a slice: its evaluation, and every call into its functions
 * (timers, observers, event listeners: `FunctionCall` events naming its URL), outermost only.
 */
export function contentScriptWork(slice) {
  return outermost(
    slice.events.filter(
      (e) =>
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isContentScriptUrl(e.args?.data?.url),
    ),
  );
}

/**
 * Repeating timers the content script installed (setInterval: WXT's 2-s validity check of the
 * extension context), by timer id, so that their calls can be told apart from page-driven work.
 */
export function repeatingTimerFires(slice, work) {
  const repeating = new Set(
    slice.events
      .filter((e) => e.name === 'TimerInstall' && e.args?.data?.singleShot === false)
      .map((e) => e.args.data.timerId),
  );
  const fires = slice.events.filter(
    (e) => e.name === 'TimerFire' && e.ph === 'X' && repeating.has(e.args?.data?.timerId),
  );
  return work.filter((call) => fires.some((f) => f.ts <= call.ts && call.ts + call.dur <= f.ts + f.dur));
}

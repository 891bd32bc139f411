// Bundled by bench/run.mjs (Vite, minified, IIFE) and injected into the large page: the shipped
// reader and situation rule, unchanged, timed in the browser on a real DOM.
import { matchSituation } from '../content/match';
import { readPage } from '../content/viatrajectoire/read';

interface Timing {
  ms: number[];
  pageKind: string;
  situation: string;
  loggedIn: boolean;
  pending: boolean;
  structureShown?: boolean;
}

/** Runs readPage + matchSituation `runs` times on this document, read at `address`. */
function timeReading(address: string, runs: number): Timing {
  const ms: number[] = [];
  let last: { context: ReturnType<typeof readPage>; situation: string } | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const context = readPage(document, new URL(address));
    const situation = matchSituation(context, {}, undefined);
    ms.push(performance.now() - start);
    last = { context, situation };
  }
  return {
    ms,
    pageKind: last?.context.pageKind ?? '',
    situation: last?.situation ?? '',
    loggedIn: last?.context.loggedIn ?? false,
    pending: last?.context.pending === true,
    structureShown: last?.context.structureShown,
  };
}

(globalThis as { __vtReaderBench?: typeof timeReading }).__vtReaderBench = timeReading;

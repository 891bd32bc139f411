// « Ce que l'extension a compris »: what the reader saw on this page, what was learnt this session
// and which rule chose the situation, as the lines the panel shows. Pure: built only when the user
// opens the section (from a traced read), never on the ordinary reads of a page.

import { guide } from './guide/guide';
import type { SituationId } from './guide/ids';
import { LEARNT_FACTS, type Learnt } from './learnt';
import { explainSituation, type SituationRule } from './match';
import { recognitionReport } from './report/report';
import { INTERFACE_LOCALE } from './text/fr/locale';
import {
  FACT_NAMES,
  KIND_SOURCE_NAMES,
  PAGE_KIND_NAMES,
  RULE_SENTENCES,
  SIGNAL_NAMES,
  understandingLabels as words,
} from './text/fr/understanding';
import { type PageContext, readPageTraced } from './viatrajectoire/read';
import type { ReadTrace } from './viatrajectoire/trace';

export { INTERFACE_LOCALE };

export interface UnderstoodTerm {
  term: string;
  detail: string;
}

export interface FoundPart {
  name: string;
  /** The way of writing that matched (a selector or a UI kit's name), never page text. */
  via?: string;
}

export interface Understanding {
  /** The page kind, what it came from, the situation and its rule (only the kind on a request file). */
  terms: UnderstoodTerm[];
  /** On a request file: the sentence saying why nothing else is shown; then the lists below are empty. */
  requestOnly?: string;
  /** « Compte : oui, vu à 14 h 05 »… in the guide's order. */
  facts: string[];
  /** « tableau « Mes habilitations » : introuvable »… in the order the reader looked. */
  missing: string[];
  found: FoundPart[];
}

export interface UnderstandingInput {
  context: PageContext;
  trace: ReadTrace;
  learnt: Learnt;
  rule: SituationRule;
  /** The situation the rule chose ('unknown': none). */
  situation: SituationId | 'unknown';
  /** Epoch milliseconds: a fact seen another day says its date too. */
  now: number;
}

/** « à 14 h 05 », or « le 2 décembre à 9 h 30 » when seen another day than `now`. */
export function seenAt(at: number, now: number): string {
  const seen = new Date(at);
  const parts = new Intl.DateTimeFormat(INTERFACE_LOCALE, {
    hour: 'numeric',
    minute: '2-digit',
  }).formatToParts(seen);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const time = words.atTime(part('hour'), part('minute'));
  if (new Date(now).toDateString() === seen.toDateString()) return time;
  return words.onDay(
    new Intl.DateTimeFormat(INTERFACE_LOCALE, { day: 'numeric', month: 'long' }).format(seen),
    time,
  );
}

const situationTitle = (situation: SituationId | 'unknown') =>
  situation === 'unknown'
    ? words.noSituation
    : (guide.situations.find((candidate) => candidate.id === situation)?.title ?? situation);

export function understand(input: UnderstandingInput): Understanding {
  const { context, trace, learnt, now } = input;
  const kind: UnderstoodTerm = { term: words.pageKind, detail: PAGE_KIND_NAMES[context.pageKind] };
  // A request file holds a patient: nothing of it is shown, not even which parts were looked for.
  if (context.pageKind === 'request')
    return { terms: [kind], requestOnly: words.requestOnly, facts: [], missing: [], found: [] };

  const facts = LEARNT_FACTS.flatMap((fact) => {
    const seen = learnt[fact];
    if (seen === undefined) return [];
    return [words.fact(FACT_NAMES[fact], seen.value ? words.yes : words.no, seenAt(seen.at, now))];
  });
  return {
    terms: [
      kind,
      { term: words.kindSource, detail: KIND_SOURCE_NAMES[trace.kindSource] },
      { term: words.situation, detail: situationTitle(input.situation) },
      { term: words.rule, detail: RULE_SENTENCES[input.rule] },
    ],
    facts,
    missing: trace.signals
      .filter((signal) => !signal.found)
      .map((signal) => words.notFound(SIGNAL_NAMES[signal.id])),
    found: trace.signals
      .filter((signal) => signal.found)
      .map((signal) =>
        signal.via === undefined
          ? { name: SIGNAL_NAMES[signal.id] }
          : { name: SIGNAL_NAMES[signal.id], via: signal.via },
      ),
  };
}

/** The section for this page as it is now: a fresh traced read, the rule, and what was learnt. */
export function understandPage(
  doc: Document,
  url: URL,
  learnt: Learnt,
  chosen: SituationId | undefined,
  now: number,
): Understanding {
  const { context, trace } = readPageTraced(doc, url);
  const { situation, rule } = explainSituation(context, learnt, chosen);
  return understand({ context, trace, learnt, rule, situation, now });
}

/** The recognition report of this page as it is now (content/report): a fresh traced read, at the click. */
export function reportOfPage(
  doc: Document,
  url: URL,
  versions: { extensionVersion: string; browser: string },
): string {
  const { context, trace } = readPageTraced(doc, url);
  return recognitionReport({ doc, url, context, trace, guideVersion: guide.version, ...versions });
}

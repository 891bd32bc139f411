// The session facts in browser.storage.local (content/session.ts says why local, with a time).
// Plain browser.storage rather than WXT's storage items: the content script reads these, and its
// 20 KB budget has no room for a second storage layer; the values are validated on every read.
import { browser } from 'wxt/browser';
import type { SituationId } from '../../content/guide/ids';
import type { Learnt } from '../../content/learnt';
import { freshChoice, freshLearnt, type PanelState, parsePanelState } from '../../content/session';

const KEYS = { learnt: 'learnt', chosen: 'chosenSituation', panel: 'panel' } as const;

export interface SessionState {
  learnt: Learnt;
  chosen?: SituationId;
  panel: PanelState;
}

function toSession(values: Record<string, unknown>, now: number): SessionState {
  return {
    learnt: freshLearnt(values[KEYS.learnt], now),
    chosen: freshChoice(values[KEYS.chosen], now),
    panel: parsePanelState(values[KEYS.panel]),
  };
}

export async function readSession(now: number): Promise<SessionState> {
  try {
    return toSession(await browser.storage.local.get(Object.values(KEYS)), now);
  } catch {
    return toSession({}, now);
  }
}

export function saveLearnt(learnt: Learnt): Promise<void> {
  return browser.storage.local.set({ [KEYS.learnt]: learnt });
}

export function saveChoice(situation: SituationId | undefined, now: number): Promise<void> {
  return situation
    ? browser.storage.local.set({ [KEYS.chosen]: { situation, at: now } })
    : browser.storage.local.remove(KEYS.chosen);
}

export function savePanel(panel: PanelState): Promise<void> {
  return browser.storage.local.set({ [KEYS.panel]: panel });
}

/** Calls back with the whole session state when another tab or the popup changed part of it. */
export function watchSession(onChange: (session: SessionState) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.values(KEYS).some((key) => key in changes)) return;
    void readSession(Date.now()).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Called when the browser starts: what was learnt and chosen belonged to the last session. */
export function forgetSession(): Promise<void> {
  return browser.storage.local.remove([KEYS.learnt, KEYS.chosen]);
}

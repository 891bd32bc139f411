// The names the in-page panel read on ViaTrajectoire's banner (structure, unit): handed by the
// background, in memory only, to the composer tab it opened (utils/open-composer.ts),
// shown in the form, and kept in the draft only once the user changed or confirmed them. Pure.

import { capName } from '../names';
import type { Draft, Prefill } from './types';

export type { Prefill };

/** How long the background keeps the names for the composer tab it opened. */
export const PREFILL_MAX_AGE_MS = 60_000;

const NAMES = ['structureName', 'unitName'] as const satisfies readonly (keyof Prefill)[];

/** The names in any value, trimmed and cut as the reader cuts them; anything else left out. */
export function prefillOf(raw: unknown): Prefill {
  const prefill: Prefill = {};
  if (raw === null || typeof raw !== 'object') return prefill;
  for (const name of NAMES) {
    const value = (raw as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.trim() !== '') {
      prefill[name] = capName(value.trim());
    }
  }
  return prefill;
}

/** The draft to keep: the fields filled from the page and not yet changed or confirmed, empty. */
export function draftToKeep(draft: Draft, unconfirmed: ReadonlySet<string>): Draft {
  if (unconfirmed.size === 0) return draft;
  const values = { ...draft.values };
  for (const id of unconfirmed) values[id] = '';
  return { ...draft, values };
}

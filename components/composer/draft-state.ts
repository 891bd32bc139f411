// The composer's draft as a reducer: the values typed, and the référents rows, each row under a
// key that stays its own while rows around it are added or removed. Inputs, problems and focus
// follow the key (referentKey(key, field)), never the row's place. Pure: tests/unit/compose-rows.test.ts.
import { emptyReferent } from '../../content/compose/forms';
import { MAX_REFERENTS } from '../../content/compose/limits';
import type { Draft, Referent } from '../../content/compose/types';

export interface DraftState {
  draft: Draft;
  /** Each row's key, in the rows' order (as long as draft.referents). */
  rowKeys: readonly number[];
  /** The key the next row gets: keys are never reused, even after a reset. */
  nextKey: number;
  /**
   * How many changes the user made: each one is a draft to keep. A reset or the policy's values
   * are not counted (an emptied form, an address the policy fills again, are not kept).
   */
  edits: number;
}

export type DraftAction =
  | { type: 'value'; id: string; value: string }
  | { type: 'referent'; key: number; field: keyof Referent; value: string }
  | { type: 'add-row' }
  | { type: 'remove-row'; key: number }
  /** Another draft altogether (emptied, or the policy's référents in « to »): rows get new keys. */
  | { type: 'reset'; draft: Draft }
  /** The values only (the policy's référents filling « to »): the rows and their keys stay. */
  | { type: 'values'; values: Record<string, string> };

/** The state of a draft as it is loaded: its rows keyed 0, 1, 2…, as a stored draft's cut keys are. */
export function initialDraftState(draft: Draft): DraftState {
  return { draft, rowKeys: draft.referents.map((_, row) => row), nextKey: draft.referents.length, edits: 0 };
}

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  const next = reduce(state, action);
  const byUser = action.type !== 'reset' && action.type !== 'values';
  return next !== state && byUser ? { ...next, edits: state.edits + 1 } : next;
}

function reduce(state: DraftState, action: DraftAction): DraftState {
  const { draft, rowKeys } = state;
  switch (action.type) {
    case 'value':
      return { ...state, draft: { ...draft, values: { ...draft.values, [action.id]: action.value } } };
    case 'values':
      return { ...state, draft: { ...draft, values: action.values } };
    case 'referent': {
      const row = rowKeys.indexOf(action.key);
      if (row < 0) return state;
      const referents = draft.referents.map((referent, index) =>
        index === row ? { ...referent, [action.field]: action.value } : referent,
      );
      return { ...state, draft: { ...draft, referents } };
    }
    case 'add-row':
      if (draft.referents.length >= MAX_REFERENTS) return state;
      return {
        ...state,
        draft: { ...draft, referents: [...draft.referents, emptyReferent()] },
        rowKeys: [...rowKeys, state.nextKey],
        nextKey: state.nextKey + 1,
      };
    case 'remove-row': {
      const row = rowKeys.indexOf(action.key);
      // The last row stays: a form that lists référents always shows one to fill in.
      if (row < 0 || draft.referents.length <= 1) return state;
      return {
        ...state,
        draft: { ...draft, referents: draft.referents.filter((_, index) => index !== row) },
        rowKeys: rowKeys.filter((key) => key !== action.key),
      };
    }
    case 'reset':
      return {
        ...state,
        draft: action.draft,
        rowKeys: action.draft.referents.map((_, row) => state.nextKey + row),
        nextKey: state.nextKey + action.draft.referents.length,
      };
  }
}

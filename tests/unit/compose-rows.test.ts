// The composer's draft reducer: each référent row keeps its key while rows around it come and go,
// so what was typed stays with its row; keys are never given twice; the last row stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DraftAction, draftReducer, initialDraftState } from '../../components/composer/draft-state';
import { blankDraft, emptyReferent, FORMS } from '../../content/compose/forms';
import { MAX_REFERENTS } from '../../content/compose/limits';

const blank = () => initialDraftState(blankDraft(FORMS['no-structure']));
const run = (actions: DraftAction[]) => actions.reduce(draftReducer, blank());

describe('the référents rows', () => {
  it('keep what was typed under their key when an earlier row is removed', () => {
    const state = run([
      { type: 'referent', key: 0, field: 'lastName', value: 'Dupont' },
      { type: 'add-row' },
      { type: 'referent', key: 1, field: 'lastName', value: 'Nguyen' },
      { type: 'add-row' },
      { type: 'referent', key: 2, field: 'lastName', value: 'Martin' },
      { type: 'remove-row', key: 0 },
      // Typed into the row keyed 2, now the second: its key still finds it.
      { type: 'referent', key: 2, field: 'email', value: 'martin@csapa.fr' },
    ]);
    expect(state.rowKeys).toEqual([1, 2]);
    expect(state.draft.referents.map((referent) => referent.lastName)).toEqual(['Nguyen', 'Martin']);
    expect(state.draft.referents[1]?.email).toBe('martin@csapa.fr');
  });

  it('never give a key twice, even after the draft is replaced', () => {
    const state = run([
      { type: 'add-row' },
      { type: 'remove-row', key: 1 },
      { type: 'reset', draft: { values: {}, referents: [emptyReferent(), emptyReferent()] } },
      { type: 'add-row' },
    ]);
    expect(state.rowKeys).toEqual([2, 3, 4]);
  });

  it('keep one row, stop at their maximum, and ignore a key that is gone', () => {
    expect(run([{ type: 'remove-row', key: 0 }]).draft.referents).toHaveLength(1);
    const full = run(Array.from({ length: MAX_REFERENTS + 3 }, () => ({ type: 'add-row' }) as const));
    expect(full.draft.referents).toHaveLength(MAX_REFERENTS);
    const before = run([{ type: 'add-row' }, { type: 'remove-row', key: 1 }]);
    expect(draftReducer(before, { type: 'referent', key: 1, field: 'role', value: 'x' })).toBe(before);
  });

  it('whatever the actions, one distinct key per row', () => {
    const action = fc.oneof(
      fc.constant<DraftAction>({ type: 'add-row' }),
      fc.nat(12).map<DraftAction>((key) => ({ type: 'remove-row', key })),
      fc
        .tuple(fc.nat(12), fc.string())
        .map<DraftAction>(([key, value]) => ({ type: 'referent', key, field: 'lastName', value })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const state = run(actions);
        expect(state.rowKeys).toHaveLength(state.draft.referents.length);
        expect(new Set(state.rowKeys).size).toBe(state.rowKeys.length);
        expect(state.draft.referents.length).toBeGreaterThanOrEqual(1);
        expect(state.draft.referents.length).toBeLessThanOrEqual(MAX_REFERENTS);
        expect(Math.max(...state.rowKeys)).toBeLessThan(state.nextKey);
      }),
    );
  });
});

describe('the values', () => {
  it('change one at a time, and the policy’s « to » leaves the rows and their keys alone', () => {
    let state = run([{ type: 'add-row' }, { type: 'value', id: 'structureName', value: 'CSAPA' }]);
    state = draftReducer(state, { type: 'values', values: { ...state.draft.values, to: 'r@h.fr' } });
    expect(state.draft.values).toEqual({ structureName: 'CSAPA', to: 'r@h.fr' });
    expect(state.rowKeys).toEqual([0, 1]);
  });
});

describe('the user’s edits', () => {
  it('are counted, each one a draft to keep; a reset, the policy’s values or a change that changes nothing are not', () => {
    let state = run([
      { type: 'value', id: 'structureName', value: 'CSAPA' },
      { type: 'add-row' },
      { type: 'referent', key: 1, field: 'email', value: 'a@b.fr' },
      { type: 'remove-row', key: 0 },
    ]);
    expect(state.edits).toBe(4);
    state = draftReducer(state, { type: 'values', values: { to: 'r@h.fr' } });
    state = draftReducer(state, { type: 'reset', draft: blankDraft(FORMS['no-structure']) });
    // The last row cannot go, and a key that is gone finds nothing.
    state = draftReducer(state, { type: 'remove-row', key: state.rowKeys[0] ?? -1 });
    state = draftReducer(state, { type: 'referent', key: 99, field: 'role', value: 'x' });
    expect(state.edits).toBe(4);
  });
});

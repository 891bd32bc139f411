// The composer's drafts in browser.storage.local: versioned and migrated, read field by field, cut
// to their fields' lengths, dated and expired, and never written back after an erase.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DRAFT_MAX_AGE_MS,
  type Draft,
  isEmptyDraft,
  migrateDraftsV1,
  parseDrafts,
} from '../../content/compose/drafts';
import { MAX_LENGTH } from '../../content/compose/limits';

const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

const draft: Draft = {
  values: { structureName: 'CSAPA Les Tilleuls', finess: '750712184' },
  referents: [{ lastName: 'Dupont', firstName: 'Marie', email: 'marie@csapa.fr', role: 'Cadre' }],
};
const unitDraft: Draft = { values: { unitName: 'ELSA' }, referents: [] };

async function loadDrafts() {
  vi.resetModules();
  const drafts = await import('../../utils/drafts');
  await drafts.draftsItem.migrate();
  return drafts;
}

const stored = async () => (await fakeBrowser.storage.local.get('drafts')).drafts;

describe('drafts kept in browser.storage.local (local:drafts, version 2)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives no draft when nothing is stored', async () => {
    const { readDrafts, readDraft } = await loadDrafts();
    expect((await readDrafts()).drafts).toEqual({});
    expect(await readDraft('no-structure')).toBeUndefined();
  });

  it('keeps a saved draft across a reload, per form, dated, with its version', async () => {
    const { saveDraft } = await loadDrafts();
    await saveDraft('no-structure', draft);
    await saveDraft('no-unit', unitDraft, NOW + 1_000);
    const again = await loadDrafts();
    expect(await again.readDraft('no-structure', NOW + 2_000)).toEqual({ draft, shortened: [] });
    expect(await again.readDraft('no-unit', NOW + 2_000)).toEqual({ draft: unitDraft, shortened: [] });
    expect(await stored()).toEqual({
      'no-structure': { ...draft, savedAt: NOW },
      'no-unit': { ...unitDraft, savedAt: NOW + 1_000 },
    });
    expect(await fakeBrowser.storage.local.get('drafts$')).toEqual({ drafts$: { v: 2 } });
  });

  it('clears one form’s draft and keeps the others; removes the item when none is left', async () => {
    const { saveDraft, clearDraft, readDrafts } = await loadDrafts();
    await saveDraft('no-structure', draft);
    await saveDraft('no-unit', unitDraft);
    await clearDraft('no-structure');
    expect((await readDrafts()).drafts).toEqual({ 'no-unit': { ...unitDraft, savedAt: NOW } });
    await clearDraft('no-unit');
    expect(await fakeBrowser.storage.local.get('drafts')).toEqual({});
  });

  it('does not keep an empty draft (everything erased by hand)', async () => {
    const { saveDraft, readDrafts } = await loadDrafts();
    await saveDraft('no-structure', draft);
    await saveDraft('no-structure', {
      values: { structureName: ' ' },
      referents: [{ lastName: '', firstName: '', email: '', role: '' }],
    });
    expect((await readDrafts()).drafts).toEqual({});
  });

  it('writes keystrokes in order: the last one wins', async () => {
    const { saveDraft, readDraft } = await loadDrafts();
    const writes = ['C', 'CS', 'CSA', 'CSAPA'].map((name) =>
      saveDraft('no-unit', { values: { structureName: name }, referents: [] }),
    );
    await Promise.all(writes);
    expect((await readDraft('no-unit'))?.draft.values.structureName).toBe('CSAPA');
  });

  it.each([
    ['a string', 'brouillon'],
    ['a list', [draft]],
    ['null', null],
  ])('reads a corrupted value (%s) as no draft, without throwing', async (_name, corrupted) => {
    await fakeBrowser.storage.local.set({ drafts: corrupted, drafts$: { v: 2 } });
    const { readDrafts } = await loadDrafts();
    expect((await readDrafts()).drafts).toEqual({});
  });

  it('reads field by field: keeps the valid values, leaves out the others, unknown fields and forms', async () => {
    await fakeBrowser.storage.local.set({
      drafts: {
        'no-structure': { ...draft, savedAt: NOW },
        'no-unit': { values: { structureName: 'Hôpital', unitName: 42, colour: 'bleu' }, savedAt: NOW },
        'no-referents': { values: {}, referents: [{ lastName: 'Martin', email: 7 }, 'x'], savedAt: NOW },
        'referents-account': { values: 'Martin', savedAt: NOW },
        'not-a-form': { ...draft, savedAt: NOW },
      },
      drafts$: { v: 2 },
    });
    const { readDrafts } = await loadDrafts();
    expect((await readDrafts()).drafts).toEqual({
      'no-structure': { ...draft, savedAt: NOW },
      'no-unit': { values: { structureName: 'Hôpital' }, referents: [], savedAt: NOW },
      'no-referents': {
        values: {},
        referents: [{ lastName: 'Martin', firstName: '', email: '', role: '' }],
        savedAt: NOW,
      },
    });
  });

  it('cuts a value too long for its field, says which, and keeps the rest of the draft', async () => {
    const long = 'x'.repeat(2_001);
    await fakeBrowser.storage.local.set({
      drafts: {
        'no-structure': {
          values: { structureName: long, address: long, cc: 'direction@csapa.fr' },
          referents: [draft.referents[0], { ...draft.referents[0], email: `${long}@csapa.fr` }],
          savedAt: NOW,
        },
      },
      drafts$: { v: 2 },
    });
    const { readDraft } = await loadDrafts();
    const read = await readDraft('no-structure');
    expect(read?.draft.values).toEqual({
      structureName: 'x'.repeat(MAX_LENGTH.text),
      address: 'x'.repeat(MAX_LENGTH.longText),
      cc: 'direction@csapa.fr',
    });
    expect(read?.draft.referents[0]).toEqual(draft.referents[0]);
    expect(read?.draft.referents[1]?.email).toBe('x'.repeat(MAX_LENGTH.email));
    expect(read?.shortened).toEqual(['structureName', 'address', 'referents.1.email']);
  });

  it('deletes a draft left 30 days, when read; keeps a younger one', async () => {
    await fakeBrowser.storage.local.set({
      drafts: {
        'no-structure': { ...draft, savedAt: NOW - DRAFT_MAX_AGE_MS },
        'no-unit': { ...unitDraft, savedAt: NOW - DRAFT_MAX_AGE_MS + 1 },
        'referents-account': { values: { lastName: 'Martin' }, referents: [], savedAt: NOW + DAY },
        'no-referents': { values: { structureName: 'Sans date' }, referents: [] },
      },
      drafts$: { v: 2 },
    });
    const { readDrafts } = await loadDrafts();
    const read = await readDrafts();
    expect(read.drafts).toEqual({ 'no-unit': { ...unitDraft, savedAt: NOW - DRAFT_MAX_AGE_MS + 1 } });
    expect(read.expired.sort()).toEqual(['no-referents', 'no-structure', 'referents-account']);
    // Removed from storage, not only left out.
    expect(await stored()).toEqual({ 'no-unit': { ...unitDraft, savedAt: NOW - DRAFT_MAX_AGE_MS + 1 } });
  });

  it('a save dates the draft again: 30 days from the last change', async () => {
    const { saveDraft, readDraft } = await loadDrafts();
    await saveDraft('no-unit', unitDraft, NOW);
    await saveDraft('no-unit', { values: { unitName: 'ELSA 2' }, referents: [] }, NOW + 20 * DAY);
    expect(await readDraft('no-unit', NOW + 40 * DAY)).toBeDefined();
    expect(await readDraft('no-unit', NOW + 50 * DAY)).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  it('at the browser’s start, the background deletes the expired drafts', async () => {
    await fakeBrowser.storage.local.set({
      drafts: {
        'no-structure': { ...draft, savedAt: NOW - 31 * DAY },
        'no-unit': { ...unitDraft, savedAt: NOW - DAY },
      },
      drafts$: { v: 2 },
    });
    vi.resetModules();
    // The fake browser has no commands API: the background's shortcut listener is not under test.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    const background = (await import('../../entrypoints/background')).default;
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect(await stored()).toEqual({ 'no-unit': { ...unitDraft, savedAt: NOW - DAY } }),
    );
  });
});

describe('the migration of stored drafts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('version 1 → 2: each draft dated the day of the migration', async () => {
    await fakeBrowser.storage.local.set({
      drafts: { 'no-structure': draft, 'no-unit': { values: { unitName: 'ELSA' }, referents: [] } },
      drafts$: { v: 1 },
    });
    const { draftsItem, readDrafts } = await loadDrafts();
    expect(await draftsItem.getValue()).toEqual({
      'no-structure': { ...draft, savedAt: NOW },
      'no-unit': { values: { unitName: 'ELSA' }, referents: [], savedAt: NOW },
    });
    expect(await fakeBrowser.storage.local.get('drafts$')).toEqual({ drafts$: { v: 2 } });
    expect(Object.keys((await readDrafts()).drafts)).toEqual(['no-structure', 'no-unit']);
  });

  it('leaves a dated draft without version mark (written after an erase) as it is', async () => {
    await fakeBrowser.storage.local.set({ drafts: { 'no-unit': { ...unitDraft, savedAt: NOW - DAY } } });
    const { draftsItem } = await loadDrafts();
    expect(await draftsItem.getValue()).toEqual({ 'no-unit': { ...unitDraft, savedAt: NOW - DAY } });
  });

  it('leaves what is not drafts to the parser', () => {
    expect(migrateDraftsV1('brouillon', NOW)).toBe('brouillon');
    expect(migrateDraftsV1({ 'no-unit': 'x' }, NOW)).toEqual({ 'no-unit': 'x' });
  });
});

describe('after « Effacer toutes mes données »', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('the writes this page asked for before the erase, not made yet, are never made', async () => {
    const drafts = await loadDrafts();
    const setValue = vi.spyOn(drafts.draftsItem, 'setValue');
    void drafts.saveDraft('no-unit', { values: { unitName: 'E' }, referents: [] });
    void drafts.saveDraft('no-unit', { values: { unitName: 'EL' }, referents: [] });
    // The options page has cleared the storage; its message arrives.
    await drafts.forgetAllDrafts();
    expect(setValue).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // What the user types afterwards is a new draft.
    await drafts.saveDraft('no-unit', unitDraft);
    expect(await stored()).toEqual({ 'no-unit': { ...unitDraft, savedAt: expect.any(Number) } });
  });

  it('the write under way when the storage is erased is undone', async () => {
    const drafts = await loadDrafts();
    const setValue = drafts.draftsItem.setValue.bind(drafts.draftsItem);
    let forgotten: Promise<void> | undefined;
    vi.spyOn(drafts.draftsItem, 'setValue').mockImplementationOnce(async (value) => {
      // The erase lands between this write's read and its write.
      await fakeBrowser.storage.local.clear();
      forgotten = drafts.forgetAllDrafts();
      await setValue(value);
    });
    await drafts.saveDraft('no-unit', unitDraft);
    expect(await stored()).toBeDefined();
    await forgotten;
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('parseDrafts and isEmptyDraft, without storage', () => {
  it('drops foreign keys and empty drafts', () => {
    expect(
      parseDrafts({ 'no-unit': { values: { unitName: 'b' }, referents: [], savedAt: NOW, extra: 1 } }, NOW)
        .drafts,
    ).toEqual({ 'no-unit': { values: { unitName: 'b' }, referents: [], savedAt: NOW } });
    expect(parseDrafts({ 'no-unit': { values: { unitName: ' ' }, savedAt: NOW } }, NOW).drafts).toEqual({});
    expect(isEmptyDraft({ values: { a: '  ' }, referents: [] })).toBe(true);
    expect(isEmptyDraft(draft)).toBe(false);
  });

  it('never keeps more référents rows than a form offers', () => {
    const rows = Array.from({ length: 15 }, (_, row) => ({ ...draft.referents[0], lastName: `R${row}` }));
    const parsed = parseDrafts({ 'no-referents': { values: {}, referents: rows, savedAt: NOW } }, NOW);
    expect(parsed.drafts['no-referents']?.referents).toHaveLength(10);
  });
});

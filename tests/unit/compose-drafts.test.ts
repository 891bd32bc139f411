// The composer's drafts in browser.storage.local, and the page's names handed to the composer page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Draft, isEmptyDraft, parseDrafts } from '../../content/compose/drafts';
import { freshPrefill, PREFILL_MAX_AGE_MS } from '../../content/compose/prefill';
import { OPEN_COMPOSER_MESSAGE } from '../../entrypoints/shared/messages';

const draft: Draft = {
  values: { structureName: 'CSAPA Les Tilleuls', finess: '750712184' },
  referents: [{ lastName: 'Dupont', firstName: 'Marie', email: 'marie@csapa.fr', role: 'Cadre' }],
};

async function loadDrafts() {
  vi.resetModules();
  const drafts = await import('../../entrypoints/shared/drafts');
  await drafts.draftsItem.migrate();
  return drafts;
}

describe('drafts kept in browser.storage.local (local:drafts, version 1)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives no draft when nothing is stored', async () => {
    const { readDrafts, readDraft } = await loadDrafts();
    expect(await readDrafts()).toEqual({});
    expect(await readDraft('no-structure')).toBeUndefined();
  });

  it('keeps a saved draft across a reload, per form, with its version', async () => {
    const { saveDraft } = await loadDrafts();
    await saveDraft('no-structure', draft);
    await saveDraft('no-unit', { values: { unitName: 'ELSA' }, referents: [] });
    const again = await loadDrafts();
    expect(await again.readDraft('no-structure')).toEqual(draft);
    expect(await again.readDraft('no-unit')).toEqual({ values: { unitName: 'ELSA' }, referents: [] });
    expect(await fakeBrowser.storage.local.get('drafts$')).toEqual({ drafts$: { v: 1 } });
  });

  it('clears one form’s draft and keeps the others; removes the item when none is left', async () => {
    const { saveDraft, clearDraft, readDrafts } = await loadDrafts();
    await saveDraft('no-structure', draft);
    await saveDraft('no-unit', { values: { unitName: 'ELSA' }, referents: [] });
    await clearDraft('no-structure');
    expect(await readDrafts()).toEqual({ 'no-unit': { values: { unitName: 'ELSA' }, referents: [] } });
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
    expect(await readDrafts()).toEqual({});
  });

  it('writes keystrokes in order: the last one wins', async () => {
    const { saveDraft, readDraft } = await loadDrafts();
    const writes = ['C', 'CS', 'CSA', 'CSAPA'].map((name) =>
      saveDraft('no-unit', { values: { structureName: name }, referents: [] }),
    );
    await Promise.all(writes);
    expect((await readDraft('no-unit'))?.values.structureName).toBe('CSAPA');
  });

  it.each([
    ['a string', 'brouillon'],
    ['a list', [draft]],
    ['null', null],
  ])('reads a corrupted value (%s) as no draft, without throwing', async (_name, corrupted) => {
    await fakeBrowser.storage.local.set({ drafts: corrupted, drafts$: { v: 1 } });
    const { readDrafts } = await loadDrafts();
    expect(await readDrafts()).toEqual({});
  });

  it('keeps the valid drafts of a partly corrupted value, drops the rest and unknown forms', async () => {
    await fakeBrowser.storage.local.set({
      drafts: {
        'no-structure': draft,
        'no-unit': { values: { unitName: 42 }, referents: [] },
        'referents-account': { values: {} },
        'not-a-form': draft,
      },
      drafts$: { v: 1 },
    });
    const { readDrafts } = await loadDrafts();
    expect(await readDrafts()).toEqual({ 'no-structure': draft });
  });

  it('parses and recognises empty drafts without storage', () => {
    expect(parseDrafts({ 'no-unit': { values: { a: 'b' }, referents: [], extra: 1 } })).toEqual({
      'no-unit': { values: { a: 'b' }, referents: [] },
    });
    expect(parseDrafts({ 'no-unit': { values: { a: 'x'.repeat(2001) }, referents: [] } })).toEqual({});
    expect(isEmptyDraft({ values: { a: '  ' }, referents: [] })).toBe(true);
    expect(isEmptyDraft(draft)).toBe(false);
  });
});

describe('the page’s names, from the panel to the composer page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are fresh for this form for 60 seconds', () => {
    const stored = { form: 'no-unit', structureName: ' Hôpital ', unitName: '', at: 1_000 };
    expect(freshPrefill(stored, 'no-unit', 1_000 + PREFILL_MAX_AGE_MS - 1)).toEqual({
      structureName: 'Hôpital',
    });
    expect(freshPrefill(stored, 'no-unit', 1_000 + PREFILL_MAX_AGE_MS)).toBeUndefined();
    expect(freshPrefill(stored, 'no-structure', 1_000)).toBeUndefined();
    expect(freshPrefill({ ...stored, at: 'hier' }, 'no-unit', 1_000)).toBeUndefined();
    expect(freshPrefill('CSAPA', 'no-unit', 1_000)).toBeUndefined();
  });

  it('the background stores them and opens composer.html#<form> next to the tab', async () => {
    vi.resetModules();
    const { handleOpenComposer, PREFILL_KEY } = await import('../../entrypoints/shared/open-composer');
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 2, windowId: 1 } } as never;
    const message = {
      type: OPEN_COMPOSER_MESSAGE,
      form: 'no-unit',
      prefill: { structureName: 'Hôpital Saint-Louis', unitName: 42 },
    };
    await handleOpenComposer(message, sender);
    const stored = (await fakeBrowser.storage.session.get(PREFILL_KEY))[PREFILL_KEY];
    expect(stored).toEqual({ form: 'no-unit', structureName: 'Hôpital Saint-Louis', at: expect.any(Number) });
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/composer.html#no-unit'),
      openerTabId: 7,
      index: 3,
      windowId: 1,
    });
  });

  it('the background ignores other messages, unknown forms and other senders', async () => {
    vi.resetModules();
    const { handleOpenComposer } = await import('../../entrypoints/shared/open-composer');
    const sender = { id: fakeBrowser.runtime.id } as never;
    expect(handleOpenComposer({ type: 'vt-act-guide:toggle-panel' }, sender)).toBeUndefined();
    expect(
      handleOpenComposer({ type: OPEN_COMPOSER_MESSAGE, form: 'how-to-request' }, sender),
    ).toBeUndefined();
    expect(
      handleOpenComposer({ type: OPEN_COMPOSER_MESSAGE, form: 'no-unit', prefill: {} }, {
        id: 'other',
      } as never),
    ).toBeUndefined();
  });

  it('the composer page takes them once, for its own form, and drops a stale one', async () => {
    vi.resetModules();
    const { takeComposerPrefill } = await import('../../entrypoints/composer/prefill');
    const now = 100_000;
    await fakeBrowser.storage.session.set({
      composerPrefill: { form: 'no-unit', unitName: 'ELSA', at: now - 5_000 },
    });
    // Another form's composer leaves a fresh prefill for its own.
    expect(await takeComposerPrefill('no-structure', now)).toBeUndefined();
    expect(await takeComposerPrefill('no-unit', now)).toEqual({ unitName: 'ELSA' });
    expect(await takeComposerPrefill('no-unit', now)).toBeUndefined();
    await fakeBrowser.storage.session.set({
      composerPrefill: { form: 'no-unit', unitName: 'ELSA', at: now - 61_000 },
    });
    expect(await takeComposerPrefill('no-structure', now)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get('composerPrefill')).toEqual({});
  });
});

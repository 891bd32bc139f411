import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseChecklist, prerequisiteStatuses, progress } from '../../content/checklist';

// The storage module defines its item (and runs migrations) when imported: import it afresh
// after each test has laid out what an earlier version of the extension left in storage.
async function loadStorage() {
  vi.resetModules();
  const storageModule = await import('../../utils/storage');
  await storageModule.checklistItem.migrate();
  return storageModule;
}

describe('the checklist kept in browser.storage.local', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    const { readChecklist } = await loadStorage();
    expect(await readChecklist()).toEqual({ ticked: {} });
  });

  it('keeps what was saved', async () => {
    const { readChecklist, saveChecklist } = await loadStorage();
    await saveChecklist({ ticked: { 'structure-described': true, 'user-account': false } });
    const again = await loadStorage();
    expect(await again.readChecklist()).toEqual({
      ticked: { 'structure-described': true, 'user-account': false },
    });
    expect(await readChecklist()).toEqual({ ticked: { 'structure-described': true, 'user-account': false } });
    expect(await fakeBrowser.storage.local.get('checklist$')).toEqual({ checklist$: { v: 2 } });
  });

  it('migrates a version 1 value (a list of ticked ids), dropping unknown ids', async () => {
    await fakeBrowser.storage.local.set({
      checklist: ['structure-described', 'user-habilitation', 'not-a-prerequisite'],
      checklist$: { v: 1 },
    });
    const { readChecklist } = await loadStorage();
    expect(await readChecklist()).toEqual({
      ticked: { 'structure-described': true, 'user-habilitation': true },
    });
    expect(await fakeBrowser.storage.local.get('checklist$')).toEqual({ checklist$: { v: 2 } });
  });

  it.each([
    ['a string', 'tout est coché'],
    ['a number', 42],
    ['ticked as a list', { ticked: ['structure-described'] }],
    ['ticked as null', { ticked: null }],
  ])('replaces a corrupted value (%s) by the defaults, without throwing', async (_name, corrupted) => {
    await fakeBrowser.storage.local.set({ checklist: corrupted, checklist$: { v: 2 } });
    const { readChecklist } = await loadStorage();
    expect(await readChecklist()).toEqual({ ticked: {} });
  });

  it('keeps the valid ticks of a partly foreign value', async () => {
    await fakeBrowser.storage.local.set({
      checklist: { ticked: { 'structure-unit': true, 'user-account': 'oui', foreign: true }, extra: 1 },
      checklist$: { v: 2 },
    });
    const { readChecklist } = await loadStorage();
    expect(await readChecklist()).toEqual({ ticked: { 'structure-unit': true } });
  });

  it('reads a value from a future version as far as it can, without throwing', async () => {
    await fakeBrowser.storage.local.set({
      checklist: { ticked: { 'user-account': true } },
      checklist$: { v: 99 },
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { readChecklist } = await loadStorage().catch(async () => {
      // migrate() rejects a downgrade; the item itself stays readable.
      return import('../../utils/storage');
    });
    expect(await readChecklist()).toEqual({ ticked: { 'user-account': true } });
    errors.mockRestore();
  });
});

describe('prerequisite statuses and progress', () => {
  it('counts ticks by hand and facts seen on ViaTrajectoire, and tells them apart', () => {
    const statuses = prerequisiteStatuses(parseChecklist({ ticked: { 'structure-described': true } }), {
      'user-account': true,
      'user-habilitation': false,
    });
    expect(statuses.map((status) => [status.id, status.met, status.seen])).toEqual([
      ['structure-described', true, false],
      ['structure-unit', false, false],
      ['user-account', true, true],
      ['user-habilitation', false, false],
    ]);
    expect(progress(statuses)).toEqual({ done: 2, total: 4 });
  });

  it('points each unmet prerequisite to the situation that says what to do', () => {
    expect(prerequisiteStatuses({ ticked: {} }).map((status) => status.situation)).toEqual([
      'no-structure',
      'no-unit',
      'no-account',
      'no-habilitation',
    ]);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultOptions, panelOpensAtStart, parseOptions } from '../../content/options';
import { DATA_ERASED_MESSAGE } from '../../entrypoints/shared/messages';
import {
  eraseAllData,
  onAllDataErased,
  readOptions,
  saveOptions,
  watchOptions,
} from '../../entrypoints/shared/options-store';

describe('parseOptions', () => {
  it('keeps valid options', () => {
    expect(parseOptions({ panelSide: 'left', autoOpen: false })).toEqual({
      panelSide: 'left',
      autoOpen: false,
    });
    expect(parseOptions({ panelSide: 'right', autoOpen: true })).toEqual({
      panelSide: 'right',
      autoOpen: true,
    });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'left'],
    ['a number', 1],
    ['a list', ['left', false]],
    ['an empty object', {}],
  ])('gives the defaults (right, open) for %s', (_name, raw) => {
    expect(parseOptions(raw)).toEqual({ panelSide: 'right', autoOpen: true });
  });

  it('replaces each invalid field by its default and keeps the valid one', () => {
    expect(parseOptions({ panelSide: 'top', autoOpen: false })).toEqual({
      panelSide: 'right',
      autoOpen: false,
    });
    expect(parseOptions({ panelSide: 'left', autoOpen: 'non' })).toEqual({
      panelSide: 'left',
      autoOpen: true,
    });
    expect(parseOptions({ panelSide: 'LEFT', autoOpen: 0 })).toEqual(defaultOptions());
  });

  it('drops foreign keys', () => {
    expect(parseOptions({ panelSide: 'left', autoOpen: true, theme: 'dark', __proto__: { x: 1 } })).toEqual({
      panelSide: 'left',
      autoOpen: true,
    });
  });

  it('gives a fresh defaults object each time (callers may change it)', () => {
    const first = parseOptions(undefined);
    first.panelSide = 'left';
    expect(parseOptions(undefined).panelSide).toBe('right');
  });
});

describe('panelOpensAtStart', () => {
  it('opens as last left when the panel opens by itself, never when it stays a tab', () => {
    expect(panelOpensAtStart({ panelSide: 'right', autoOpen: true }, { open: true })).toBe(true);
    expect(panelOpensAtStart({ panelSide: 'right', autoOpen: true }, { open: false })).toBe(false);
    expect(panelOpensAtStart({ panelSide: 'left', autoOpen: false }, { open: true })).toBe(false);
    expect(panelOpensAtStart({ panelSide: 'left', autoOpen: false }, { open: false })).toBe(false);
  });
});

describe('the options kept in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readOptions()).toEqual({ panelSide: 'right', autoOpen: true });
  });

  it('keeps what was saved, under the key "options", known fields only', async () => {
    await saveOptions({ panelSide: 'left', autoOpen: false, extra: 1 } as never);
    expect(await readOptions()).toEqual({ panelSide: 'left', autoOpen: false });
    expect(await fakeBrowser.storage.local.get('options')).toEqual({
      options: { panelSide: 'left', autoOpen: false },
    });
  });

  it('reads a corrupted value as the defaults, without throwing', async () => {
    await fakeBrowser.storage.local.set({ options: 'à gauche' });
    expect(await readOptions()).toEqual({ panelSide: 'right', autoOpen: true });
  });

  it('tells a watcher about changes to the options only, and stops when asked', async () => {
    const seen: unknown[] = [];
    const unwatch = watchOptions((options) => seen.push(options));
    await fakeBrowser.storage.local.set({ checklist: { ticked: {} } });
    await saveOptions({ panelSide: 'left', autoOpen: true });
    await fakeBrowser.storage.local.remove('options');
    unwatch();
    await saveOptions({ panelSide: 'left', autoOpen: false });
    expect(seen).toEqual([
      { panelSide: 'left', autoOpen: true },
      // Removed (erased): the defaults again.
      { panelSide: 'right', autoOpen: true },
    ]);
  });
});

describe('eraseAllData', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves both storage areas empty', async () => {
    await fakeBrowser.storage.local.set({
      checklist: { ticked: { 'structure-described': true } },
      checklist$: { v: 2 },
      learnt: { hasUnit: { value: true, at: 1 } },
      chosenSituation: { situation: 'no-unit', at: 1 },
      panel: { open: false },
      options: { panelSide: 'left', autoOpen: false },
      drafts: { 'no-structure': { structureName: 'Centre' } },
    });
    await fakeBrowser.storage.session.set({ somethingForTheSession: 1 });
    await eraseAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await readOptions()).toEqual(defaultOptions());
  });

  it('then tells the extension’s pages, once both areas are empty', async () => {
    await fakeBrowser.storage.local.set({ drafts: { 'no-unit': { values: { unitName: 'ELSA' } } } });
    const told: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      told.push({ message, local: await fakeBrowser.storage.local.get(null) });
    });
    await eraseAllData();
    expect(told).toEqual([{ message: { type: DATA_ERASED_MESSAGE }, local: {} }]);
  });

  it('erases even when no page listens', async () => {
    await fakeBrowser.storage.local.set({ panel: { open: false } });
    await expect(eraseAllData()).resolves.toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('onAllDataErased', () => {
  beforeEach(() => fakeBrowser.reset());

  const optionsPage = () => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/options.html'),
  });

  it('calls back for the message from one of the extension’s own pages only', async () => {
    const erased = vi.fn();
    const stop = onAllDataErased(erased);
    const trigger = (message: unknown, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
    // A content script on a web page, another extension, another message: nothing.
    await trigger(
      { type: DATA_ERASED_MESSAGE },
      {
        id: fakeBrowser.runtime.id,
        url: 'https://trajectoire.sante-ra.fr/Trajectoire/',
        tab: { id: 7 },
      },
    );
    await trigger({ type: DATA_ERASED_MESSAGE }, { ...optionsPage(), id: 'another-extension-id' });
    await trigger({ type: 'vt-act-guide:badge' }, optionsPage());
    expect(erased).not.toHaveBeenCalled();
    await trigger({ type: DATA_ERASED_MESSAGE }, optionsPage());
    expect(erased).toHaveBeenCalledTimes(1);
    stop();
    await trigger({ type: DATA_ERASED_MESSAGE }, optionsPage()).catch(() => {});
    expect(erased).toHaveBeenCalledTimes(1);
  });
});

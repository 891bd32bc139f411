import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultOptions, panelOpensAtStart, parseOptions, seenSituation } from '../../content/options';
import { DATA_ERASED_MESSAGE } from '../../utils/messages';
import {
  eraseAllData,
  onAllDataErased,
  readOptions,
  saveOptions,
  watchOptions,
} from '../../utils/options-store';

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

describe('panelOpensAtStart: opens by itself only when the situation calls for it', () => {
  const on = { panelSide: 'right', autoOpen: true } as const;
  const off = { panelSide: 'right', autoOpen: false } as const;
  const wide = 1280;
  // [options, stored panel state, situation, viewport width, opens]
  it.each([
    // A situation calling for an action opens the panel, unless the user collapsed it.
    [on, { open: true }, 'no-account', wide, true],
    [on, { open: true }, 'no-unit', wide, true],
    [on, { open: true }, 'no-habilitation', wide, true],
    [on, { open: true }, 'no-structure', wide, true],
    [on, { open: true }, 'unknown', wide, true],
    // Nothing to do: a tab, even for a newcomer.
    [on, { open: true }, 'how-to-request', wide, false],
    [on, { open: true, seen: 'how-to-request' }, 'how-to-request', wide, false],
    // A collapse is remembered while the situation stays the same.
    [on, { open: false }, 'no-account', wide, false],
    [on, { open: false, seen: 'no-account' }, 'no-account', wide, false],
    [on, { open: false }, 'unknown', wide, false],
    // The situation changed since the user last saw the panel open: it opens, once.
    [on, { open: false, seen: 'no-account' }, 'how-to-request', wide, true],
    [on, { open: false, seen: 'no-account' }, 'no-habilitation', wide, true],
    [on, { open: true, seen: 'no-account' }, 'how-to-request', wide, true],
    // 'unknown' is not a change (the page may just not be readable), it is handled as an action.
    [on, { open: false, seen: 'no-account' }, 'unknown', wide, false],
    [on, { open: true, seen: 'no-account' }, 'unknown', wide, true],
    // « Ouvrir automatiquement » off: never by itself.
    [off, { open: true }, 'no-account', wide, false],
    [off, { open: true, seen: 'no-account' }, 'how-to-request', wide, false],
    [off, { open: true }, 'unknown', wide, false],
    // A narrow window (half a laptop screen): always a tab.
    [on, { open: true }, 'no-account', 800, false],
    [on, { open: true, seen: 'no-account' }, 'no-unit', 1023, false],
    [on, { open: true }, 'no-account', 1024, true],
  ] as const)('%j, stored %j, %s at %i px → opens: %s', (options, panel, situation, viewportWidth, opens) => {
    expect(panelOpensAtStart(options, panel, { situation, viewportWidth })).toBe(opens);
  });

  it('remembers situations seen as ids, never "unknown"', () => {
    expect(seenSituation('no-unit')).toBe('no-unit');
    expect(seenSituation('unknown')).toBeUndefined();
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
      myDetails: { lastName: 'Martin', structureName: 'Centre' },
    });
    await fakeBrowser.storage.session.set({ somethingForTheSession: 1 });
    await eraseAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await readOptions()).toEqual(defaultOptions());
  });

  it('erases every item of the registry, with its version mark, written through the item itself', async () => {
    vi.resetModules();
    const { STORED } = await import('../../utils/stored');
    const erase = (await import('../../utils/options-store')).eraseAllData;
    const items = Object.values(STORED);
    for (const stored of items) {
      // Each item's own default, made non-empty where the default is nothing.
      await (stored.item.setValue as (value: unknown) => Promise<void>)(stored.item.fallback ?? { at: 1 });
    }
    const written = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(written).toEqual(expect.arrayContaining(items.map((stored) => stored.key)));
    expect(written).toEqual(expect.arrayContaining(['checklist$', 'drafts$']));
    await erase();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
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

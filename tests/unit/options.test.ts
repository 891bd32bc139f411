import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  closedOn,
  defaultOptions,
  panelOpensAtStart,
  parseOptions,
  staysOut,
  tabInPage,
} from '../../content/options';
import { PAGE_KINDS } from '../../content/viatrajectoire/urls';
import { DATA_ERASED_MESSAGE } from '../../utils/messages';
import {
  eraseAllData,
  onAllDataErased,
  readOptions,
  saveOptions,
  watchOptions,
} from '../../utils/options-store';

const DEFAULTS = { panelSide: 'right', autoOpen: true, panelTab: 'until-done' } as const;

describe('parseOptions', () => {
  it('keeps valid options', () => {
    expect(parseOptions({ panelSide: 'left', autoOpen: false, panelTab: 'never' })).toEqual({
      panelSide: 'left',
      autoOpen: false,
      panelTab: 'never',
    });
    expect(parseOptions({ panelSide: 'right', autoOpen: true, panelTab: 'always' })).toEqual({
      panelSide: 'right',
      autoOpen: true,
      panelTab: 'always',
    });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'left'],
    ['a number', 1],
    ['a list', ['left', false]],
    ['an empty object', {}],
  ])(
    'gives the defaults (right, opens for a new blocker, a tab while something is left) for %s',
    (_name, raw) => {
      expect(parseOptions(raw)).toEqual(DEFAULTS);
    },
  );

  it('replaces each invalid field by its default and keeps the valid one', () => {
    expect(parseOptions({ panelSide: 'top', autoOpen: false })).toEqual({ ...DEFAULTS, autoOpen: false });
    expect(parseOptions({ panelSide: 'left', autoOpen: 'non' })).toEqual({ ...DEFAULTS, panelSide: 'left' });
    expect(parseOptions({ panelSide: 'LEFT', autoOpen: 0, panelTab: 'jamais' })).toEqual(defaultOptions());
    expect(parseOptions({ panelTab: 'never' })).toEqual({ ...DEFAULTS, panelTab: 'never' });
  });

  it('reads options stored before the tab setting: theirs kept, the tab by default', () => {
    expect(parseOptions({ panelSide: 'left', autoOpen: false })).toEqual({
      panelSide: 'left',
      autoOpen: false,
      panelTab: 'until-done',
    });
  });

  it('drops foreign keys', () => {
    expect(parseOptions({ panelSide: 'left', autoOpen: true, theme: 'dark', __proto__: { x: 1 } })).toEqual({
      ...DEFAULTS,
      panelSide: 'left',
    });
  });

  it('gives a fresh defaults object each time (callers may change it)', () => {
    const first = parseOptions(undefined);
    first.panelSide = 'left';
    expect(parseOptions(undefined).panelSide).toBe('right');
  });
});

describe('panelOpensAtStart: opens by itself only for a blocker not yet dismissed', () => {
  const on = DEFAULTS;
  const off = { ...DEFAULTS, autoOpen: false } as const;
  const always = { ...DEFAULTS, panelTab: 'always' } as const;
  const never = { ...DEFAULTS, panelTab: 'never' } as const;
  const fresh = { open: true, dismissed: [] };
  const wide = 1280;
  // [options, stored panel state, situation, viewport width, opens]
  it.each([
    // A blocker seen for the first time opens the panel, once.
    [on, fresh, 'no-unit', wide, true],
    [on, fresh, 'no-habilitation', wide, true],
    [on, fresh, 'no-structure', wide, true],
    [always, fresh, 'no-habilitation', wide, true],
    // Whether or not the panel was collapsed before: a new blocker is news.
    [on, { open: false, dismissed: ['no-unit'] }, 'no-habilitation', wide, true],
    // Closed on that blocker: never again by itself, whatever the page.
    [on, { open: false, dismissed: ['no-habilitation'] }, 'no-habilitation', wide, false],
    [on, { open: true, dismissed: ['no-unit', 'no-habilitation'] }, 'no-unit', wide, false],
    // The login page and the public home (no-account) ask rather than state: the tab.
    [on, fresh, 'no-account', wide, false],
    // Nothing missing (how-to-request), or nothing known (unknown): the tab.
    [on, fresh, 'how-to-request', wide, false],
    [on, fresh, 'unknown', wide, false],
    // « Le panneau reste réduit » or « Onglet : jamais »: never by itself.
    [off, fresh, 'no-habilitation', wide, false],
    [never, fresh, 'no-habilitation', wide, false],
    // A narrow window (half a laptop screen): always a tab.
    [on, fresh, 'no-unit', 800, false],
    [on, fresh, 'no-unit', 1023, false],
    [on, fresh, 'no-unit', 1024, true],
  ] as const)('%j, stored %j, %s at %i px → opens: %s', (options, panel, situation, viewportWidth, opens) => {
    expect(
      panelOpensAtStart(options, { ...panel, dismissed: [...panel.dismissed] }, { situation, viewportWidth }),
    ).toBe(opens);
  });
});

describe('closedOn: closing the panel on a blocker dismisses it for good', () => {
  it('adds the blocker once, and collapses', () => {
    const once = closedOn({ open: true, dismissed: [] }, 'no-habilitation');
    expect(once).toEqual({ open: false, dismissed: ['no-habilitation'] });
    expect(closedOn({ ...once, open: true }, 'no-habilitation')).toEqual(once);
    expect(closedOn(once, 'no-unit')).toEqual({ open: false, dismissed: ['no-habilitation', 'no-unit'] });
  });

  it('dismisses nothing for a situation that is not a blocker', () => {
    for (const situation of ['no-account', 'how-to-request', 'unknown'] as const)
      expect(closedOn({ open: true, dismissed: ['no-unit'] }, situation)).toEqual({
        open: false,
        dismissed: ['no-unit'],
      });
  });

  it('then the blocker no longer opens the panel by itself, a new one still does', () => {
    const panel = closedOn({ open: true, dismissed: [] }, 'no-unit');
    const start = (situation: 'no-unit' | 'no-habilitation') => ({ situation, viewportWidth: 1280 });
    expect(panelOpensAtStart(DEFAULTS, panel, start('no-unit'))).toBe(false);
    expect(panelOpensAtStart(DEFAULTS, panel, start('no-habilitation'))).toBe(true);
  });
});

describe('tabInPage: the tab, by the setting and what is left to do', () => {
  it.each([
    ['until-done', 4, true],
    ['until-done', 1, true],
    ['until-done', 0, false],
    ['always', 0, true],
    ['always', 2, true],
    ['never', 4, false],
    ['never', 0, false],
  ] as const)('%s with %i left → in the page: %s', (mode, left, shown) => {
    expect(tabInPage(mode, left)).toBe(shown);
  });
});

describe('staysOut: the script stays out of a page only when nothing is left and the page cannot say otherwise', () => {
  it('stays out of the dashboard, the login page, the public home and a request once all four are met', () => {
    for (const kind of ['dashboard', 'login', 'public-home', 'request'] as const)
      expect(`${kind}: ${staysOut('until-done', 0, kind)}`).toBe(`${kind}: true`);
  });

  it('always reads a page that can show a prerequisite missing, or whose kind only its headings tell', () => {
    for (const kind of ['account', 'establishment', 'other'] as const)
      expect(`${kind}: ${staysOut('until-done', 0, kind)}`).toBe(`${kind}: false`);
  });

  it('comes in whenever the tab would be in the page: something left, or the setting « toujours »', () => {
    for (const kind of PAGE_KINDS) {
      expect(staysOut('until-done', 1, kind)).toBe(false);
      expect(staysOut('always', 0, kind)).toBe(false);
    }
  });

  it('with the setting « jamais », stays out of the same pages whatever is left', () => {
    expect(staysOut('never', 3, 'dashboard')).toBe(true);
    expect(staysOut('never', 3, 'account')).toBe(false);
  });
});

describe('the options kept in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readOptions()).toEqual(DEFAULTS);
  });

  it('keeps what was saved, under the key "options", known fields only', async () => {
    await saveOptions({ panelSide: 'left', autoOpen: false, panelTab: 'never', extra: 1 } as never);
    expect(await readOptions()).toEqual({ panelSide: 'left', autoOpen: false, panelTab: 'never' });
    expect(await fakeBrowser.storage.local.get('options')).toEqual({
      options: { panelSide: 'left', autoOpen: false, panelTab: 'never' },
    });
  });

  it('reads a corrupted value as the defaults, without throwing', async () => {
    await fakeBrowser.storage.local.set({ options: 'à gauche' });
    expect(await readOptions()).toEqual(DEFAULTS);
  });

  it('tells a watcher about changes to the options only, and stops when asked', async () => {
    const seen: unknown[] = [];
    const unwatch = watchOptions((options) => seen.push(options));
    await fakeBrowser.storage.local.set({ checklist: { ticked: {} } });
    await saveOptions({ ...DEFAULTS, panelSide: 'left' });
    await fakeBrowser.storage.local.remove('options');
    unwatch();
    await saveOptions({ ...DEFAULTS, autoOpen: false });
    expect(seen).toEqual([
      { ...DEFAULTS, panelSide: 'left' },
      // Removed (erased): the defaults again.
      DEFAULTS,
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

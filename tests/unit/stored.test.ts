// The registry of every stored key (utils/stored.ts): what PRIVACY.md lists, what
// each parser makes of a corrupted value, one migration example per old version, what is watched.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

// The items run their migrations when defined: a fresh registry after each test's storage is laid out.
async function loadRegistry() {
  vi.resetModules();
  return import('../../utils/stored');
}

/** The keys in the first column of PRIVACY.md's storage table: `key` or `key` (et `key$`). */
function privacyTableKeys(): { keys: string[]; versioned: string[] } {
  const privacy = readFileSync(resolve(process.cwd(), 'PRIVACY.md'), 'utf8');
  const table = privacy.slice(privacy.indexOf('| Clé'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const firstCells = rows.map((row) => row.split('|')[1] ?? '');
  const names = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
  return {
    keys: names.filter((name) => !name.endsWith('$')),
    versioned: names.filter((name) => name.endsWith('$')).map((name) => name.slice(0, -1)),
  };
}

describe('the registry of stored keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds exactly the keys PRIVACY.md lists, and their version marks', async () => {
    const { STORED } = await loadRegistry();
    const all = Object.values(STORED);
    const table = privacyTableKeys();
    expect(table.keys.length).toBeGreaterThan(0);
    expect(all.map((stored) => stored.key).sort()).toEqual([...table.keys].sort());
    expect(
      all
        .filter((stored) => stored.version !== undefined)
        .map((stored) => stored.key)
        .sort(),
    ).toEqual([...table.versioned].sort());
  });

  const CORRUPTED: [string, unknown][] = [
    ['a string', 'x'],
    ['a number', 42],
    ['null', null],
    ['a list', [1, 'two']],
    ['NaN', Number.NaN],
    ['an object of foreign keys', { foreign: true, __proto__: { polluted: 1 } }],
  ];

  it.each(CORRUPTED)('reads %s under any key as that key’s default, without throwing', async (_name, raw) => {
    const { STORED } = await loadRegistry();
    const names = Object.keys(STORED) as (keyof typeof STORED)[];
    expect(names.length).toBe(7);
    for (const name of names) {
      const stored = STORED[name];
      await fakeBrowser.storage.local.set({ [stored.key]: raw });
      expect(stored.parse(raw), name).toEqual(stored.parse(undefined));
      expect(await stored.read(), name).toEqual(stored.parse(stored.item.fallback));
    }
  });

  it('reads several items in one go, each parsed, a versioned one through its item', async () => {
    await fakeBrowser.storage.local.set({
      learnt: { hasUnit: { value: true, at: 1 }, structureName: 'Centre Secret' },
      panel: 'réduit',
      checklist: ['user-account'],
      checklist$: { v: 1 },
    });
    const { readStored } = await loadRegistry();
    expect(await readStored(['learnt', 'panel', 'chosenSituation', 'checklist'])).toEqual({
      learnt: { hasUnit: { value: true, at: 1 } },
      panel: { open: true, dismissed: [] },
      chosenSituation: null,
      checklist: { ticked: { 'user-account': true } },
    });
  });

  it('calls a watcher once per change of a watched item, never for the others, until stopped', async () => {
    const { watchStored } = await loadRegistry();
    const changed = vi.fn();
    const stop = watchStored(['checklist', 'learnt'], changed);
    await fakeBrowser.storage.local.set({ options: { panelSide: 'left', autoOpen: true } });
    await fakeBrowser.storage.session.set({ learnt: 'not the local area' });
    expect(changed).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ learnt: {} });
    await fakeBrowser.storage.local.set({ checklist: { ticked: {} }, panel: { open: true } });
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    await fakeBrowser.storage.local.set({ learnt: { hasAccount: { value: true, at: 1 } } });
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stops watching without throwing once the extension was reloaded under the page', async () => {
    const { STORED, watchStored } = await loadRegistry();
    const stopOptions = STORED.options.watch(() => {});
    const stopBadge = watchStored(['checklist'], () => {});
    const invalidated = () => {
      throw new Error('Extension context invalidated.');
    };
    vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(invalidated);
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(invalidated);
    expect(stopOptions).not.toThrow();
    expect(stopBadge).not.toThrow();
    vi.restoreAllMocks();
  });
});

/**
 * One example per old version of each versioned item: what an older extension left in storage,
 * and what the migrations make of it.
 */
const MIGRATION_EXAMPLES: Record<string, Record<number, { stored: unknown; migrated: unknown }>> = {
  checklist: {
    1: {
      stored: ['structure-described', 'user-habilitation', 'not-a-prerequisite'],
      migrated: { ticked: { 'structure-described': true, 'user-habilitation': true } },
    },
  },
  drafts: {
    1: {
      stored: { 'no-unit': { values: { unitName: 'ELSA' }, referents: [] } },
      migrated: { 'no-unit': { values: { unitName: 'ELSA' }, referents: [], savedAt: NOW } },
    },
  },
};

describe('migrations: one example per old version', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('has an example for every old version of every versioned item', async () => {
    const { STORED } = await loadRegistry();
    const expected = Object.values(STORED).flatMap((stored) =>
      Array.from({ length: (stored.version ?? 1) - 1 }, (_, at) => `${stored.key} v${at + 1}`),
    );
    const examples = Object.entries(MIGRATION_EXAMPLES).flatMap(([key, byVersion]) =>
      Object.keys(byVersion).map((version) => `${key} v${version}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(examples.sort()).toEqual(expected.sort());
  });

  const cases = Object.entries(MIGRATION_EXAMPLES).flatMap(([key, byVersion]) =>
    Object.entries(byVersion).map(([version, example]) => [key, Number(version), example] as const),
  );

  it.each(cases)('%s from version %i', async (key, version, { stored, migrated }) => {
    await fakeBrowser.storage.local.set({ [key]: stored, [`${key}$`]: { v: version } });
    const { STORED } = await loadRegistry();
    const item = Object.values(STORED).find((candidate) => candidate.key === key);
    if (!item) throw new Error(`no stored item with the key ${key}`);
    await item.item.migrate();
    const after = await fakeBrowser.storage.local.get([key, `${key}$`]);
    expect(after).toEqual({ [key]: migrated, [`${key}$`]: { v: item.version } });
    expect(await item.read()).toEqual(item.parse(migrated));
  });
});

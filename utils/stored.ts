// Every key the extension keeps, each a WXT storage item with its parser, default, version and
// migrations: the stores read and write through it, the badge and the pages watch its keys, and
// « Effacer toutes mes données » erases exactly it. PRIVACY.md lists the same keys (docs test).
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  CHECKLIST_VERSION,
  type Checklist,
  defaultChecklist,
  migrateChecklistV1,
  parseChecklist,
} from '../content/checklist';
import { DRAFTS_VERSION, migrateDraftsV1, parseDrafts, type StoredDrafts } from '../content/compose/drafts';
import { type MyDetails, parseMyDetails } from '../content/compose/my-details';
import { type Learnt, parseLearnt } from '../content/learnt';
import { defaultOptions, type Options, parseOptions } from '../content/options';
import {
  type ChosenSituation,
  type PanelState,
  parseChosenSituation,
  parsePanelState,
} from '../content/session';

type LocalKey = `local:${string}`;

interface StoredItemOptions<T> {
  fallback: T;
  peek?: (raw: unknown) => T;
  version?: number;
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** One stored value: its WXT item, and the parser that turns whatever is stored into a valid value. */
export interface Stored<T> {
  /** The key in browser.storage.local (its version, if any, is kept under key + '$'). */
  key: string;
  version?: number;
  item: WxtStorageItem<T, Record<string, unknown>>;
  parse: (raw: unknown) => T;
  /**
   * For a versioned value: its raw stored value, of any version, as a value, without running the
   * migrations (which log into the console of the page a content script runs in).
   */
  peek?: (raw: unknown) => T;
  /** The stored value, parsed: a missing, corrupted or foreign value gives the default, never a throw. */
  read: () => Promise<T>;
  /** Calls back with the parsed value after each change (the default once removed). */
  watch: (onChange: (value: T) => void) => () => void;
  /** Stores a value (through the item when versioned, so its version mark is kept with it). */
  set(value: T): Promise<void>;
  remove: () => Promise<void>;
}

/** An unwatch that never throws: once the extension is reloaded under a page, every browser.* call does. */
function quietly(unwatch: () => void): () => void {
  return () => {
    try {
      unwatch();
    } catch {
      // Orphaned: the listener went with the extension.
    }
  };
}

function defineStored<T>(
  key: LocalKey,
  parse: (raw: unknown) => T,
  options: StoredItemOptions<T>,
): Stored<T> {
  // Defined on first use, and only used for a versioned value: defining a WXT item reads its key
  // at once (and runs its migrations), a storage round trip each that a page load would pay for
  // values it reads in one call anyway. An unversioned value is read, watched and written by key.
  let item: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const versioned = options.version !== undefined;
  const stored: Stored<T> = {
    key: key.slice('local:'.length),
    version: options.version,
    peek: options.peek,
    get item() {
      item ??= storage.defineItem<T>(key, options);
      return item;
    },
    parse,
    async read() {
      try {
        return parse(versioned ? await stored.item.getValue() : await storage.getItem(key));
      } catch {
        return parse(undefined);
      }
    },
    watch: (onChange) =>
      quietly(
        versioned
          ? stored.item.watch((value) => onChange(parse(value)))
          : storage.watch(key, (value) => onChange(parse(value))),
      ),
    set: (value) => (versioned ? stored.item.setValue(value) : storage.setItem(key, value)),
    remove: () => (versioned ? stored.item.removeValue() : storage.removeItem(key)),
  };
  return stored;
}

export const STORED = {
  checklist: defineStored<Checklist>('local:checklist', parseChecklist, {
    fallback: defaultChecklist(),
    version: CHECKLIST_VERSION,
    migrations: { 2: migrateChecklistV1 },
    // Either version's shape: a list of ids (1) or the ticks (2).
    peek: migrateChecklistV1,
  }),
  learnt: defineStored<Learnt>('local:learnt', parseLearnt, { fallback: {} }),
  chosenSituation: defineStored<ChosenSituation | null>(
    'local:chosenSituation',
    (raw) => parseChosenSituation(raw) ?? null,
    { fallback: null },
  ),
  panel: defineStored<PanelState>('local:panel', parsePanelState, { fallback: parsePanelState(undefined) }),
  options: defineStored<Options>('local:options', parseOptions, { fallback: defaultOptions() }),
  drafts: defineStored<StoredDrafts>('local:drafts', (raw) => parseDrafts(raw, Date.now()).drafts, {
    fallback: {},
    version: DRAFTS_VERSION,
    migrations: { 2: (v1: unknown) => migrateDraftsV1(v1, Date.now()) },
  }),
  myDetails: defineStored<MyDetails>('local:myDetails', parseMyDetails, { fallback: {} }),
} as const;

export type StoredName = keyof typeof STORED;

const ALL: readonly Stored<unknown>[] = Object.values(STORED);

/** The storage keys of the named items, as browser.storage.local names them. */
export function keysOf(names: readonly StoredName[]): string[] {
  return names.map((name) => STORED[name].key);
}

type ValueOf<N extends StoredName> = ReturnType<(typeof STORED)[N]['parse']>;

/** The parsed values of the named items, as `readStored` gives them. */
export type StoredValues<N extends StoredName> = { [K in N]: ValueOf<K> };

/**
 * Reads the named items, each value parsed: the items without a version in one storage call, a
 * versioned one through its item, which waits for its migrations; with `peek`, a versioned one
 * that can be read as stored is read in the same call, and its migrations left to the pages.
 */
export async function readStored<const N extends StoredName>(
  names: readonly N[],
  { peek = false } = {},
): Promise<StoredValues<N>> {
  const byKey = (name: StoredName) =>
    STORED[name].version === undefined || (peek && STORED[name].peek !== undefined);
  const plain = names.filter(byKey);
  let values: Record<string, unknown> = {};
  try {
    const read = await storage.getItems(plain.map((name) => `local:${STORED[name].key}` as const));
    values = Object.fromEntries(read.map(({ key, value }) => [key.slice('local:'.length), value]));
  } catch {
    // Unreadable storage reads as nothing stored: the defaults.
  }
  const entries = await Promise.all(
    names.map(async (name) => {
      const stored: Stored<unknown> = STORED[name];
      if (!byKey(name)) return [name, await stored.read()];
      const raw = values[stored.key];
      return [name, stored.version !== undefined && stored.peek ? stored.peek(raw) : stored.parse(raw)];
    }),
  );
  return Object.fromEntries(entries) as StoredValues<N>;
}

/** Calls back once per change that touches any of the named items (one listener for them all). */
export function watchStored(names: readonly StoredName[], onChange: () => void): () => void {
  const keys = keysOf(names);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return quietly(() => browser.storage.onChanged.removeListener(listener));
}

/** Removes every stored item and its version mark: everything the extension keeps. */
export async function removeAllStored(): Promise<void> {
  // By key, not through the items: defining an item here would start its migrations, whose write
  // could land after the erase.
  await storage.removeItems(
    ALL.map((stored) => ({ key: `local:${stored.key}` as const, options: { removeMeta: true } })),
  );
}

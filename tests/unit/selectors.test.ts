// Each selector alternative and each label against the saved pages, with the count it must find there
// (the Refined GitHub selectors test, on fixtures kept in the repo). The counts sit beside each list
// (`<list>_`), in selectors.ts for the shared vocabulary and in each recogniser's own file
// (content/viatrajectoire/banner/, tabs/); this file loops over every list exported there, so none
// goes untested.
import { describe, expect, it } from 'vitest';
import { matchesNameLabel, matchesTitle, normalizeLabel } from '../../content/viatrajectoire/normalize';
import * as selectors from '../../content/viatrajectoire/selectors';
import { labelLists, type SelectorExamples, selectorLists } from '../../content/viatrajectoire/selectors';
import { fixtureDocument, fixtureNames } from './fixture-pages';

type LabelList = keyof typeof labelLists;

/** Exported arrays that are not looked up in a page as they are, and why. */
const NOT_LOOKED_UP: Readonly<Record<string, string>> = {
  activeTabClasses: 'class tokens of a selected tab, checked on the tab variants (variants.test.ts)',
  CREATING_HABILITATIONS: 'creatingHabilitationLabels normalized',
};

/**
 * Labels no saved page shows yet (guesses, or guide names no fixture holds): untested, so listed here
 * until a page is saved with them. Once an example finds one, the test asks to remove it.
 */
const NOT_YET_SEEN: Readonly<Partial<Record<LabelList, readonly string[]>>> = {
  emptyStateLabels: ['Aucune donnée', 'Aucun élément'],
  unitColumnLabels: ['Service'],
  creatingHabilitationLabels: ['Prescripteur médical', 'Gestionnaire administratif et social'],
};

const exported = selectors as unknown as Record<string, unknown>;

/** Each recogniser's file: the selector lists it exports, each with its `<list>_` examples beside it. */
const recogniserModules = import.meta.glob<Record<string, unknown>>(
  '../../content/viatrajectoire/{banner,tabs}/*.ts',
  { eager: true },
);
/** Exported arrays of a recogniser's file that are not selectors, and why. */
const RECOGNISER_NOT_LOOKED_UP: Readonly<Record<string, string>> = {
  BANNER_RECOGNISERS: 'the table of banner recognisers',
  TAB_KITS: 'the table of tab kits',
  BANNER_VOCABULARY: 'every banner recogniser’s selectors, gathered for the report’s dictionary',
  TAB_VOCABULARY: 'every tab kit’s selectors and classes, gathered for the report’s dictionary',
  BOOTSTRAP_ACTIVE: 'class tokens of a selected tab, checked on the tab variants (variants.test.ts)',
  MATERIAL_ACTIVE: 'class tokens of a selected tab, checked on the tab variants (variants.test.ts)',
  PRIME_ACTIVE: 'class tokens of a selected tab, checked on the tab variants (variants.test.ts)',
};
const recogniserLists: Record<string, readonly string[]> = {};
const recogniserExamples: Record<string, SelectorExamples> = {};
for (const [file, module] of Object.entries(recogniserModules)) {
  for (const [name, value] of Object.entries(module)) {
    if (name.endsWith('_') || !Array.isArray(value) || name in RECOGNISER_NOT_LOOKED_UP) continue;
    const examples = module[`${name}_`];
    if (examples === undefined) throw new Error(`${file}: ${name} has no ${name}_ beside it`);
    recogniserLists[name] = value as string[];
    recogniserExamples[name] = examples as SelectorExamples;
  }
}
/** Every selector list: the shared ones and each recogniser's. */
const allSelectorLists: Record<string, readonly string[]> = { ...selectorLists, ...recogniserLists };

function examplesOf(list: string): SelectorExamples {
  const examples = recogniserExamples[list] ?? exported[`${list}_`];
  if (examples === undefined) throw new Error(`selectors.ts: ${list} has no ${list}_ beside it`);
  return examples as SelectorExamples;
}

/** `'page'` or `'page scope'`: the fixture, and the rest as a selector. */
function parseKey(key: string): { fixture: string; scope: string | undefined } {
  const space = key.indexOf(' ');
  return space === -1
    ? { fixture: key, scope: undefined }
    : { fixture: key.slice(0, space), scope: key.slice(space + 1) };
}

/** Every (list, entry, page key, count) of the examples of these lists. */
function rowsOf(lists: Record<string, readonly string[]>) {
  return Object.keys(lists).flatMap((list) =>
    Object.entries(examplesOf(list)).flatMap(([entry, pages]) =>
      Object.entries(pages).map(([key, count]) => ({ list, entry, key, count })),
    ),
  );
}

describe('every list of selectors.ts is tested', () => {
  it('every exported list of strings is a selector list or a label list (or says why not)', () => {
    const lists = Object.entries(exported)
      .filter(([name, value]) => !name.endsWith('_') && Array.isArray(value))
      .map(([name]) => name);
    expect(lists.length).toBeGreaterThan(30);
    expect(Object.keys(recogniserLists).length).toBeGreaterThan(15);
    const untested = lists.filter(
      (name) => !(name in selectorLists) && !(name in labelLists) && !(name in NOT_LOOKED_UP),
    );
    expect(untested, 'add these to selectorLists or labelLists, with their examples').toEqual([]);
  });

  const lists = [...Object.entries(allSelectorLists), ...Object.entries(labelLists)].flatMap(
    ([list, entries]) => entries.map((entry) => ({ list, entry })),
  );
  it.each(lists)('$list: « $entry » finds something in a saved page', ({ list, entry }) => {
    const pages = examplesOf(list)[entry];
    if (NOT_YET_SEEN[list as LabelList]?.includes(entry)) {
      expect(
        Object.values(pages ?? {}).some((count) => count > 0),
        `a page shows « ${entry} » now: remove it from NOT_YET_SEEN`,
      ).toBe(false);
      return;
    }
    expect(pages, `selectors.ts ${list}_ has no examples for « ${entry} »`).toBeDefined();
    expect(
      Object.values(pages ?? {}).some((count) => count > 0),
      `selectors.ts ${list}_: add a page where « ${entry} » finds something`,
    ).toBe(true);
  });

  it.each(
    [...Object.entries(allSelectorLists), ...Object.entries(labelLists)].map(([list, entries]) => ({
      list,
      entries,
    })),
  )('$list_ gives examples only for entries of $list', ({ list, entries }) => {
    const stale = Object.keys(examplesOf(list)).filter((entry) => !entries.includes(entry));
    expect(stale, `selectors.ts ${list}_: no longer in ${list}`).toEqual([]);
  });
});

function count(fixture: string, selector: string, within?: string): number {
  const doc = fixtureDocument(fixture);
  const scope = within === undefined ? doc : doc.querySelector(within);
  if (scope === null) throw new Error(`${within} not found in fixture ${fixture}`);
  return scope.querySelectorAll(selector).length;
}

describe('selector alternatives on the fixtures', () => {
  const rows = rowsOf(allSelectorLists);
  it('has examples to run', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it.each(rows)('$list: $entry finds $count in $key', ({ list, entry, key, count: expected }) => {
    const { fixture, scope } = parseKey(key);
    expect(fixtureNames, `fixture ${fixture} is not in pages.json`).toContain(fixture);
    expect(count(fixture, entry, scope), `${list}: ${entry} in ${key}`).toBe(expected);
  });

  const alternatives = Object.entries(allSelectorLists).flatMap(([list, entries]) =>
    entries.map((alternative) => ({ list, alternative })),
  );
  it.each(alternatives)('$list: $alternative is a valid selector', ({ alternative }) => {
    expect(() => document.querySelectorAll(alternative)).not.toThrow();
  });
});

/** Label lists that yield a name: compared exactly (matchesNameLabel); every other list is a title (matchesTitle). */
const NAME_LABEL_LISTS: readonly LabelList[] = ['structureLabels', 'unitLabels'];

// How the reader compares (content/viatrajectoire/normalize.ts): the same functions, one label at a time.
const matches = (list: LabelList, text: string, label: string): boolean =>
  NAME_LABEL_LISTS.includes(list) ? matchesNameLabel(text, [label]) : matchesTitle(text, [label]);

describe('labels on the fixtures', () => {
  const rows = rowsOf(labelLists);
  it('has examples to run', () => {
    expect(rows.length).toBeGreaterThan(25);
  });

  it.each(rows)(
    '$list: « $entry » appears $count time(s) in $key',
    ({ list, entry, key, count: expected }) => {
      const { fixture, scope: candidates } = parseKey(key);
      expect(fixtureNames, `fixture ${fixture} is not in pages.json`).toContain(fixture);
      expect(candidates, `${list}_: « ${key} » names no candidates`).toBeDefined();
      const found = Array.from(fixtureDocument(fixture).querySelectorAll(candidates ?? '')).filter(
        (element) => matches(list as LabelList, element.textContent ?? '', entry),
      );
      expect(found.length, `${list}: « ${entry} » among ${candidates} in ${fixture}`).toBe(expected);
    },
  );

  it('lists the three creating habilitations of the SESAN guide', () => {
    expect(labelLists.creatingHabilitationLabels.map(normalizeLabel)).toEqual([
      'prescripteur medical',
      'equipe soignante',
      'gestionnaire administratif et social',
    ]);
  });
});

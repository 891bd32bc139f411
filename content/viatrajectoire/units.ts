// The fiche établissement's « Unités de soins »: whether it lists a unit, a boolean.

import { all } from './dom';
import { matchesTitle } from './normalize';
import { listItems, lists, tabLists, tables, unitColumnLabels } from './selectors';
import { cardRecords, hasEmptyMessage, readTable, type TableVia, tableVia } from './tables';

/** Whether the section lists a unit, and which way of writing said so; undefined while it says nothing yet. */
export function unitsListedIn(section: Element): { listed: boolean; via: TableVia } | undefined {
  let emptyTable: Element | undefined;
  for (const table of all(section, tables)) {
    const found = readTable(table);
    if (found.rows.length > 0) return { listed: true, via: tableVia(table) };
    if (found.empty) emptyTable ??= table;
  }
  const listed = all(section, lists).some(
    (list) => list.closest(tabLists.join(', ')) === null && all(list, listItems).length > 0,
  );
  if (listed) return { listed: true, via: 'list' };
  // A card per unit: one with a unit label is a unit listed.
  if (cardRecords(section).some((card) => card.labels.some((label) => matchesTitle(label, unitColumnLabels))))
    return { listed: true, via: 'cards' };
  if (emptyTable) return { listed: false, via: tableVia(emptyTable) };
  if (hasEmptyMessage(section)) return { listed: false, via: 'empty-message' };
  return undefined;
}

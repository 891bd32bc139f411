// Tables, cards and "nothing here" messages, as the account's habilitations and the fiche's units
// are written: a table (HTML, role=table/grid, mat-table), one card per record, or a message.

import { all, first, inPatientZone, textOf } from './dom';
import { startsWithLabel } from './normalize';
import {
  bodyRows,
  cardLabels,
  cards,
  cells,
  columnHeaders,
  emptyStateCandidates,
  emptyStateLabels,
} from './selectors';

/** How a table or list was written, for « Ce que l'extension a compris » and the report. */
export type TableVia =
  | 'table'
  | 'role=table'
  | 'role=grid'
  | 'mat-table'
  | 'cards'
  | 'list'
  | 'empty-message';

export interface TableReading {
  /** The header row's labels, in column order; [] when the table has no header row. */
  columns: string[];
  /** Data rows as their cells, each with as many cells as there are columns. */
  rows: Element[][];
  /** A "nothing here" message row is shown. */
  empty: boolean;
}

const CELL = cells.join(', ');
const COLUMN_HEADER = columnHeaders.join(', ');

function tableColumns(table: Element): { headerRow: Element | undefined; columns: string[] } {
  const headerRow = first(table, columnHeaders)?.parentElement ?? undefined;
  const columns = headerRow
    ? Array.from(headerRow.children)
        .filter((cell) => cell.matches(COLUMN_HEADER))
        .map(textOf)
    : [];
  return { headerRow, columns };
}

/** `wanted` decides from the header labels whether the rows are worth reading at all. */
export function readTable(table: Element, wanted: (columns: string[]) => boolean = () => true): TableReading {
  const { headerRow, columns } = tableColumns(table);
  const rows: Element[][] = [];
  if (!wanted(columns)) return { columns, rows, empty: false };
  let empty = false;
  for (const row of new Set(all(table, bodyRows))) {
    if (row === headerRow || inPatientZone(row)) continue;
    const rowCells = Array.from(row.children).filter((cell) => cell.matches(CELL));
    if (rowCells.length === 0) continue;
    const expected = columns.length > 0 ? columns.length : rowCells.length;
    const spans = rowCells.some((cell) => Number(cell.getAttribute('colspan') ?? '1') > 1);
    if (rowCells.length === expected && !spans) {
      rows.push(rowCells);
    } else if (rowCells.some((cell) => startsWithLabel(textOf(cell), emptyStateLabels))) {
      empty = true;
    }
  }
  return { columns, rows, empty };
}

export function tableVia(table: Element): TableVia {
  const role = table.getAttribute('role');
  if (table.localName === 'mat-table' || table.hasAttribute('mat-table')) return 'mat-table';
  if (role === 'grid' || role === 'table') return `role=${role}`;
  return 'table';
}

const CARDS = cards.join(', ');
const CARD_LABELS = cardLabels.join(', ');

/** The cards of a section (innermost ones), each as its labels and their value elements, in order. */
export function cardRecords(section: Element): { labels: string[]; values: Element[] }[] {
  const records: { labels: string[]; values: Element[] }[] = [];
  for (const card of all(section, cards)) {
    if (inPatientZone(card) || card.querySelector(CARDS) !== null) continue;
    const labels: string[] = [];
    const values: Element[] = [];
    for (const label of all(card, cardLabels)) {
      const value = label.nextElementSibling;
      if (value === null || value.matches(CARD_LABELS)) continue;
      labels.push(textOf(label));
      values.push(value);
    }
    if (labels.length > 0) records.push({ labels, values });
  }
  return records;
}

export function hasEmptyMessage(section: Element): boolean {
  return all(section, emptyStateCandidates).some(
    (element) => !inPatientZone(element) && startsWithLabel(textOf(element), emptyStateLabels),
  );
}

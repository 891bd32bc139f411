// The account page's « Mes habilitations »: each row as closed values only, the habilitation it
// names (one of the guide's, by id, or 'other') and whether it names a unit. No cell's text leaves.

import { HABILITATION_NAMES, type HabilitationId } from '../guide/ids';
import { all, collapse, inPatientZone, textOf } from './dom';
import { labelWords, matchesTitle } from './normalize';
import { accountHeadingLabels, habilitationColumnLabels, tables, unitColumnLabels } from './selectors';
import { cardRecords, hasEmptyMessage, readTable, type TableVia, tableVia } from './tables';
import type { HeadingVia } from './tabs';

/** One row of the user's own "Mes habilitations" table, as values the extension ships. */
export interface HabilitationRow {
  /** The guide's habilitation the row names, or 'other' for any other one. */
  habilitation: HabilitationId | 'other';
  /** The row names a unit (its unit cell is not empty). */
  hasUnit: boolean;
}

/** The spellings a real table may use: accents, case and spaces are ignored, and « & » is « et ». */
const words = (text: string): string => ` ${labelWords(text.replace(/&/gu, ' et '))} `;

const HABILITATION_PHRASES = (Object.entries(HABILITATION_NAMES) as [HabilitationId, string][]).map(
  ([id, name]) => [id, words(name)] as const,
);

/** The guide's habilitation a cell names, inside a longer text too (« Sanitaire - Equipe soignante »). */
export function habilitationIn(text: string): HabilitationId | 'other' {
  const cell = words(text);
  return HABILITATION_PHRASES.find(([, phrase]) => cell.includes(phrase))?.[0] ?? 'other';
}

export interface HabilitationsFound {
  heading?: HeadingVia;
  /** The rows; [] when the table says it is empty; undefined while it has not rendered. */
  rows?: HabilitationRow[];
  via?: TableVia;
}

/** Rows from columns found by label; undefined when no column is a habilitation. */
function rowsOf(columns: string[], rows: Element[][]): HabilitationRow[] | undefined {
  const column = (labels: readonly string[]): number =>
    columns.findIndex((label) => matchesTitle(label, labels));
  const habilitationColumn = column(habilitationColumnLabels);
  if (habilitationColumn < 0) return undefined;
  const unitColumn = column(unitColumnLabels);
  const filled = (cells: Element[], index: number): boolean => {
    const cell = index < 0 ? undefined : cells[index];
    return cell !== undefined && collapse(textOf(cell)) !== '';
  };
  return rows
    .filter((cells) => filled(cells, habilitationColumn))
    .map((cells) => ({
      habilitation: habilitationIn(textOf(cells[habilitationColumn] as Element)),
      hasUnit: filled(cells, unitColumn),
    }));
}

export function readHabilitations(
  doc: Document,
  find: (labels: readonly string[]) => { heading: Element; via?: HeadingVia; section?: Element } | undefined,
): HabilitationsFound {
  const found = find(accountHeadingLabels);
  const section = found?.section;
  const result: HabilitationsFound = found?.via === undefined ? {} : { heading: found.via };
  // Without a section, the account page's own tables (no patient data there) are searched.
  const candidates = all(section ?? doc, tables).filter((table) => !inPatientZone(table));
  const hasHabilitationColumn = (columns: string[]) =>
    columns.some((label) => matchesTitle(label, habilitationColumnLabels));
  for (const table of candidates) {
    // Only the user's habilitations table is read row by row; other tables stop at their header.
    const read = readTable(table, hasHabilitationColumn);
    const rows = rowsOf(read.columns, read.rows);
    if (rows === undefined) continue;
    // A table with no row and no message may still be loading its rows.
    if (rows.length > 0 || read.empty) return { ...result, rows, via: tableVia(table) };
    return result;
  }
  // Cards are only read in the section: anywhere else on the page, a card may be a patient's.
  const cardRows = (section ? cardRecords(section) : []).flatMap(
    (card) => rowsOf(card.labels, [card.values]) ?? [],
  );
  if (cardRows.length > 0) return { ...result, rows: cardRows, via: 'cards' };
  if (section && hasEmptyMessage(section)) return { ...result, rows: [], via: 'empty-message' };
  return result;
}

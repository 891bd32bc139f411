// A name in the banner as a row of a small label/value table (<tr><th>Unité</th><td>…</td></tr>),
// as a WebForms header may lay it out. A guess [I 2026-11].
//
// Tables are otherwise content: this shape alone is read, because a list of records (a patient
// list) has column headers above its rows and a key/value table has none: no thead, no roles, at
// most MAX_KEY_VALUE_ROWS rows, each exactly one th then one td, in a table that itself sits in the
// banner's chrome.

import { all, DATA_ROWS, PATIENT_ZONES, textOf } from '../dom';
import { matchesNameLabel } from '../normalize';
import type { SelectorExamples } from '../selectors';
import { type BannerRecogniser, FIELD_LABELS, nameIn, readableInBanner } from './shared';

/** A key/value table in the banner: each row a label cell then its value cell (th/td). */
export const bannerKeyValueRows = [
  'tr', // [I 2026-11] a small two-column table in a WebForms header; read only in the shape above
];
export const bannerKeyValueRows_: SelectorExamples = {
  tr: { 'establishment-no-unit-bootstrap header': 2 },
};

const MAX_KEY_VALUE_ROWS = 4;
const TABLE_PARTS = 'thead, tfoot, table, [role="columnheader"], [role="row"], [role="grid"], [role="table"]';

const isKeyValueRow = (row: HTMLTableRowElement): boolean =>
  row.children.length === 2 && row.children[0]?.localName === 'th' && row.children[1]?.localName === 'td';

function valueCell(banner: Element, row: Element, labels: readonly string[]): Element | undefined {
  const table = row.closest('table');
  const around = table?.parentElement;
  if (!table || !around || !banner.contains(table) || !readableInBanner(banner, around)) return undefined;
  if (table.matches(DATA_ROWS) || table.querySelector(TABLE_PARTS) !== null) return undefined;
  const rows = Array.from(table.rows);
  if (rows.length > MAX_KEY_VALUE_ROWS || !rows.every(isKeyValueRow)) return undefined;
  const [label, value] = Array.from(row.children);
  if (!label || !value || value.querySelector(PATIENT_ZONES) !== null) return undefined;
  return matchesNameLabel(textOf(label), labels) ? value : undefined;
}

export const keyValueTable: BannerRecogniser = {
  vocabulary: bannerKeyValueRows,
  find(banner, field) {
    for (const row of all(banner, bannerKeyValueRows)) {
      const value = valueCell(banner, row, FIELD_LABELS[field]);
      const text = value === undefined ? undefined : nameIn(value);
      if (text !== undefined) return { text, via: 'th/td' };
    }
    return undefined;
  },
};

import type { TableName } from './caseload.ts';
import { presentDate, type DateStyle } from './present-date.ts';
import { isBlankValue } from './is-blank-value.ts';
import { sameValue } from './same-record.ts';
import type { TableColumn } from './table-column.ts';
import { tableSpec } from './tables/index.ts';

/** One field a write would change, in the words people read: the column header, the old and new values. */
export interface FieldChange {
  /** The record key (for code only; never shown). */
  key: string;
  /** The column header people read ("Last Name"). */
  header: string;
  /** The value as stored, as people read it; {@link BLANK_VALUE} when there is none. */
  before: string;
  /** The value the write would store, as people read it; {@link BLANK_VALUE} when it would be empty. */
  after: string;
}

/** How an empty value is shown in a change. */
export const BLANK_VALUE = '(blank)';

/** A value as people read it in its column: dates in the chosen style, choices by their label, Yes/No. */
function show(value: unknown, column: TableColumn | undefined, dateStyle: DateStyle): string {
  if (isBlankValue(value)) return BLANK_VALUE;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (typeof value !== 'string') return JSON.stringify(value);
  if (column?.type === 'date') return presentDate(value, dateStyle);
  const choice = column?.choices?.find((c) => c.value === value);
  return choice ? choice.label : value;
}

/** "firstName" → "First name": only for a field no column declares (records are checked, so rare). */
const words = (key: string) => {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/**
 * What writing `after` over `before` would change in a row of `table`, field by field, in the table's
 * column order: each change names the column by its header and gives the old and new values as people
 * read them. Empty strings and missing values count as the same (both blank). Fields neither record has
 * are not listed; identical records give `[]`. The one diff behind the import preview and the page's
 * "Update" offers.
 *
 * @param table the table the rows belong to
 * @param before the row as stored
 * @param after the row a write would store in its place
 * @param options how dates are written (US by default)
 * @example recordChanges('students', { studentId: 'S1', lastName: 'Nunez' }, { studentId: 'S1', lastName: 'Núñez' }) // [{ key: 'lastName', header: 'Last Name', before: 'Nunez', after: 'Núñez' }]
 */
export function recordChanges(
  table: TableName,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  options: { dateStyle?: DateStyle } = {},
): FieldChange[] {
  const dateStyle = options.dateStyle ?? 'us';
  const columns = tableSpec(table).columns as readonly TableColumn[];
  const keys = [...columns.map((c) => c.key), ...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const old = before[key];
    const next = after[key];
    if (sameValue(old, next)) continue;
    const column = columns.find((c) => c.key === key);
    changes.push({ key, header: column?.header ?? words(key), before: show(old, column, dateStyle), after: show(next, column, dateStyle) });
  }
  return changes;
}

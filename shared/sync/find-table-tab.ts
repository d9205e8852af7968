import type { TableName, TableRecord } from '../caseload.ts';
import { isBlankValue } from '../is-blank-value.ts';
import { mapColumns } from '../map-columns.ts';
import { readTableRow } from '../read-table-row.ts';
import { fail, ok, type Result } from '../result.ts';
import { studentIdKey } from '../student-id-key.ts';
import type { TableColumn } from '../table-column.ts';
import type { TableSpec } from '../table-spec.ts';

/** One readable data row of a table tab. */
export interface TabRow<T extends TableName> {
  /** Sheet row number (1-based). */
  rowNumber: number;
  record: TableRecord<T>;
}

/** A row of the tab that is left out of syncing until it is fixed in the sheet, and why. */
export interface UnreadableRow {
  rowNumber: number;
  /** The row's id as typed ('' when it has none). */
  id: string;
  /** What is wrong, in a teacher's words. */
  reason: string;
}

/** A table's tab as read through the Sheets API: where each column is, and each row by id. */
export interface TabRecords<T extends TableName> {
  spec: TableSpec<T>;
  title: string;
  /** The header's sheet row (1-based). */
  headerRow: number;
  /** Cells in the header row (the width of a new row). */
  width: number;
  /** Column position → record key, for the table's columns only (the team's other columns are never written). */
  map: Record<number, string>;
  /** Record keys the tab has a column for. */
  keys: string[];
  /** Readable rows by id key ({@link studentIdKey}). */
  rows: Map<string, TabRow<T>>;
  /** Rows with a bad cell, no id, or an id already used above. */
  unreadable: UnreadableRow[];
  /** Id keys of unreadable rows that have an id: never pushed over, pulled or appended again. */
  held: Set<string>;
}

/**
 * The names a table's tab may have in a team's sheet, in the order they are tried (as the add-on names
 * them: its own tab is "Services (Casekeeper)" when the team already had a "Services" tab of their own).
 *
 * @example tableTabTitles({ tab: 'Services' }, ['Services (Casekeeper)', 'Services']) // ['Services', 'Services (Casekeeper)']
 */
export function tableTabTitles(spec: { tab: string }, titles: readonly string[]): string[] {
  const own = `${spec.tab} (Casekeeper)`;
  const candidates = [spec.tab, own, ...titles.filter((t) => t.startsWith(`${own} `)).sort()];
  const present = new Set(titles);
  return candidates.filter((t) => present.has(t));
}


function headerAt(values: readonly (readonly unknown[])[]): number {
  return values.findIndex((row) => row.some((v) => !isBlankValue(v)));
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/**
 * Finds a table's tab among the tabs read (by its name, or the name the add-on gives its own tab beside a
 * team's tab of that name) and reads it as the add-on does: the header row found by the table's headers
 * and aliases, columns in any order, other columns left alone; each row read by the shared row reader and
 * keyed by the table's id. A row with a bad cell is held back (never guessed), so a typo in the sheet
 * never overwrites good data in the panel. Fails, in a teacher's words, when the tab is missing or a
 * required column was renamed.
 *
 * @example findTableTab(tableSpec('services'), new Map([['Services', [['Student ID', 'Service ID', 'Service'], ['S1', 'svc-1', 'Speech']]]])) // ok: one row, svc-1
 */
export function findTableTab<T extends TableName>(spec: TableSpec<T>, tabs: ReadonlyMap<string, readonly (readonly unknown[])[]>): Result<TabRecords<T>> {
  const titles = tableTabTitles(spec, [...tabs.keys()]);
  if (titles.length === 0) {
    return fail('missing-tab', `The sheet has no "${spec.tab}" tab (was it renamed or deleted?), so ${spec.label.toLowerCase()} were not synced. Name the tab "${spec.tab}" again, or open the sheet and choose Casekeeper > Set up tracker.`);
  }
  const columns = spec.columns as readonly TableColumn[];
  const keyHeader = columns.find((c) => c.key === spec.key)?.header ?? spec.key;
  let firstMissing: string[] = [];
  for (const title of titles) {
    const values = tabs.get(title) ?? [];
    const at = headerAt(values);
    const header = (values[at] ?? []).map((h) => String(h ?? '').trim());
    const { map, missingRequired } = mapColumns(columns, header);
    const keys = Object.values(map);
    const missing = [...missingRequired, ...(keys.includes(spec.key) || missingRequired.includes(keyHeader) ? [] : [keyHeader])];
    if (at < 0 || missing.length > 0) {
      if (title === titles[0]) firstMissing = at < 0 ? [keyHeader] : missing;
      continue;
    }
    return ok(readRows(spec, title, values, at, header.length, map));
  }
  const names = quoted(firstMissing);
  return fail(
    'renamed-header',
    `The "${titles[0]}" tab has no ${names} column (renamed or deleted?), so ${spec.label.toLowerCase()} were not synced and nothing in that tab was changed. Put a column headed ${names} back in its header row.`,
  );
}

function readRows<T extends TableName>(spec: TableSpec<T>, title: string, values: readonly (readonly unknown[])[], at: number, width: number, map: Record<number, string>): TabRecords<T> {
  const columns = spec.columns as readonly TableColumn[];
  const keyHeader = columns.find((c) => c.key === spec.key)?.header ?? spec.key;
  const out: TabRecords<T> = { spec, title, headerRow: at + 1, width, map, keys: Object.values(map), rows: new Map(), unreadable: [], held: new Set() };
  const firstRow = new Map<string, number>();
  for (let i = at + 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    const rowNumber = i + 1;
    const raw: Record<string, unknown> = {};
    for (const [position, key] of Object.entries(map)) {
      const cell = cells[Number(position)];
      if (!isBlankValue(cell)) raw[key] = cell;
    }
    if (Object.keys(raw).length === 0) continue;
    const id = isBlankValue(raw[spec.key]) ? '' : String(raw[spec.key]).trim();
    if (id === '') {
      out.unreadable.push({ rowNumber, id, reason: `Row ${rowNumber} has no ${keyHeader} yet, so it was not synced. Choose Casekeeper > Refresh in the sheet to give it one.` });
      continue;
    }
    const idKey = studentIdKey(id);
    const earlier = firstRow.get(idKey);
    if (earlier !== undefined) {
      out.unreadable.push({ rowNumber, id, reason: `Row ${rowNumber}: ${keyHeader} ${id} is already on row ${earlier}; only row ${earlier} is synced until one of them changes.` });
      continue;
    }
    firstRow.set(idKey, rowNumber);
    const reading = readTableRow(spec, raw);
    if (!reading.record || reading.problems.length > 0) {
      const why = reading.problems.map((p) => `${p.column}: ${p.reason}`).join(' ');
      out.unreadable.push({ rowNumber, id, reason: `Row ${rowNumber} (${keyHeader} ${id}) was not synced until it is fixed in the sheet. ${why}`.trim() });
      out.held.add(idKey);
      continue;
    }
    out.rows.set(idKey, { rowNumber, record: reading.record });
  }
  return out;
}

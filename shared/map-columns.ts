import type { TableColumn } from './table-column.ts';

/** Which column each header position holds, and what is missing or unknown. */
export interface ColumnMap<K extends string = string> {
  /** Header position → record key (the first column wins when two name the same field). */
  map: Record<number, K>;
  /** Headers of required columns that are absent. */
  missingRequired: string[];
  /** Headers that name no column (kept as they are, never an error). */
  unknown: string[];
}

/**
 * Lower-cases a header and drops punctuation and spaces: `"Case Mgr."` → `casemgr`. `#` reads as "no"
 * (`"Student #"` → `studentno`), so a plain "Student" (name) column is not taken for the ID.
 *
 * @example normaliseHeader('Follow-up Due') // 'followupdue'
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/[^a-z0-9]/g, '');
}

const LOOKUPS = new WeakMap<readonly TableColumn[], Map<string, TableColumn>>();

/**
 * The column a header names (its header, record key or a known alias), if any.
 *
 * @example findTableColumn(SESSIONS_TABLE.columns, 'Session Date')?.key // 'date'
 */
export function findTableColumn<K extends string>(columns: readonly TableColumn<K>[], header: string): TableColumn<K> | undefined {
  let lookup = LOOKUPS.get(columns);
  if (!lookup) {
    lookup = new Map();
    for (const column of columns) {
      for (const name of [column.header, column.key, ...column.aliases]) {
        const key = normaliseHeader(name);
        if (!lookup.has(key)) lookup.set(key, column);
      }
    }
    LOOKUPS.set(columns, lookup);
  }
  return lookup.get(normaliseHeader(header)) as TableColumn<K> | undefined;
}

/**
 * Maps a header row to record keys by normalised name and known aliases, whatever the order, case or
 * extra columns.
 *
 * @example mapColumns(TRACKER_COLUMNS, ['Case Mgr', 'ID']).map // { 0: 'caseManager', 1: 'studentId' }
 */
export function mapColumns<K extends string>(columns: readonly TableColumn<K>[], headers: readonly unknown[]): ColumnMap<K> {
  const map: Record<number, K> = {};
  const seen = new Set<K>();
  const unknown: string[] = [];
  headers.forEach((header, i) => {
    const column = findTableColumn(columns, String(header ?? ''));
    if (!column) {
      if (String(header ?? '').trim() !== '') unknown.push(String(header));
      return;
    }
    if (seen.has(column.key)) return;
    seen.add(column.key);
    map[i] = column.key;
  });
  const missingRequired = columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  return { map, missingRequired, unknown };
}

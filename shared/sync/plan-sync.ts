import { CASELOAD_TABLES } from '../tables/index.ts';
import type { Caseload, TableName, TableRecord } from '../caseload.ts';
import { fail, ok, type Result } from '../result.ts';
import { studentIdKey } from '../student-id-key.ts';
import type { TableColumn } from '../table-column.ts';
import type { AnyTableSpec, TableSpec } from '../table-spec.ts';
import { compareRows, type Resolution } from './compare-rows.ts';
import { conflictFields, type ConflictField } from './conflict-fields.ts';
import { findTableTab, type TabRecords, type UnreadableRow } from './find-table-tab.ts';
import { planTabWrites, type TabWrites } from './plan-tab-writes.ts';
import { sameRecord } from '../same-record.ts';

type Fields = Record<string, unknown>;

/** What both sides held after the last sync, per table, by id key: only the fields the sheet has columns for. */
export type SyncBase = Partial<Record<TableName, Record<string, Fields>>>;

/** A row changed on both sides, as the teacher sees it. */
export interface SyncConflict {
  table: TableName;
  /** What a teacher calls the table ("Services"). */
  tableLabel: string;
  /** The row's id as typed. */
  id: string;
  /** The key a resolution is given under: {@link conflictKey}. */
  key: string;
  fields: ConflictField[];
}

/** What a sync does with one table. */
export interface TableSync {
  table: TableName;
  label: string;
  /** The tab it syncs with. */
  tab: string;
  pushed: number;
  pulled: number;
  /** Rows to save in the panel: the sheet's version (fields the sheet lacks keep the panel's values). */
  pulls: TableRecord<TableName>[];
  conflicts: SyncConflict[];
  /** Rows held back by a problem in the sheet, in a teacher's words. */
  unreadable: UnreadableRow[];
  /** Removed from the sheet, kept here. */
  keptHere: number;
  /** Deleted here, left in the team's sheet. */
  leftInSheet: number;
  /** Headers of the table's columns the tab does not have (those values stay in the panel only). */
  missingColumns: string[];
}

/** Everything one sync will do, worked out before anything is written. */
export interface SyncPlan {
  tables: { table: TableName; label: string; result: Result<TableSync> }[];
  /** Writes per tab (in-place updates for values.batchUpdate, new rows for values.append). */
  writes: TabWrites[];
  conflicts: SyncConflict[];
  /** The base to keep once the writes succeed. */
  base: SyncBase;
}

/**
 * The key of a conflict's resolution: its table and id key.
 *
 * @example conflictKey('services', 'SVC-1') // 'services:svc-1'
 */
export function conflictKey(table: TableName, id: string): string {
  return `${table}:${studentIdKey(id)}`;
}

function project(record: Readonly<Fields>, keys: readonly string[]): Fields {
  const out: Fields = {};
  for (const k of keys) if (record[k] !== undefined && record[k] !== null && record[k] !== '') out[k] = record[k];
  return out;
}

function tableSync<T extends TableName>(
  spec: TableSpec<T>,
  tabs: ReadonlyMap<string, readonly (readonly unknown[])[]>,
  local: readonly TableRecord<T>[],
  base: Record<string, Fields>,
  resolutions: ReadonlyMap<string, Resolution>,
): Result<{ sync: TableSync; writes: TabWrites; base: Record<string, Fields> }> {
  const found = findTableTab(spec, tabs);
  if (!found.ok) {
    // An empty table the sheet has no tab for is nothing to sync.
    if (found.error.code === 'missing-tab' && local.length === 0) return fail('nothing-to-sync', '');
    return found;
  }
  const tab: TabRecords<T> = found.value;
  const keys = tab.keys.filter((k) => k !== spec.key);
  const localFull = new Map(local.map((r) => [studentIdKey(String((r as Fields)[spec.key])), r as Fields]));
  const localMap = new Map([...localFull].map(([id, r]) => [id, project(r, keys)]));
  const remoteMap = new Map([...tab.rows].map(([id, row]) => [id, project(row.record as Fields, keys)]));
  const baseMap = new Map(Object.entries(base));
  const tableResolutions = new Map<string, Resolution>();
  for (const [key, choice] of resolutions) if (key.startsWith(`${spec.name}:`)) tableResolutions.set(key.slice(spec.name.length + 1), choice);
  const compared = compareRows(baseMap, localMap, remoteMap, { same: (a, b) => sameRecord(a, b, keys), resolutions: tableResolutions, held: tab.held });
  const idOf = (id: string) => String((localFull.get(id) ?? (tab.rows.get(id)?.record as Fields | undefined) ?? {})[spec.key] ?? id);
  const pushes = compared.push.map((p) => ({ id: p.id, record: { ...(localFull.get(p.id) as Fields) } as TableRecord<T> }));
  const writes = planTabWrites(tab, pushes);
  const pulls = compared.pull.map((p) => {
    const mine = localFull.get(p.id);
    const theirs = tab.rows.get(p.id)?.record as Fields;
    if (!mine) return theirs as TableRecord<TableName>;
    // The sheet's values for the columns it has; the panel's own for the columns it lacks; the id as saved here.
    const merged: Fields = { ...mine };
    for (const k of keys) {
      if (theirs[k] === undefined) delete merged[k];
      else merged[k] = theirs[k];
    }
    return merged as TableRecord<TableName>;
  });
  const columns = spec.columns as readonly TableColumn[];
  const conflicts = compared.conflicts.map((c) => ({
    table: spec.name,
    tableLabel: spec.label,
    id: idOf(c.id),
    key: conflictKey(spec.name, c.id),
    fields: conflictFields(columns, c.local, c.remote, keys),
  }));
  const missingColumns = columns.filter((c) => c.key !== spec.key && !tab.keys.includes(c.key) && local.some((r) => (r as Fields)[c.key] !== undefined)).map((c) => c.header);
  return ok({
    sync: {
      table: spec.name,
      label: spec.label,
      tab: tab.title,
      pushed: pushes.length,
      pulled: pulls.length,
      pulls,
      conflicts,
      unreadable: tab.unreadable,
      keptHere: compared.keptHere.length,
      leftInSheet: compared.leftInSheet.length,
      missingColumns,
    },
    writes,
    base: Object.fromEntries(compared.base),
  });
}

/**
 * Plans a sync of the whole caseload with a team's sheet, table by table, from the tabs as read (one
 * batch read), this panel's rows and the last sync's base: which cells to write in the sheet (in place by
 * id, new rows appended, nothing else touched), which rows to save here, and which rows changed on both
 * sides (conflicts: nothing is written for them until the teacher picks a side in `resolutions`). A table
 * that cannot be synced (tab missing, header renamed) fails alone, with the reason, and keeps its base;
 * the others still sync. Pure: the caller does the reading and writing.
 *
 * @example planSync({ tabs, local: caseload, base: {} }).writes[0]?.appends.length // rows of the panel the sheet did not have
 */
export function planSync(input: {
  tabs: ReadonlyMap<string, readonly (readonly unknown[])[]>;
  local: Caseload;
  base: SyncBase;
  resolutions?: ReadonlyMap<string, Resolution>;
}): SyncPlan {
  const plan: SyncPlan = { tables: [], writes: [], conflicts: [], base: {} };
  for (const spec of CASELOAD_TABLES as readonly AnyTableSpec[]) {
    const table = spec.name;
    const before = input.base[table] ?? {};
    const result = tableSync(spec as TableSpec<TableName>, input.tabs, input.local[table] as readonly TableRecord<TableName>[], before, input.resolutions ?? new Map());
    if (!result.ok) {
      if (Object.keys(before).length > 0) plan.base[table] = before;
      if (result.error.code !== 'nothing-to-sync') plan.tables.push({ table, label: spec.label, result });
      continue;
    }
    plan.tables.push({ table, label: spec.label, result: ok(result.value.sync) });
    if (result.value.writes.updates.length > 0 || result.value.writes.appends.length > 0) plan.writes.push(result.value.writes);
    plan.conflicts.push(...result.value.sync.conflicts);
    plan.base[table] = result.value.base;
  }
  return plan;
}

import {
  CASELOAD_TABLES,
  type Result,
  type TableColumn,
  type TableName,
  type TableRecord,
  fail,
  ok,
  readTableCsv,
  tableSpec,
  writeTableCsv,
} from '../../shared/index.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { zoneReader } from '../sheets/read-tracker.ts';
import { findTab } from '../sheets/tab-registry.ts';
import { writeChangedCells } from '../sheets/write-changed-cells.ts';
import { tabLayout } from '../sheets/tab-layouts.ts';
import { type TableTab, ensureRows, readTableTab, rowNotes, writeTableColumns } from '../sheets/table-tab.ts';
import { asTypedText, importCaseload } from './import-csv.ts';
import { refreshCore } from './refresh-deadlines.ts';

/** Largest import accepted (the biggest table, a year of sessions for a big caseload, is a few MB). */
export const MAX_TABLE_IMPORT_CHARS = 8_000_000;

/** The tables a person can pick in the import and export dialogs: name and label. */
export const TABLE_CHOICES: readonly { name: TableName; label: string; tab: string }[] = CASELOAD_TABLES.map((t) => ({ name: t.name, label: t.label, tab: t.tab }));

/**
 * Which table a CSV holds, by its header row: the tables whose required columns are all there, the one
 * with the fewest unknown columns first. When two fit equally well (or none fits), the person is asked
 * to choose.
 *
 * @example pickTable('Session ID,Student ID,Service ID,Date,Minutes,Outcome\n…') // { ok: true, value: 'sessions' }
 */
export function pickTable(text: string, requested?: string): Result<TableName> {
  if (requested) {
    const found = CASELOAD_TABLES.find((t) => t.name === requested);
    return found ? ok(found.name) : fail('unknown-table', `There is no table called "${requested}".`);
  }
  const head = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 1).join('\n');
  const scored = CASELOAD_TABLES.flatMap((spec) => {
    const read = readTableCsv(spec as never, head) as { problems: { code: string }[]; ignoredColumns: string[] };
    if (read.problems.some((p) => p.code === 'missing-column' || p.code === 'empty-file')) return [];
    return [{ name: spec.name, label: spec.label, ignored: read.ignoredColumns.length }];
  }).sort((a, b) => a.ignored - b.ignored);
  const [best, next] = scored;
  if (!best) return fail('unknown-table', 'Nothing was imported. I can\'t tell which table this file is: its header row names none of Casekeeper\'s tables\' required columns. Choose the table in the list and import again.');
  if (next && next.ignored === best.ignored) {
    const tied = scored.filter((s) => s.ignored === best.ignored);
    // Only student columns: a caseload list is by far the likeliest.
    if (tied.some((s) => s.name === 'students')) return ok('students');
    const names = tied.map((s) => s.label);
    return fail('ambiguous-table', `Nothing was imported. This file fits more than one table (${names.join(', ')}). Choose the table in the list and import again.`);
  }
  return ok(best.name);
}

/** The cell Casekeeper writes for a record value (dates as text Sheets reads as a date, choices by label). */
function cellFor(column: TableColumn, value: unknown): string | number {
  if (value === undefined || value === null) return '';
  if (column.type === 'date') return String(value);
  if (column.type === 'number') return Number(value);
  if (column.type === 'boolean') return value ? 'Yes' : 'No';
  if (column.type === 'enum') return column.choices?.find((c) => c.value === value)?.label ?? String(value);
  // Id and time columns are plain-text columns (set-up formats them so): the text goes in as it is.
  if (column.type === 'id' || column.type === 'time') return String(value);
  return asTypedText(String(value));
}

/** Whether a row already holds a record's value for a column. */
function same(tab: TableTab<TableName>, index: number, key: string, value: unknown, position: number): boolean {
  const existing = tab.rows[index]?.record as Record<string, unknown> | undefined;
  if (existing) return String(existing[key] ?? '') === String(value ?? '');
  return String(tab.values[index]?.[position] ?? '').trim() === String(value ?? '').trim();
}

/**
 * Imports a CSV into one table's tab, merged by the table's key: rows with a known key get only the
 * cells that changed (one write per run of neighbouring changed cells), new rows are appended in one
 * batch; a row is never duplicated. Bad cells are reported by CSV row and column and left out. The
 * Caseload table goes through the caseload import (merged by Student ID). Then refreshes, so notes,
 * ids and deadlines are up to date. Call under the document lock.
 */
export function importTableCsv(gas: GasServices, text: string, requested?: string): Result<string> {
  if (text.length > MAX_TABLE_IMPORT_CHARS) return fail('file-too-large', 'That file is too large (over 8 MB). Split it, or import it with the Casekeeper command line.');
  const picked = pickTable(text, requested);
  if (!picked.ok) return picked;
  if (picked.value === 'students') return importCaseload(gas, text);
  const name = picked.value;
  const spec = tableSpec(name);
  const layout = tabLayout(name);
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const imported = readTableCsv(spec as never, text) as { records: TableRecord<TableName>[]; problems: { row: number; column: string; reason: string; code: string }[] };
  const fatal = imported.problems.find((p) => p.code === 'missing-column' || p.code === 'empty-file');
  if (fatal) return fail('nothing-imported', `Nothing was imported. ${fatal.reason}`);
  const zone = zoneReader(gas, spreadsheet.getSpreadsheetTimeZone());
  const read = readTableTab(findTab(gas, spreadsheet, layout.key), spec as never, layout.computed, zone.toIsoDate) as Result<TableTab<TableName>>;
  if (!read.ok) return read;
  const tab = read.value;
  const columns = spec.columns as readonly TableColumn[];
  const positionOf = new Map(Object.entries(tab.map).map(([p, k]) => [k, Number(p)]));
  const rowById = new Map<string, number>();
  tab.rows.forEach((r, i) => {
    if (r.id && !rowById.has(r.id.toLowerCase())) rowById.set(r.id.toLowerCase(), i);
  });
  const notInSheet = new Set<string>();
  const additions: TableRecord<TableName>[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const record of imported.records) {
    const values = record as Record<string, unknown>;
    const id = String(values[spec.key]);
    const index = rowById.get(id.toLowerCase());
    if (index === undefined) {
      additions.push(record);
      continue;
    }
    const changes: [number, string | number][] = [];
    for (const column of columns) {
      const value = values[column.key];
      if (value === undefined) continue;
      const position = positionOf.get(column.key);
      if (position === undefined) {
        notInSheet.add(column.header);
        continue;
      }
      if (!same(tab, index, column.key, value, position)) changes.push([position, cellFor(column, value)]);
    }
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    updated++;
    writeChangedCells(tab.sheet, index + 2, changes);
  }
  if (additions.length > 0) {
    const positions = [...positionOf.values()];
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    const block = additions.map((record) => {
      const row: (string | number)[] = new Array(last - first + 1).fill('');
      for (const column of columns) {
        const value = (record as Record<string, unknown>)[column.key];
        if (value === undefined) continue;
        const position = positionOf.get(column.key);
        if (position === undefined) {
          notInSheet.add(column.header);
          continue;
        }
        row[position - first] = cellFor(column, value);
      }
      return row;
    });
    const firstNewRow = tab.values.length + 2;
    ensureRows(tab.sheet, firstNewRow + block.length - 1);
    tab.sheet.getRange(firstNewRow, first + 1, block.length, last - first + 1).setValues(block);
  }
  const lines = [`${spec.label}: imported ${imported.records.length} row${imported.records.length === 1 ? '' : 's'} into the ${tab.sheet.getName()} tab: ${additions.length} added, ${updated} updated, ${unchanged} unchanged.`];
  const problems = imported.problems;
  if (problems.length > 0) {
    const shown = problems.slice(0, 8).map((p) => `CSV row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.reason}`);
    lines.push(`${problems.length} problem${problems.length === 1 ? '' : 's'} (those cells or rows were left out):\n${shown.join('\n')}${problems.length > 8 ? '\n…' : ''}`);
  }
  if (notInSheet.size > 0) lines.push(`The ${tab.sheet.getName()} tab has no column for: ${[...notInSheet].join(', ')} (not imported). Add the column to keep it.`);
  const refreshed = refreshCore(gas, spreadsheet);
  lines.push(refreshed.ok ? refreshed.value.summary : refreshed.error.message);
  return ok(lines.join('\n\n'));
}

/** A CSV file for the person to download. */
export interface CsvDownload {
  filename: string;
  csv: string;
  message: string;
}

/**
 * Exports one table's tab as CSV with the table's own columns (the same file the side panel and the
 * command line read): every good row, in sheet order, with ids filled in first (written to the tab, so
 * the sheet and the file agree). Rows with problems are named in the message, never dropped silently.
 */
export function exportTableCsv(gas: GasServices, name: string): Result<CsvDownload> {
  const spec = CASELOAD_TABLES.find((t) => t.name === name);
  if (!spec) return fail('unknown-table', `There is no table called "${name}".`);
  const layout = tabLayout(spec.name);
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const zone = zoneReader(gas, spreadsheet.getSpreadsheetTimeZone());
  const read = readTableTab(findTab(gas, spreadsheet, layout.key), spec as never, layout.computed, zone.toIsoDate) as Result<TableTab<TableName>>;
  if (!read.ok) return read;
  const tab = read.value;
  if (spec.name !== 'students') writeTableColumns(tab, { notes: rowNotes(tab) });
  else if (tab.rows.some((r) => r.idIsNew)) writeTableColumns(tab, {});
  const records = tab.rows.flatMap((r) => (r.record ? [r.record] : []));
  const bad = tab.rows.filter((r) => !r.blank && !r.record).map((r) => r.rowNumber);
  const csv = writeTableCsv(spec as never, records as never);
  const lines = [`${records.length} row${records.length === 1 ? '' : 's'} of the ${tab.sheet.getName()} tab exported as ${spec.file}.`];
  if (bad.length > 0) {
    lines.push(`${bad.length} row${bad.length === 1 ? '' : 's'} could not be exported until fixed (see "Casekeeper notes"): row${bad.length === 1 ? '' : 's'} ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ' …' : ''}.`);
  }
  return ok({ filename: spec.file, csv, message: lines.join(' ') });
}

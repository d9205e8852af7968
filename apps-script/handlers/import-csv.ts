import { type IsoDate, type Result, type StudentRecord, TRACKER_COLUMNS, type TrackerKey, fail, importCaseloadCsv, ok, parseIcsCalendar } from '../../shared/index.ts';
import { isDateValue } from '../sheets/cell-to-iso-date.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { readTracker } from '../sheets/read-tracker.ts';
import { ensureRows } from '../sheets/table-tab.ts';
import { findTab } from '../sheets/tab-registry.ts';
import { writeChangedCells } from '../sheets/write-changed-cells.ts';
import { verifyUnchangedLayout } from '../sheets/write-tracker.ts';
import { refreshCore } from './refresh-deadlines.ts';

/** Largest import accepted (a caseload CSV is a few hundred KB at most). */
export const MAX_IMPORT_CHARS = 2_000_000;

/**
 * Text Sheets would turn into something else when written (a formula, a number, a date): an apostrophe
 * keeps it as typed. Student IDs like 00123 keep their zeros; `=HYPERLINK(…)` in a CSV stays text.
 */
export function asTypedText(value: string): string {
  return /^[=+\-@']/.test(value) || /^\s*[\d.,/:%\s-]+\s*$/.test(value) || /^(true|false)$/i.test(value.trim()) ? `'${value}` : value;
}

function cellValue(key: TrackerKey, value: unknown): string | number {
  const column = TRACKER_COLUMNS.find((c) => c.key === key);
  if (column?.type === 'date') return value as IsoDate;
  if (typeof value === 'number') return value;
  return asTypedText(String(value));
}

function sameValue(key: TrackerKey, cell: unknown, value: unknown, toIso: (d: Date) => IsoDate | undefined): boolean {
  if (isDateValue(cell)) return toIso(cell) === value;
  return String(cell ?? '').trim() === String(value ?? '').trim();
}

/**
 * Import CSV…: reads a caseload CSV with the shared importer and merges it into the Caseload tab by
 * Student ID: new students are appended in one batch, known ones get only the cells that changed; a
 * student is never duplicated. Bad cells are reported by CSV row and column. Call under the lock.
 */
export function importCaseload(gas: GasServices, text: string): Result<string> {
  if (text.length > MAX_IMPORT_CHARS) return fail('file-too-large', 'That file is too large for a caseload (over 2 MB). Export only the columns the tracker uses.');
  const imported = importCaseloadCsv(text);
  if (imported.students.length === 0) {
    const why = imported.problems[0]?.reason ?? 'No students were found in the file.';
    return fail('nothing-imported', `Nothing was imported. ${why}`);
  }
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const read = readTracker(gas, spreadsheet);
  if (!read.ok) return read;
  const tracker = read.value;
  const positionOf = new Map<TrackerKey, number>(Object.entries(tracker.inputMap).map(([p, k]) => [k, Number(p)]));
  const idPosition = positionOf.get('studentId') as number;
  const rowById = new Map<string, number>();
  tracker.values.forEach((row, i) => {
    const id = String(row[idPosition] ?? '').trim().toLowerCase();
    if (id && !rowById.has(id)) rowById.set(id, i);
  });
  const same = verifyUnchangedLayout(tracker, idPosition);
  if (!same.ok) return same;

  const additions: StudentRecord[] = [];
  let updated = 0;
  let unchanged = 0;
  const notInSheet = new Set<string>();
  for (const student of imported.students) {
    const index = rowById.get(student.studentId.trim().toLowerCase());
    if (index === undefined) {
      additions.push(student);
      rowById.set(student.studentId.trim().toLowerCase(), -1);
      continue;
    }
    if (index < 0) continue; // the CSV repeated a student already being added
    const row = tracker.values[index] ?? [];
    const changes: [number, string | number][] = [];
    for (const [key, value] of Object.entries(student) as [TrackerKey, unknown][]) {
      if (value === undefined || key === 'studentId') continue;
      const position = positionOf.get(key);
      if (position === undefined) {
        notInSheet.add(TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key);
        continue;
      }
      if (!sameValue(key, row[position], value, tracker.toIsoDate)) changes.push([position, cellValue(key, value)]);
    }
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    updated++;
    writeChangedCells(tracker.sheet, index + 2, changes);
  }
  if (additions.length > 0) {
    const positions = [...positionOf.values()];
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    const block = additions.map((student) => {
      const row: (string | number)[] = new Array(last - first + 1).fill('');
      for (const [key, value] of Object.entries(student) as [TrackerKey, unknown][]) {
        const position = positionOf.get(key);
        if (value === undefined) continue;
        if (position === undefined) {
          notInSheet.add(TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key);
          continue;
        }
        row[position - first] = cellValue(key, value);
      }
      return row;
    });
    const firstNewRow = tracker.values.length + 2;
    ensureRows(tracker.sheet, firstNewRow + block.length - 1);
    tracker.sheet.getRange(firstNewRow, first + 1, block.length, last - first + 1).setValues(block);
  }
  const lines = [`Imported ${imported.students.length} students: ${additions.length} added, ${updated} updated, ${unchanged} unchanged.`];
  if (imported.problems.length > 0) {
    const shown = imported.problems.slice(0, 8).map((p) => `CSV row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.reason}`);
    lines.push(`${imported.problems.length} problem${imported.problems.length === 1 ? '' : 's'} (those cells were left out):\n${shown.join('\n')}${imported.problems.length > 8 ? '\n…' : ''}`);
  }
  if (notInSheet.size > 0) lines.push(`The Caseload tab has no column for: ${[...notInSheet].join(', ')} (not imported). Add the column to keep it.`);
  const refreshed = refreshCore(gas, spreadsheet);
  lines.push(refreshed.ok ? refreshed.value.summary : refreshed.error.message);
  return ok(lines.join('\n\n'));
}

/**
 * Imports a district calendar (.ics) into the School Calendar tab, replacing what was there: school
 * years and closures, read by the shared parser. Call under the lock.
 */
export function importSchoolCalendarIcs(gas: GasServices, text: string): Result<string> {
  if (text.length > MAX_IMPORT_CHARS) return fail('file-too-large', 'That calendar file is too large (over 2 MB).');
  const parsed = parseIcsCalendar(text, { name: 'District calendar' });
  if (!parsed.ok) return fail('bad-calendar', `Nothing was imported. ${parsed.error.message}`);
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findTab(gas, spreadsheet, 'schoolCalendar');
  if (!sheet) return fail('not-set-up', 'There is no School Calendar tab yet. Choose Casekeeper > Set up tracker first.');
  const calendar = parsed.value;
  const rows: string[][] = [
    ...calendar.schoolYears.map((y) => ['School year', `${y.firstDay.slice(0, 4)}–${y.lastDay.slice(0, 4)}`, y.firstDay, y.lastDay]),
    ...calendar.closures.map((c) => ('date' in c ? ['Closure', asTypedText(c.name), c.date, ''] : ['Closure', asTypedText(c.name), c.from, c.to])),
  ];
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, 4).clearContent();
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, 4).setValues(rows);
  const refreshed = refreshCore(gas, spreadsheet);
  return ok(
    `School calendar imported: ${calendar.schoolYears.length} school year${calendar.schoolYears.length === 1 ? '' : 's'}, ${calendar.closures.length} closure${calendar.closures.length === 1 ? '' : 's'}.` +
      (refreshed.ok ? `\n\n${refreshed.value.summary}` : ''),
  );
}

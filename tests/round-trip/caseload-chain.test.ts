// The extension's storage runs in its background worker (no DOM): IndexedDB here is fake-indexeddb.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASELOAD_TABLES, readCaseloadFiles, tableSpec, unzipCaseloadFiles, zipCaseloadFiles, type Caseload, type IsoDate, type TableProblem } from '../../shared/index.ts';
import { fromBase64, toBase64 } from '../../extension/lib/encrypted-backup.ts';
import { closeDb, readImportReport, readWholeCaseload } from '../../extension/storage/db.ts';
import { exportData } from '../../extension/storage/data-store.ts';
import { importCaseloadZip } from '../../extension/storage/import-caseload-zip.ts';
import type { GasEnvironment } from '../gas/harness.ts';
import { setUp, trackerEnv } from '../gas/tracker-env.ts';

/**
 * One caseload through every hand it passes on its way round: the example CSV folder → a zip → the side
 * panel's storage (the worker's import of a caseload zip) → the side panel's "Export caseload (.zip)" → the
 * Sheets add-on's tabs (its CSV import, one tab per table, as a person picks each file in the Import
 * dialog) → the add-on's "Export tab as CSV" per tab → a CSV folder again. Each hand is the shipped code:
 * the extension's storage module and the built add-on bundle (dist/apps-script/Code.js) in node:vm over
 * the Apps Script fakes.
 */

const EXAMPLES = join(import.meta.dirname, '../../examples/caseload');
const TODAY = '2026-11-23' as IsoDate;

/** A folder's files as name → text, as the command line and the panel read them. */
function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The Import dialog of the add-on: one table's CSV into its tab. */
function importIntoSheet(env: GasEnvironment, table: string, text: string): string {
  const run = env.run('importFromDialog', { kind: 'csv', text, table });
  expect(run.error, table).toBeUndefined();
  return String(run.result);
}

/** The add-on's "Export tab as CSV" for one table: its file name and text. */
function exportFromSheet(env: GasEnvironment, table: string): { filename: string; csv: string; message: string } {
  const run = env.run('exportForDialog', table);
  expect(run.error, table).toBeUndefined();
  return run.result as { filename: string; csv: string; message: string };
}

const where = (p: TableProblem) => `${p.table} row ${p.row}, ${p.column}: ${p.value}`;
/** A problem without its row number (rows are renumbered once the rows before them are left out). */
const what = (p: TableProblem) => `${p.table}, ${p.column}: ${p.value} (${p.code})`;

/** Every table's rows in the order of its key (storage gives key order, a folder its own order). */
function byKey(caseload: Caseload): Caseload {
  const sorted: Record<string, unknown[]> = {};
  for (const spec of CASELOAD_TABLES) {
    const key = (r: unknown) => String((r as Record<string, unknown>)[spec.key]);
    sorted[spec.name] = [...caseload[spec.name]].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return sorted as unknown as Caseload;
}

afterAll(async () => {
  await closeDb();
});

describe('one caseload round the whole way: CSV folder → zip → side panel → zip → sheet tabs → CSV folder', () => {
  it('gives back the same records of every table, the same ids, and every bad cell left out the same way', { timeout: 180_000 }, async () => {
    const folder = readFolder(EXAMPLES);
    const start = readCaseloadFiles(folder);
    // The example is the whole caseload: every table filled, and bad cells planted on purpose.
    for (const spec of CASELOAD_TABLES) expect(start.caseload[spec.name].length, spec.name).toBeGreaterThan(0);
    expect(start.problems.length).toBeGreaterThan(3);

    // CSV folder → zip → the side panel's storage.
    const imported = await importCaseloadZip(toBase64(zipCaseloadFiles(folder)));
    expect(imported.problems).toBe(start.problems.length);
    for (const spec of CASELOAD_TABLES) expect(imported.counts[spec.name].added, spec.name).toBe(start.caseload[spec.name].length);
    // The bad cells are kept as they were typed, beside their row, in the panel's import report.
    const report = (await readImportReport())?.problems ?? [];
    expect(report.map(where)).toEqual(start.problems.map(where));
    const stored = (await readWholeCaseload()).caseload;
    expect(byKey(stored)).toEqual(byKey(start.caseload));

    // The side panel's "Export caseload (.zip)".
    const exported = await exportData('zip', TODAY);
    expect(exported.skipped).toBe(0);
    const unzipped = unzipCaseloadFiles(fromBase64(exported.text));
    if (!unzipped.ok) throw new Error(unzipped.error.message);
    const panelFiles = Object.fromEntries(Object.entries(unzipped.value).map(([name, file]) => [name, file.text]));
    expect(Object.keys(panelFiles).sort()).toEqual(CASELOAD_TABLES.map((t) => t.file).sort());
    // A row naming a goal that is not there is kept (and still reported); bad cells and rows that could not
    // be read stayed behind, in the import report.
    const kept = start.problems.filter((p) => p.code === 'unknown-parent').map(what);
    expect(kept.length).toBeGreaterThan(0);
    expect(readCaseloadFiles(panelFiles).problems.map(what)).toEqual(kept);

    // Each file of that zip into its tab of the sheet, through the add-on's Import dialog.
    const env = trackerEnv({ vmTimeoutMs: 60_000 });
    setUp(env);
    for (const spec of CASELOAD_TABLES) {
      const text = panelFiles[spec.file];
      expect(text, spec.file).toBeDefined();
      const message = importIntoSheet(env, spec.name, text as string);
      const rows = start.caseload[spec.name].length;
      expect(message).toContain(spec.name === 'students' ? `Imported ${rows} students` : `${spec.label}: imported ${rows} rows`);
    }

    // Each tab out again through "Export tab as CSV": a CSV folder.
    const sheetFiles: Record<string, string> = {};
    for (const spec of CASELOAD_TABLES) {
      const out = exportFromSheet(env, spec.name);
      expect(out.filename).toBe(spec.file);
      expect(out.message).not.toMatch(/could not be exported/);
      sheetFiles[out.filename] = out.csv;
    }
    const end = readCaseloadFiles(sheetFiles);
    expect(end.problems.map(what)).toEqual(kept);

    // Same records, table by table (ids included), as the shared readers read them at the start.
    const [first, last] = [byKey(start.caseload), byKey(end.caseload)];
    for (const spec of CASELOAD_TABLES) expect(last[spec.name], spec.name).toEqual(first[spec.name]);
    // A student with a bad cell is still there at the end, with that cell empty (never guessed), and the
    // panel's import report still names the cell as it was typed.
    const badCells = report.filter((p) => p.table === 'students' && p.code === 'bad-cell');
    expect(badCells.length).toBeGreaterThan(1);
    for (const problem of badCells) {
      const key = tableSpec('students').columns.find((c) => c.header === problem.column)?.key as string;
      const student = end.caseload.students.find((s) => s.studentId === problem.studentId) as Record<string, unknown> | undefined;
      expect(student, where(problem)).toBeDefined();
      expect(student?.[key], where(problem)).toBeUndefined();
    }
  });
});

import Papa from 'papaparse';
import { CASELOAD_TABLES, mapColumns, type TableProblem } from '../../shared/index.ts';
import type { StoredProblem } from '../storage/db.ts';

/**
 * Names the student each problem's row belongs to, so the problem can be shown beside that student (on
 * the student card and the caseload row) after the import: the Student ID cell of the problem's row, read
 * from the file the problem was found in. Only files with problems are read again. A problem whose row
 * names no student (a missing Student ID, a missing file) keeps no student.
 *
 * @param files the caseload's files (name → text), as given to `readCaseloadFiles`
 * @example locateProblemStudents({ 'students.csv': 'Student ID,IEP Date\nS1,next week' }, problems)[0]?.studentId // 'S1'
 */
export function locateProblemStudents(files: Readonly<Record<string, string>>, problems: readonly TableProblem[]): StoredProblem[] {
  const tables = new Set(problems.map((p) => p.table));
  const idsByTable = new Map<string, Map<number, string>>();
  for (const spec of CASELOAD_TABLES) {
    if (!tables.has(spec.name)) continue;
    const entry = Object.entries(files).find(([path]) => (path.split(/[\\/]/).pop() ?? path).toLowerCase() === spec.file && !path.includes('__MACOSX'));
    if (!entry) continue;
    // Read as the table reader does: blank lines kept, so row numbers match the spreadsheet's.
    const body = entry[1].replace(/^\uFEFF/, '');
    const { delimiter } = Papa.parse<string[]>(body.slice(0, 64_000), { skipEmptyLines: 'greedy', preview: 20 }).meta;
    const rows = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter }).data;
    const headerIndex = rows.findIndex((cells) => cells.some((c) => c.trim() !== ''));
    const header = rows[headerIndex];
    if (!header) continue;
    const { map } = mapColumns(spec.columns, header);
    const at = Object.entries(map).find(([, key]) => key === 'studentId')?.[0];
    if (at === undefined) continue;
    const ids = new Map<number, string>();
    for (const p of problems) {
      if (p.table !== spec.name) continue;
      const id = rows[p.row - 1]?.[Number(at)]?.trim();
      if (id) ids.set(p.row, id);
    }
    idsByTable.set(spec.name, ids);
  }
  return problems.map((p) => {
    const studentId = idsByTable.get(p.table)?.get(p.row);
    return studentId ? { ...p, studentId } : { ...p };
  });
}

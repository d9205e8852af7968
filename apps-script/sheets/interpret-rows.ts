import { type StudentRecord, type TrackerKey, type IsoDate, validateStudentRow } from '../../shared/index.ts';
import { isDateValue } from './cell-to-iso-date.ts';
import { isRowKey } from './row-key.ts';

/** One data row after reading: blank (skipped), ok (a valid record) or problem (left alone, with reasons). */
export interface RowOutcome {
  /** Sheet row number (1-based; the header is row 1). */
  rowNumber: number;
  kind: 'blank' | 'ok' | 'problem';
  /** The row's immutable key (new when the row had none). */
  key: string;
  keyIsNew: boolean;
  record?: StudentRecord;
  /** The Student ID cell as written (trimmed), when there is one. */
  studentId?: string;
  /** The Case Manager cell as written (trimmed). */
  caseManager?: string;
  /** What is wrong, in a teacher's words. */
  messages: string[];
  /** The "Calendar events" cell as read. */
  storedEvents: string;
}

/** Where things are in the sheet, and how to read a date cell. */
export interface InterpretRowsOptions {
  /** Column position → tracker key. */
  inputMap: Record<number, TrackerKey>;
  /** Position of the row-key column, if present. */
  keyColumn?: number;
  /** Position of the calendar-events column, if present. */
  eventsColumn?: number;
  /** Sheet rows (1-based) that hold merged cells. */
  mergedRows: ReadonlySet<number>;
  /** A date cell → the day it shows in the spreadsheet's time zone. */
  toIsoDate(value: Date): IsoDate | undefined;
  newKey(): string;
  /** Sheet row number of the first data row. Default 2. */
  firstRowNumber?: number;
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}


/**
 * Reads tracker rows into per-row outcomes: blank rows are skipped silently; merged rows, bad cells and
 * duplicated Student IDs (both rows) are reported and kept out of calendar work; dates become IsoDates in
 * the spreadsheet's zone. Never throws on a cell.
 *
 * @example interpretRows([['S1', new Date(…)]], { inputMap: { 0: 'studentId', 1: 'lastIepDate' }, … })[0].kind // 'ok'
 */
export function interpretRows(values: readonly (readonly unknown[])[], options: InterpretRowsOptions): RowOutcome[] {
  const first = options.firstRowNumber ?? 2;
  const seenKeys = new Set<string>();
  const outcomes: RowOutcome[] = values.map((row, i) => {
    const rowNumber = first + i;
    const rawKey = options.keyColumn === undefined ? '' : row[options.keyColumn];
    let key = isRowKey(rawKey) && !seenKeys.has(rawKey) ? rawKey : '';
    const keyIsNew = key === '';
    if (keyIsNew) key = options.newKey();
    seenKeys.add(key);
    const storedEvents = options.eventsColumn === undefined ? '' : String(row[options.eventsColumn] ?? '');
    const raw: Partial<Record<TrackerKey, unknown>> = {};
    let blank = true;
    for (const [position, trackerKey] of Object.entries(options.inputMap)) {
      const cell = row[Number(position)];
      if (isBlankCell(cell)) continue;
      blank = false;
      if (isDateValue(cell)) {
        const iso = options.toIsoDate(cell);
        raw[trackerKey] = iso ?? 'an unreadable date';
      } else if (typeof cell === 'boolean') {
        raw[trackerKey] = String(cell);
      } else {
        raw[trackerKey] = cell;
      }
    }
    const base = { rowNumber, key, keyIsNew, storedEvents, messages: [] as string[] };
    if (blank) return { ...base, kind: 'blank' as const };
    const studentId = isBlankCell(raw.studentId) ? undefined : String(raw.studentId).trim();
    const caseManager = isBlankCell(raw.caseManager) ? undefined : String(raw.caseManager).trim();
    if (options.mergedRows.has(rowNumber)) {
      return {
        ...base,
        kind: 'problem' as const,
        studentId,
        caseManager,
        messages: [
          'This row has merged cells. Unmerge them (Format > Merge cells > Unmerge) so each student has a row of their own; this row is skipped until then.',
        ],
      };
    }
    const { record, problems } = validateStudentRow(raw);
    const messages = problems.map((p) => `${p.column}: ${p.reason}`);
    if (!record || messages.length > 0) {
      if (messages.length > 0) messages.push('Fix this cell and run Refresh again; this student\'s calendar events stay as they are until then.');
      return { ...base, kind: 'problem' as const, studentId, caseManager, messages };
    }
    return { ...base, kind: 'ok' as const, record, studentId, caseManager };
  });
  flagDuplicateIds(outcomes);
  return outcomes;
}

function idKey(id: string): string {
  return id.trim().toLowerCase();
}

function flagDuplicateIds(outcomes: RowOutcome[]): void {
  const byId = new Map<string, RowOutcome[]>();
  for (const o of outcomes) {
    if (o.kind === 'blank' || !o.studentId) continue;
    const list = byId.get(idKey(o.studentId)) ?? [];
    list.push(o);
    byId.set(idKey(o.studentId), list);
  }
  for (const rows of byId.values()) {
    if (rows.length < 2) continue;
    for (const o of rows) {
      const others = rows.filter((r) => r !== o).map((r) => r.rowNumber);
      o.kind = 'problem';
      delete o.record;
      o.messages.unshift(
        `Student ID "${o.studentId}" is also on row ${others.join(', ')}. Keep one row per student; Casekeeper leaves this student's calendar events alone until then.`,
      );
    }
  }
}

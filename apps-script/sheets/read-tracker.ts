import { type IsoDate, type Result, type TrackerKey, fail, mapHeaders, ok } from '../../shared/index.ts';
import { midnightCellToIsoDate, parseZoneOffset } from './cell-to-iso-date.ts';
import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';
import { CASELOAD_LAYOUT, LEGACY_MARK_HEADER } from './tab-layouts.ts';
import { findComputed } from './table-tab.ts';

/** The Caseload tab as read in one batch. */
export interface Tracker {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The spreadsheet's time zone: every date cell is read in it. */
  timeZone: string;
  /** That zone's UTC offset now (ms). */
  offsetMs: number;
  headers: string[];
  lastColumn: number;
  /** Data rows (row 2 onwards), as `getValues` returned them. */
  values: unknown[][];
  inputMap: Record<number, TrackerKey>;
  /** Computed column id → position (0-based). */
  computed: Record<string, number>;
  /** Sheet rows (1-based) touched by a merged range. */
  mergedRows: Set<number>;
  toIsoDate(value: Date): IsoDate | undefined;
  /** Today in the spreadsheet's zone. */
  today: IsoDate;
}

/** The spreadsheet's zone, its offset now, and a date-cell reader that needs no call for date-only cells. */
export function zoneReader(
  gas: GasServices,
  timeZone: string,
): { offsetMs: number; toIsoDate(value: Date): IsoDate | undefined; today: IsoDate } {
  const now = new Date(gas.now());
  const offsetMs = parseZoneOffset(gas.Utilities.formatDate(now, timeZone, 'Z')) ?? 0;
  const format = (value: Date): IsoDate | undefined => {
    const text = gas.Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? (text as IsoDate) : undefined;
  };
  const offsetAt = (ms: number) => parseZoneOffset(gas.Utilities.formatDate(new Date(ms), timeZone, 'Z')) ?? offsetMs;
  // Two offsets per calendar year seen (January and July): a handful of calls for a whole caseload.
  const yearOffsets = new Map<number, number[]>();
  const offsetsFor = (t: number): number[] => {
    const year = new Date(t + 12 * 3_600_000).getUTCFullYear();
    let refs = yearOffsets.get(year);
    if (!refs) {
      refs = [offsetAt(Date.UTC(year, 0, 1, 12)), offsetAt(Date.UTC(year, 6, 1, 12))];
      yearOffsets.set(year, refs);
    }
    return refs;
  };
  const cache = new Map<number, IsoDate | undefined>();
  return {
    offsetMs,
    today: format(now) as IsoDate,
    toIsoDate(value) {
      const t = value.getTime();
      if (!Number.isFinite(t)) return undefined;
      if (!cache.has(t)) cache.set(t, midnightCellToIsoDate(value, offsetsFor(t)) ?? format(value));
      return cache.get(t);
    },
  };
}

/**
 * Reads the Caseload tab in one batch (values, merged ranges) and finds every column by its header.
 * Fails, naming it, when a required column is missing; nothing is written.
 */
export function readTracker(gas: GasServices, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Result<Tracker> {
  const sheet = findTab(gas, spreadsheet, 'caseload');
  if (!sheet) return fail('not-set-up', 'There is no Caseload tab yet. Choose Casekeeper > Set up tracker first.');
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) {
    return fail('not-set-up', 'The Caseload tab is empty. Choose Casekeeper > Set up tracker to add the column headers.');
  }
  const all = sheet.getRange(1, 1, lastRow, lastColumn).getValues();
  const headers = (all[0] ?? []).map((h) => String(h ?? '').trim());
  const notes = (sheet.getRange(1, 1, 1, lastColumn).getNotes()[0] ?? []).map(String);
  const computed = findComputed(headers, notes, CASELOAD_LAYOUT.computed, LEGACY_MARK_HEADER).positions;
  const computedPositions = new Set(Object.values(computed));
  const { map, missingRequired } = mapHeaders(headers.map((h, i) => (computedPositions.has(i) ? '' : h)));
  if (missingRequired.length > 0) {
    const names = missingRequired.map((n) => `"${n}"`).join(', ');
    return fail(
      'bad-header',
      `The Caseload tab has no ${names} column. Put a column headed ${names} back in row 1 (any position) and run this again. Nothing was changed.`,
    );
  }
  const mergedRows = new Set<number>();
  if (lastRow > 1) {
    for (const range of sheet.getRange(2, 1, lastRow - 1, lastColumn).getMergedRanges()) {
      const first = range.getRow();
      const count = range.getNumRows();
      for (let r = first; r < first + count; r++) mergedRows.add(r);
    }
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const zone = zoneReader(gas, timeZone);
  return ok({
    sheet,
    timeZone,
    offsetMs: zone.offsetMs,
    headers,
    lastColumn,
    values: all.slice(1),
    inputMap: map,
    computed,
    mergedRows,
    toIsoDate: zone.toIsoDate,
    today: zone.today,
  });
}

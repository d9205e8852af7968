import fc from 'fast-check';
import type { TableName, TableRecord } from './caseload.ts';
import { cleanCellText } from './clean-cell-text.ts';
import { isoDateOf } from './iso-date.ts';
import type { TableColumn } from './table-column.ts';
import type { TableSpec } from './table-spec.ts';
import { US_STATE_CODES } from './us-states.ts';

/** Test helper: text a record may hold (already clean), including what breaks naive CSV and spreadsheets. */
export function cleanText(max: number, multiline = false): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength: Math.min(max, 40) }),
      fc.string({ minLength: 1, maxLength: Math.min(max, 40), unit: 'grapheme' }),
      fc.constantFrom('=1+1', '-5 mins', '@home', '+1', 'a,b', 'say "hi"', "'=x", "O'Neil", '00123', '2025-09-02', '😀 ok', 'José', 'a;b', 'tab\there', multiline ? 'line\nbreak' : 'x'),
    )
    .map((s) => cleanCellText(s, { multiline }))
    .filter((s) => s.length > 0 && s.length <= max && s === cleanCellText(s, { multiline }));
}

const date = fc.integer({ min: 0, max: 54_000 }).map((n) => {
  const d = new Date(Date.UTC(1950, 0, 1) + n * 86_400_000);
  return isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as string;
});

/** Test helper: a valid value of one column, as a record holds it. */
export function valueOf(column: TableColumn): fc.Arbitrary<unknown> {
  switch (column.type) {
    case 'date':
      return date;
    case 'number': {
      const min = Math.max(column.min ?? -1e6, -1e6);
      const max = Math.min(column.max ?? 1e6, 1e6);
      if (column.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      return fc
        .double({ min, max, noNaN: true, noDefaultInfinity: true })
        .map((n) => Math.round(n * 100) / 100 + 0)
        .filter((n) => n >= min && n <= max);
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(column.choices ?? []).map((c) => c.value));
    case 'time':
      return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    case 'state':
      return fc.constantFrom(...US_STATE_CODES);
    case 'longtext':
      return cleanText(column.maxLength ?? 2000, true);
    case 'id':
      return cleanText(64);
    default:
      return cleanText(column.maxLength ?? 200);
  }
}

/**
 * Test helper: valid records of a table, with unique keys, built from its columns (so a new column is
 * covered by every round-trip test without touching it).
 */
export function tableRecords<T extends TableName>(spec: TableSpec<T>, maxLength = 8): fc.Arbitrary<TableRecord<T>[]> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const column of spec.columns) {
    shape[column.key] = valueOf(column);
    if (column.required || column.key === spec.key) required.push(column.key);
  }
  const record = fc.record(shape, { requiredKeys: required }).filter((r) => spec.schema.safeParse(r).success) as fc.Arbitrary<TableRecord<T>>;
  return fc.uniqueArray(record, { maxLength, selector: (r) => String((r as Record<string, unknown>)[spec.key]) });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readTableRow } from './read-table-row.ts';
import { CASELOAD_TABLES } from './tables/index.ts';
import { valueOf } from './test-arbitraries.ts';

/** Cells as people type them: dates in any spelling, numbers, words, junk, blanks. */
const cell = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.constantFrom('2026-09-08', '9/8/2026', 'Sept 8, 2026', '2/30/2026', '0', '1', '-1', '2.5', '1e9', '1440', '1441', '100001', 'yes', 'No', 'x', '3:30 PM', '15:30', '25:00', 'tx', 'ZZ'),
  fc.double({ noNaN: false }),
  fc.integer(),
);

describe('readTableRow', () => {
  for (const spec of CASELOAD_TABLES) {
    it(`property: ${spec.label}: every record it accepts satisfies the table's schema (the columns mirror the schema)`, () => {
      const keys = spec.columns.map((c) => c.key as string);
      // Mostly valid values (as text, as a CSV gives them), some junk: so many rows are accepted and checked.
      const cells = spec.columns.map((c) => fc.oneof({ arbitrary: valueOf(c).map((v) => (typeof v === 'boolean' ? (v ? 'Yes' : 'no') : String(v))), weight: 4 }, { arbitrary: cell, weight: 1 }));
      let accepted = 0;
      fc.assert(
        fc.property(fc.tuple(...cells), (values) => {
          const raw = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
          const { record, problems } = readTableRow(spec as never, raw);
          if (record) {
            accepted++;
            expect((spec.schema as z.ZodType).safeParse(record).success).toBe(true);
          }
          for (const p of problems) expect(p.reason.length).toBeGreaterThan(0);
        }),
        { numRuns: 300 },
      );
      expect(accepted).toBeGreaterThan(30);
    });

    it(`${spec.label}: every choice of an enum column is a value the schema allows`, () => {
      for (const column of spec.columns.filter((c) => c.type === 'enum')) {
        const field = (spec.schema as unknown as z.ZodObject).shape[column.key] as z.ZodType;
        for (const choice of column.choices ?? []) expect(field.safeParse(choice.value).success).toBe(true);
      }
    });
  }

  it('reads choices in plain words and refuses the rest with the allowed words', () => {
    const sessions = CASELOAD_TABLES[2];
    const base = { sessionId: 's', studentId: 'S1', serviceId: 'v', date: '9/8/2026', minutes: '30' };
    expect(readTableRow(sessions, { ...base, outcome: 'Make-up' }).record?.outcome).toBe('makeup');
    expect(readTableRow(sessions, { ...base, outcome: 'holiday' }).record?.outcome).toBe('school-closed');
    expect(readTableRow(sessions, { ...base, outcome: 'napping' }).problems[0]?.reason).toMatch(/^"napping" is not one of: delivered, makeup/);
  });
});

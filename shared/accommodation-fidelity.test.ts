import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccommodationCheck } from './accommodation-check.ts';
import { accommodationFidelity } from './accommodation-fidelity.ts';
import { d } from './test-fixtures.ts';

const acc = { accommodationId: 'A1', studentId: 'S1', accommodation: 'Extended time 1.5x on tests' };
let n = 0;
const check = (result: AccommodationCheck['result'], date = '2026-10-01', classOrSetting?: string): AccommodationCheck => ({
  checkId: `c${n++}`,
  studentId: 'S1',
  accommodationId: 'A1',
  date: d(date),
  result,
  ...(classOrSetting ? { classOrSetting } : {}),
});

describe('accommodationFidelity', () => {
  it('is implemented ÷ (implemented + not implemented); not-applicable checks are left out', () => {
    const [row] = accommodationFidelity({ accommodations: [acc], checks: [check('implemented'), check('implemented'), check('not-implemented'), check('not-applicable')] });
    expect(row?.fidelity).toBeCloseTo(2 / 3);
    expect(row).toMatchObject({ implemented: 2, notImplemented: 1, notApplicable: 1 });
  });

  it('splits by class and lists the misses newest first', () => {
    const checks = [check('implemented', '2026-10-01', 'Math'), check('not-implemented', '2026-10-02', 'Science'), check('not-implemented', '2026-10-09', 'Science'), check('implemented', '2026-10-03', 'Math')];
    const [row] = accommodationFidelity({ accommodations: [acc], checks });
    expect(row?.byClass.map((c) => [c.classOrSetting, c.fidelity])).toEqual([
      ['Math', 1],
      ['Science', 0],
    ]);
    expect(row?.misses.map((m) => m.date)).toEqual(['2026-10-09', '2026-10-02']);
  });

  it('counts only the period asked for', () => {
    const [row] = accommodationFidelity({ accommodations: [acc], checks: [check('not-implemented', '2026-08-01'), check('implemented', '2026-10-01')] }, { from: d('2026-09-01'), to: d('2026-12-31') });
    expect(row?.fidelity).toBe(1);
    expect(row?.misses).toEqual([]);
  });

  it('shows an unchecked accommodation with no fidelity, and checks of an accommodation not on the list', () => {
    const other = { ...check('implemented'), accommodationId: 'GONE' };
    const rows = accommodationFidelity({ accommodations: [acc], checks: [other] });
    expect(rows.map((r) => [r.accommodationId, r.fidelity, r.accommodation?.accommodation])).toEqual([
      ['A1', null, 'Extended time 1.5x on tests'],
      ['GONE', 1, undefined],
    ]);
  });

  it('always lies between 0 and 1 and matches the counts (property)', () => {
    const result = fc.constantFrom<AccommodationCheck['result']>('implemented', 'not-implemented', 'not-applicable');
    fc.assert(
      fc.property(fc.array(result, { maxLength: 40 }), (results) => {
        const checks = results.map((r) => check(r));
        const input = { accommodations: [acc], checks };
        const [row] = accommodationFidelity(input);
        const yes = results.filter((r) => r === 'implemented').length;
        const no = results.filter((r) => r === 'not-implemented').length;
        expect(row?.fidelity).toBe(yes + no === 0 ? null : yes / (yes + no));
        expect(row?.misses).toHaveLength(no);
        expect(input.checks).toBe(checks);
      }),
    );
  });
});

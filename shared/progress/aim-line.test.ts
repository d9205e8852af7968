import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../day-number.ts';
import type { IsoDate } from '../iso-date.ts';
import { behaviourGoalOf, goalOf } from '../test-fixtures-progress.ts';
import { aimLine, aimValueAt, progressSide, sideOfAim } from './aim-line.ts';

const day = (d: string) => toDayNumber(d as IsoDate);

describe('aimLine', () => {
  it('runs from (baseline date, baseline) to (target date, target), with slopes per day and per week', () => {
    const aim = aimLine(goalOf());
    expect(aim.ok).toBe(true);
    if (!aim.ok) return;
    expect(aim.value.perWeek).toBeCloseTo(2, 12);
    expect(aimValueAt(aim.value, day('2026-09-07'))).toBe(20);
    expect(aimValueAt(aim.value, day('2026-12-14'))).toBe(48);
    expect(aimValueAt(aim.value, day('2026-10-19'))).toBeCloseTo(32, 12); // week 6
  });

  it('falls for a goal to decrease', () => {
    const aim = aimLine(behaviourGoalOf());
    expect(aim.ok && aim.value.perWeek).toBeCloseTo(-0.5, 12);
  });

  it('says why there is no aim line', () => {
    const codes = [
      aimLine(goalOf({ baseline: undefined })),
      aimLine(goalOf({ targetDate: undefined })),
      aimLine(goalOf({ targetDate: '2026-09-07' as IsoDate })),
    ].map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['no-baseline', 'no-target', 'target-before-baseline']);
  });
});

describe('sideOfAim and progressSide', () => {
  const aim = (() => {
    const r = aimLine(goalOf());
    if (!r.ok) throw new Error('fixture');
    return r.value;
  })();

  it('puts a point on the line on neither side, despite floating-point error', () => {
    for (let d = aim.fromDay; d <= aim.toDay; d++) expect(sideOfAim(aim, d, aimValueAt(aim, d))).toBe('on');
    expect(sideOfAim(aim, day('2026-09-10'), 20 + (3 * 2) / 7)).toBe('on');
  });

  it('compares a value with the line on its own date', () => {
    expect(sideOfAim(aim, day('2026-10-19'), 31.9)).toBe('below');
    expect(sideOfAim(aim, day('2026-10-19'), 32.1)).toBe('above');
  });

  it('mirrors for a goal to decrease: above the line is behind', () => {
    const d = day('2026-10-19');
    expect(progressSide(aim, d, 31, 'increase')).toBe('behind');
    expect(progressSide(aim, d, 31, 'decrease')).toBe('ahead');
    expect(progressSide(aim, d, 33, 'decrease')).toBe('behind');
    expect(progressSide(aim, d, 32, 'decrease')).toBe('on');
  });
});

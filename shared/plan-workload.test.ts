import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { planWorkload } from './plan-workload.ts';
import { d } from './test-fixtures.ts';
import { WORKLOAD_CASELOAD, WORKLOAD_TODAY, workloadSettings } from './test-workload-caseload.ts';

describe('planWorkload', () => {
  const two = caseloadOf({
    ...WORKLOAD_CASELOAD,
    students: [...WORKLOAD_CASELOAD.students, { studentId: 'S9', lastIepDate: d('2026-01-12'), caseManager: 'Mr. Chen' }],
  });

  it('measures several case managers against the sum of their capacities, each from the settings', () => {
    const settings = workloadSettings({ caseManagers: { 'Mr. Chen': { capacityHours: 4 } } });
    const plan = planWorkload(two, { settings, today: WORKLOAD_TODAY });
    expect(plan.caseManagers).toEqual(['Mr. Chen', 'Ms. Reyes']);
    expect(plan.capacityHours).toBe(14);
    expect(plan.before.weeks[1]?.capacityHours).toBe(14);
    expect(plan.notes.join(' ')).toMatch(/2 case managers/);
  });

  it('narrows to one case manager (any case) and counts only their students', () => {
    const plan = planWorkload(two, { settings: workloadSettings(), today: WORKLOAD_TODAY, caseManager: 'ms. reyes', capacityHours: 2 });
    expect(new Set(plan.items.map((i) => i.studentId))).toEqual(new Set(['S1', 'S2']));
    expect(plan.before.weeks.map((w) => w.hours)).toEqual([0.31, 2.1, 2.6, 0, 0, 1.1]);
    expect(plan.caseloads.map((c) => [c.caseManager, c.students])).toEqual([['Ms. Reyes', 2]]);
    expect(plan.moves).toHaveLength(1);
  });

  it('weighs every student under their case manager, with the work of the forecast window', () => {
    const plan = planWorkload(two, { settings: workloadSettings({ caseloadType: 'CA.resource-specialist' }), today: WORKLOAD_TODAY });
    expect(plan.caseloads.flatMap((c) => c.studentIds).sort()).toEqual(['S1', 'S2', 'S9']);
    expect(plan.caseloads.every((c) => c.cap?.maxStudents === 28 && c.overCap === false)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { type IsoDate, Settings, caseloadOf, planWorkload } from '../../shared/index.ts';
import { teamWorkload } from './team-workload.ts';

const today = '2026-11-23' as IsoDate;
const d = (s: string) => s as IsoDate;

describe('teamWorkload', () => {
  const caseload = caseloadOf({
    students: [
      { studentId: 'S1', caseManager: 'a.patel@school.example', lastIepDate: d('2025-12-15') },
      { studentId: 'S2', caseManager: ' a.patel@school.example ', lastIepDate: d('2026-01-12') },
      { studentId: 'S3', caseManager: 'b.ng@school.example', lastIepDate: d('2026-01-21') },
      { studentId: 'S4', lastIepDate: d('2025-12-20') },
    ],
    services: [{ serviceId: 'v1', studentId: 'S3', service: 'Speech', minutes: 60, sessions: 5, per: 'week', startDate: today }],
  });
  const settings = Settings.parse({ workload: { capacityHours: 9, caseManagers: { 'B.NG@school.example': { capacityHours: 4 }, 'c.diaz@school.example': { capacityHours: 5 } } } });

  it("splits the team's work among its case managers without losing any: every week's hours add up to the team's", () => {
    const w = teamWorkload(caseload, { settings, today });
    expect(w.people.map((p) => [p.caseManager, p.capacityHours])).toEqual(
      w.team.caseloads.map((l) => [l.caseManager, l.caseManager === 'b.ng@school.example' ? 4 : 9]),
    );
    expect(w.people.map((p) => p.caseManager)).toContain('No case manager');
    // The whole caseload's forecast, computed at once, is the sum of the people's.
    const whole = planWorkload(caseload, { settings, today });
    whole.before.weeks.forEach((week, i) => {
      const sum = w.people.reduce((n, p) => n + (p.plan.before.weeks[i]?.hours ?? 0), 0);
      expect(sum).toBeCloseTo(week.hours, 5);
      expect(w.team.before.weeks[i]?.hours).toBeCloseTo(week.hours, 5);
    });
    // With the moves, the team's weeks are everyone's own moves together: the same hours, moved earlier.
    const total = (weeks: readonly { hours: number }[]) => weeks.reduce((n, x) => n + x.hours, 0);
    expect(total(w.team.after.weeks)).toBeCloseTo(total(w.team.before.weeks), 5);
    expect(w.team.caseloads.map((l) => [l.caseManager, l.students])).toEqual(whole.caseloads.map((l) => [l.caseManager, l.students]));
    // b.ng's scheduled speech (5 hours a week) is logged in her own weeks only: 0.1 h per hour of service.
    const b = w.people.find((p) => p.caseManager === 'b.ng@school.example');
    expect(b?.plan.before.weeks[1]?.items.some((i) => i.kind === 'service-minutes' && i.studentId === 'S3')).toBe(true);
    for (const p of w.people.filter((x) => x !== b)) for (const week of p.plan.before.weeks) expect(week.items.some((i) => i.studentId === 'S3')).toBe(false);
  });

  it("names a case manager in the settings who is on nobody's row, and uses everyone else's own hours", () => {
    const w = teamWorkload(caseload, { settings, today });
    expect(w.problems).toEqual([expect.stringContaining('nobody on the Caseload tab has "c.diaz@school.example" as case manager')]);
    // The team's capacity: each named case manager's own hours (9 + 4), whatever the capitalisation.
    expect(w.team.capacityHours).toBe(9 + 4);
  });
});

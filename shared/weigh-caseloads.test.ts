import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { capFor, NO_CASE_MANAGER, weighCaseloads } from './weigh-caseloads.ts';
import { d } from './test-fixtures.ts';
import { WORKLOAD_TODAY, workloadSettings } from './test-workload-caseload.ts';
import { workItems } from './work-items.ts';

const students = (n: number, caseManager?: string, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ studentId: `${caseManager ?? 'X'}-${from + i}`, ...(caseManager ? { caseManager } : {}) }));

describe('weighCaseloads', () => {
  const caseload = caseloadOf({ students: [...students(29, 'Ms. Reyes'), ...students(20, 'Mr. Chen'), ...students(2)] });

  it('applies no cap unless the caseload type is named, and lists every student once', () => {
    const loads = weighCaseloads(caseload, [], { settings: workloadSettings(), today: WORKLOAD_TODAY });
    expect(loads.map((l) => [l.caseManager, l.students, l.cap, l.overCap])).toEqual([
      ['Mr. Chen', 20, null, null],
      ['Ms. Reyes', 29, null, null],
      [NO_CASE_MANAGER, 2, null, null],
    ]);
    expect(loads.reduce((n, l) => n + l.studentIds.length, 0)).toBe(51);
  });

  it('counts one case manager once however the column capitalises their email, with their own caseload type', () => {
    const mixed = caseloadOf({ students: [...students(3, 'A.Patel@school.example'), ...students(2, 'a.patel@school.example ', 10)] });
    const settings = workloadSettings({ caseManagers: { 'a.patel@school.example': { caseloadType: 'NY.resource-room' } } });
    const loads = weighCaseloads(mixed, [], { settings, today: WORKLOAD_TODAY });
    expect(loads.map((l) => [l.caseManager, l.students])).toEqual([['A.Patel@school.example', 5]]);
    expect(loads[0]?.cap).not.toBeNull();
  });

  it('lists a student who has left under their case manager without counting them', () => {
    const withLeaver = caseloadOf({ students: [...students(2, 'Ms. Reyes'), { studentId: 'L1', caseManager: 'Mr. Chen', exitDate: d('2026-10-01') }] });
    const loads = weighCaseloads(withLeaver, [], { settings: workloadSettings(), today: WORKLOAD_TODAY });
    expect(loads.map((l) => [l.caseManager, l.students, l.leftStudentIds])).toEqual([
      ['Mr. Chen', 0, ['L1']],
      ['Ms. Reyes', 2, []],
    ]);
  });

  it('compares each case manager with the cap of their caseload type (CA resource specialist 28, EC 56362(c))', () => {
    const settings = workloadSettings({ caseloadType: 'CA.resource-specialist', caseManagers: { 'Mr. Chen': { caseloadType: 'NY.resource-room' } } });
    const loads = weighCaseloads(caseload, [], { settings: { ...settings, state: 'CA' }, today: WORKLOAD_TODAY });
    const reyes = loads.find((l) => l.caseManager === 'Ms. Reyes');
    expect(reyes?.cap).toMatchObject({ maxStudents: 28, citation: 'Cal. Educ. Code 56362(c); 5 CCR 3100', verification: 'V' });
    expect(reyes?.overCap).toBe(true);
    const chen = loads.find((l) => l.caseManager === 'Mr. Chen');
    expect(chen?.cap).toMatchObject({ maxStudents: 20, citation: '8 NYCRR 200.6(f)' });
    expect(chen?.overCap).toBe(false);
    expect(chen?.notes.join(' ')).toMatch(/NY law, and this caseload's state is CA/);
  });

  it('takes a district cap, or another number for a codified one, from the settings', () => {
    const settings = workloadSettings({ caseloadType: 'District resource', caps: { 'District resource': 24, 'NY.resource-room': 18 } });
    expect(weighCaseloads(caseload, [], { settings, today: WORKLOAD_TODAY })[0]?.cap).toMatchObject({ maxStudents: 24, citation: 'your setting' });
    expect(capFor('NY.resource-room', settings)).toMatchObject({ maxStudents: 18, citation: 'your setting (the law: 20, 8 NYCRR 200.6(f))' });
    const unknown = weighCaseloads(caseload, [], { settings: workloadSettings({ caseloadType: 'Itinerant' }), today: WORKLOAD_TODAY })[0];
    expect(unknown?.cap).toBeNull();
    expect(unknown?.notes[0]).toMatch(/No cap is known for the caseload type "Itinerant"/);
  });

  it('weights students by weekly service minutes and upcoming work', () => {
    const small = caseloadOf({
      students: [{ studentId: 'S1', lastIepDate: d('2026-01-08'), caseManager: 'Ms. Reyes' }, { studentId: 'S2', caseManager: 'Ms. Reyes' }],
      services: [{ serviceId: 'V1', studentId: 'S2', service: 'Reading', minutes: 30, sessions: 5, per: 'week', startDate: d('2026-11-30') }],
    });
    const settings = workloadSettings();
    const { items } = workItems(small, { settings, today: WORKLOAD_TODAY, until: d('2027-02-10') });
    const [load] = weighCaseloads(small, items, { settings, today: WORKLOAD_TODAY });
    // 2 students + 150 min ÷ 300 + (annual 3 h + notice 0.5 h + reports 0.5 h) ÷ 12.
    expect(load?.serviceMinutesPerWeek).toBe(150);
    expect(load?.upcomingHours).toBe(4);
    expect(load?.weightedStudents).toBe(2.83);
  });
});

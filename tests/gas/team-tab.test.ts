import { describe, expect, it } from 'vitest';
import { TEAM_HEADERS } from '../../apps-script/sheets/team-tab.ts';
import { click, rowsOf, setUp, trackerEnv, typeRows, typeStudents } from './tracker-env.ts';

describe('Team tab', () => {
  it('Refresh writes one row per case manager on a shared sheet: students, score, cap, deadlines, minutes', () => {
    const env = trackerEnv({ editors: ['b.ng@school.example'] });
    setUp(env);
    typeStudents(env, [
      // Annual review overdue (last IEP more than a year ago).
      { 'Student ID': 'S1', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2025-10-01' },
      // Annual review due on 2026-12-09: within 30 days.
      { 'Student ID': 'S2', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2025-12-10' },
      { 'Student ID': 'S3', 'Case Manager': 'b.ng@school.example', 'Last IEP Date': '2026-06-20' },
      { 'Student ID': 'S4', 'Last IEP Date': '2026-06-20' },
      { 'Student ID': 'S5', 'Case Manager': 'b.ng@school.example', 'Last IEP Date': '13/45/2026' },
    ]);
    typeRows(env, 'Services', [
      { 'Student ID': 'S3', 'Service ID': 'svc-1', Service: 'Speech', 'Frequency and Duration': '60 min 1x/week', 'Start Date': '11/02/2026' },
    ]);
    typeRows(env, 'Service Log', [
      { 'Student ID': 'S3', 'Service ID': 'svc-1', Date: '11/02/2026', Minutes: 60, Outcome: 'Delivered' },
      { 'Student ID': 'S3', 'Service ID': 'svc-1', Date: '11/09/2026', Minutes: 60, Outcome: 'Provider absent' },
    ]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    const team = rowsOf(env, 'Team');
    expect((env.getValues('Team')[0] ?? []).map(String)).toEqual([...TEAM_HEADERS]);
    expect(team.map((r) => r['Case manager'])).toEqual(['a.patel@school.example', 'b.ng@school.example', 'No case manager']);
    const [a, b, none] = team;
    expect(a).toMatchObject({ Students: 2, Overdue: 1, 'Due in 30 days': 1, 'Minutes owed': 0, 'Service compliance %': '' });
    expect(Number(a?.['Weighted score'])).toBeGreaterThanOrEqual(2);
    expect(String(a?.Cap)).toMatch(/No cap set/);
    // S3: one of the required hours given, the provider's absence owed back.
    const services = rowsOf(env, 'Services')[0];
    const required = Number(services?.['Required minutes']);
    expect(b?.Students).toBe(1);
    expect(b?.['Minutes owed']).toBe(required - 60);
    expect(b?.['Service compliance %']).toBe(Math.round((100 * 60) / required));
    // The row that needs fixing is named, not dropped.
    expect(String(b?.Notes)).toMatch(/1 Caseload row needs fixing.*row 6/);
    expect(none?.Students).toBe(1);

    // Someone else's Refresh rewrites the same tab: no duplicate rows.
    expect(click(env, 'refreshDeadlines', { user: 'b.ng@school.example' }).error).toBeUndefined();
    expect(rowsOf(env, 'Team').filter((r) => r['Case manager'] !== '')).toHaveLength(3);
  });
});

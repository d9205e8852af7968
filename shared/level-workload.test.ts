import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './add-calendar-days.ts';
import { caseloadOf, type Caseload } from './caseload.ts';
import { isSchoolDay } from './is-school-day.ts';
import { ruleContext } from './rule-context.ts';
import { calendarDaysBetween } from './add-calendar-days.ts';
import { levelWorkload } from './level-workload.ts';
import { meetingNoticeLead } from './meeting-notice-lead.ts';
import { countDaysBack } from './count-days-back.ts';
import { planWorkload } from './plan-workload.ts';
import type { StudentRecord } from './student-record.ts';
import { d, DISTRICT_CALENDAR, DISTRICT_CALENDAR_JSON, isoDateBetween, settingsWith } from './test-fixtures.ts';
import { workItems } from './work-items.ts';
import { WORKLOAD_CASELOAD, WORKLOAD_TODAY, workloadSettings } from './test-workload-caseload.ts';

describe('levelWorkload', () => {
  const items = workItems(WORKLOAD_CASELOAD, { settings: workloadSettings(), today: WORKLOAD_TODAY, until: d('2027-02-10') }).items;

  it('moves progress-report writing a week earlier to bring the busiest week within capacity (worked by hand)', () => {
    const result = levelWorkload(items, { settings: workloadSettings(), today: WORKLOAD_TODAY, capacityHours: 2 });
    // W2 (Dec 14) has 2.6 h for 2 h. The annual review cannot go earlier: every earlier week would go
    // over. S2's report (0.75 h in W2) moves to Dec 7, its writing landing in W0 (1.2 h of room) and W1.
    expect(result.moves.map(({ studentId, kind, from, to }) => ({ studentId, kind, from, to }))).toEqual([
      { studentId: 'S2', kind: 'progress-report', from: '2026-12-18', to: '2026-12-07' },
    ]);
    expect(result.moves[0]?.reason).toMatch(/week of Dec 14, 2026 has 2.6 h of work for 2 h/);
    expect(result.peakBefore).toBe(2.6);
    expect(result.peakAfter).toBe(2.1);
    expect(result.after.weeks.map((w) => w.hours)).toEqual([1.06, 2.1, 1.85, 0, 0, 1.1]);
    expect(result.after.overloaded).toEqual(['2026-12-07']);
  });

  it('suggests nothing when no week is over capacity', () => {
    const result = levelWorkload(items, { settings: workloadSettings(), today: WORKLOAD_TODAY, capacityHours: 10 });
    expect(result.moves).toEqual([]);
    expect(result.peakAfter).toBe(result.peakBefore);
  });

  it('moves an annual review with its notice, never earlier than the state notice lead time allows', () => {
    const base = workloadSettings({ effort: { 'progress-report': { hours: 0 } } });
    const caseload = caseloadOf({ students: [{ studentId: 'S1', lastIepDate: d('2026-01-08') }, { studentId: 'S3', lastIepDate: d('2026-01-09') }] });
    const level = (noticeDays: number) => {
      // New York: notice days are a rule setting (8 NYCRR 200.5(c)).
      const settings = { ...base, state: 'NY' as const, ruleSettings: { 'NY.meetingNoticeDays': noticeDays } };
      const work = workItems(caseload, { settings, today: WORKLOAD_TODAY, until: d('2027-02-10') }).items;
      return levelWorkload(work, { settings, today: WORKLOAD_TODAY, capacityHours: 2.5 });
    };
    // Annual reviews 1 h a week each in W1, W2, W5; notices (Dec 28, 29: winter break) in W2: W2 has 3 h for 2.5.
    const five = level(5);
    expect(five.moves.map(({ studentId, to }) => ({ studentId, to }))).toEqual([{ studentId: 'S1', to: '2026-12-14' }]);
    expect(five.after.weeks.map((w) => w.hours)).toEqual([1, 2.5, 2.5, 0, 0, 1]); // S1: W0, W1, W2; its notice (Dec 9) in W1
    expect(five.peakAfter).toBe(2.5);
    // 20 days of notice: no meeting can be held before Dec 22 (winter break), so nothing moves.
    const twenty = level(20);
    expect(twenty.moves).toEqual([]);
    expect(twenty.peakAfter).toBe(twenty.peakBefore);
  });
});

const STATES = [undefined, 'IL', 'NY', 'PA'] as const;

const caseloadArb: fc.Arbitrary<{ caseload: Caseload; today: string; capacity: number; state: (typeof STATES)[number]; gap: number }> = fc
  .record({
    today: isoDateBetween('2026-08-20', '2027-03-15'),
    capacity: fc.integer({ min: 1, max: 12 }),
    state: fc.constantFrom(...STATES),
    gap: fc.integer({ min: 0, max: 40 }),
    students: fc.array(
      fc.record({
        iepAgo: fc.integer({ min: 200, max: 400 }),
        scheduledIn: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        goals: fc.integer({ min: 0, max: 4 }),
        followUpIn: fc.option(fc.integer({ min: -20, max: 60 }), { nil: undefined }),
        reevalAgo: fc.option(fc.integer({ min: 900, max: 1100 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map(({ today, capacity, state, gap, students }) => {
    const records: StudentRecord[] = students.map((s, i) => ({
      studentId: `S${100 + i}`,
      lastIepDate: addCalendarDays(today, -s.iepAgo),
      ...(s.scheduledIn !== undefined ? { nextIepMeetingDate: addCalendarDays(today, s.scheduledIn) } : {}),
      ...(s.reevalAgo !== undefined ? { lastEvaluationDate: addCalendarDays(today, -s.reevalAgo) } : {}),
    }));
    const caseload = caseloadOf({
      students: records,
      goals: students.flatMap((s, i) => Array.from({ length: s.goals }, (_, g) => ({ goalId: `G${i}-${g}`, studentId: `S${100 + i}`, goal: 'A goal' }))),
      contacts: students.flatMap((s, i) =>
        s.followUpIn === undefined ? [] : [{ contactId: `C${i}`, studentId: `S${100 + i}`, date: today, followUpDue: addCalendarDays(today, s.followUpIn) }],
      ),
    });
    return { caseload, today, capacity, state, gap };
  });

describe('levelWorkload properties', () => {
  const settingsFor = (state: (typeof STATES)[number], gap: number) =>
    settingsWith({
      calendar: DISTRICT_CALENDAR_JSON,
      ...(state ? { state } : {}),
      progressReportDates: ['2026-11-06', '2027-01-22', '2027-04-09'],
      workload: { minMeetingGapDays: gap },
    });

  let moved = 0;
  it('never moves work after its due date, before today, before its notice can be sent, or into a closed week; never raises the peak or the largest overload; keeps the meeting gap', () => {
    fc.assert(
      fc.property(caseloadArb, ({ caseload, today, capacity, state, gap }) => {
        const settings = settingsFor(state, gap);
        const plan = planWorkload(caseload, { settings, today: today as never, capacityHours: capacity });
        expect(plan.peakAfter).toBeLessThanOrEqual(plan.peakBefore);
        const worst = (weeks: { hours: number; capacityHours: number }[]) => Math.max(0, ...weeks.map((w) => w.hours - w.capacityHours));
        expect(worst(plan.after.weeks)).toBeLessThanOrEqual(worst(plan.before.weeks) + 0.01);
        moved += plan.moves.length;
        for (const move of plan.moves) {
          expect(move.to < move.from).toBe(true);
          expect(move.to <= move.dueDate).toBe(true);
          expect(move.to >= today).toBe(true);
          expect(isSchoolDay(DISTRICT_CALENDAR, move.to)).toBe(true);
          if (move.kind !== 'annual-review') continue;
          const student = caseload.students.find((s) => s.studentId === move.studentId) as StudentRecord;
          const ctx = ruleContext(student, settings);
          const lead = ctx.ok ? meetingNoticeLead(ctx.value) : undefined;
          if (lead) expect((countDaysBack(move.to, lead.days, lead.unit, settings) as string) >= today).toBe(true);
          if (student.lastIepDate) expect(calendarDaysBetween(student.lastIepDate, move.to)).toBeGreaterThanOrEqual(gap);
          for (const other of plan.items) {
            if (other.studentId !== move.studentId || !other.meeting || other.id === move.itemId) continue;
            const otherDate = plan.moves.find((m) => m.itemId === other.id)?.to ?? other.date;
            expect(Math.abs(calendarDaysBetween(otherDate, move.to))).toBeGreaterThanOrEqual(gap);
          }
        }
      }),
      { numRuns: 150 },
    );
    // The property is not vacuous: the generated caseloads do get moves.
    expect(moved).toBeGreaterThan(20);
  });

  it('gives the same result on every run and whatever the order of the students', () => {
    fc.assert(
      fc.property(caseloadArb, fc.integer(), ({ caseload, today, capacity, state, gap }, seed) => {
        const settings = settingsFor(state, gap);
        const options = { settings, today: today as never, capacityHours: capacity };
        const first = planWorkload(caseload, options);
        expect(planWorkload(caseload, options).moves).toEqual(first.moves);
        const shuffled = [...caseload.students].sort((a, b) => ((a.studentId.charCodeAt(2) * seed) % 7) - ((b.studentId.charCodeAt(2) * seed) % 7));
        const again = planWorkload({ ...caseload, students: shuffled }, options);
        expect(again.moves).toEqual(first.moves);
        expect(again.after.weeks).toEqual(first.after.weeks);
      }),
      { numRuns: 60 },
    );
  });
});

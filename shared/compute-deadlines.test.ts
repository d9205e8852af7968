import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween } from './add-calendar-days.ts';
import { STATUS_STYLES } from './deadline.ts';
import { type IsoDate, isIsoDate } from './iso-date.ts';
import { Settings } from './settings.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import { statusFor } from './status-for.ts';
import type { Deadline } from './deadline.ts';
import type { DeadlineKind } from './timeline-rule.ts';
import type { StudentRecord } from './student-record.ts';
import { DISTRICT_CALENDAR, d, isoDateBetween, settingsWith, student } from './test-fixtures.ts';

const TODAY = d('2026-11-23'); // a Monday, first day of Thanksgiving break 2026 in the fixture calendar
const federal = settingsWith();

function deadlinesOf(fields: Record<string, unknown>, settings = federal, today = TODAY) {
  return computeDeadlines(student(fields), settings, today);
}
function one(kind: DeadlineKind, fields: Record<string, unknown>, settings = federal, today = TODAY): Deadline {
  const found = deadlinesOf(fields, settings, today).deadlines.filter((x) => x.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as Deadline;
}
const kinds = (fields: Record<string, unknown>, settings = federal, today = TODAY) => deadlinesOf(fields, settings, today).deadlines.map((x) => x.kind).sort();

describe('computeDeadlines: annual review (34 CFR 300.324(b)(1)(i))', () => {
  it('published example P6: IEP 12/20/25 → due 12/19/2026 (day before the anniversary, the default)', () => {
    const x = one('annual-review', { lastIepDate: '2025-12-20' });
    expect(x).toMatchObject({
      studentId: 'S1',
      title: 'Annual IEP review',
      dueDate: '2026-12-19',
      daysLeft: 26, // Nov 23 → Nov 30 is 7, + 19 = 26
      schoolDaysLeft: null, // no calendar in the settings
      status: 'soon',
      warnings: [],
    });
    expect(x.basis).toEqual({
      ruleId: 'US.annual-review',
      citation: '34 CFR 300.324(b)(1)(i)',
      verification: 'V',
      explanation: 'The IEP team must review the IEP periodically, but not less than annually.',
      inputs: { lastIepDate: '2025-12-20', convention: 'day-before-anniversary' },
      notes: [],
    });
  });

  it("is due on the anniversary itself under the 'anniversary' convention", () => {
    expect(one('annual-review', { lastIepDate: '2025-12-20' }, settingsWith({ annualReviewConvention: 'anniversary' })).dueDate).toBe('2026-12-20');
  });

  it('an IEP held on February 29 is due February 27 (day before) / 28 (anniversary) the next year', () => {
    expect(one('annual-review', { lastIepDate: '2028-02-29' }, federal, d('2028-03-01')).dueDate).toBe('2029-02-27');
    expect(one('annual-review', { lastIepDate: '2028-02-29' }, settingsWith({ annualReviewConvention: 'anniversary' }), d('2028-03-01')).dueDate).toBe('2029-02-28');
  });

  it('warns, naming both dates, when the IEP system states another due date', () => {
    const later = one('annual-review', { lastIepDate: '2025-12-20', annualReviewDue: '2026-12-20' });
    expect(later.dueDate).toBe('2026-12-19');
    expect(later.warnings).toEqual(['The IEP system says 2026-12-20, but 34 CFR 300.324(b)(1)(i) gives 2026-12-19 (the system date is later: check it).']);
    const earlier = one('annual-review', { lastIepDate: '2025-12-20', annualReviewDue: '2026-12-18' });
    expect(earlier.warnings).toEqual(['The IEP system says 2026-12-18, but 34 CFR 300.324(b)(1)(i) gives 2026-12-19.']);
    expect(one('annual-review', { lastIepDate: '2025-12-20', annualReviewDue: '2026-12-19' }).warnings).toEqual([]);
  });

  it("uses the IEP system's date, with a note, when the record lacks the last IEP date", () => {
    const x = one('annual-review', { annualReviewDue: '2026-12-01' });
    expect(x).toMatchObject({ dueDate: '2026-12-01', daysLeft: 8, status: 'soon' });
    expect(x.basis.inputs).toEqual({ annualReviewDue: '2026-12-01' });
    expect(x.basis.notes).toEqual(['Taken from the IEP system: the record lacks the date the rule counts from, so Casekeeper could not check it.']);
    expect(one('reevaluation', { reevaluationDue: '2027-03-01' }).dueDate).toBe('2027-03-01');
  });

  it('warns when the scheduled meeting is after the due date', () => {
    expect(one('annual-review', { lastIepDate: '2025-12-20', nextIepMeetingDate: '2026-12-21' }).warnings).toEqual([
      'The meeting scheduled for 2026-12-21 is after the due date 2026-12-19.',
    ]);
    expect(one('annual-review', { lastIepDate: '2025-12-20', nextIepMeetingDate: '2026-12-19' }).warnings).toEqual([]);
  });

  it('gives a "schedule by" date from settings.meetingNoticeDays, and none without a lead time', () => {
    expect(one('annual-review', { lastIepDate: '2025-12-20' }).scheduleBy).toBeUndefined();
    // Dec 19 − 10 calendar days = Dec 9
    expect(one('annual-review', { lastIepDate: '2025-12-20' }, settingsWith({ meetingNoticeDays: 10 })).scheduleBy).toBe('2026-12-09');
    // reevaluation is a meeting too: Jan 9, 2027 − 10 = Dec 30, 2026
    expect(one('reevaluation', { lastEvaluationDate: '2024-01-10' }, settingsWith({ meetingNoticeDays: 10 })).scheduleBy).toBe('2026-12-30');
    // an evaluation is not a meeting
    expect(one('initial-evaluation', { consentDate: '2026-10-30' }, settingsWith({ meetingNoticeDays: 10 })).scheduleBy).toBeUndefined();
  });

  it('counts a school-day notice lead time back from the last school day on or before the due date (TX: 5 school days)', () => {
    const tx = settingsWith({ state: 'TX', calendar: DISTRICT_CALENDAR });
    // due Fri 12/18/2026 (IEP 12/19/2025): 5 school days back: Thu 17, Wed 16, Tue 15, Mon 14, Fri 11
    expect(one('annual-review', { lastIepDate: '2025-12-19' }, tx)).toMatchObject({ dueDate: '2026-12-18', scheduleBy: '2026-12-11' });
    // due Sat 12/19/2026: the meeting can be Fri 12/18 at the latest, so the notice date is the same Fri 12/11
    expect(one('annual-review', { lastIepDate: '2025-12-20' }, tx)).toMatchObject({ dueDate: '2026-12-19', scheduleBy: '2026-12-11' });
    // without a calendar a school-day lead time cannot be counted: no date rather than a wrong one
    expect(one('annual-review', { lastIepDate: '2025-12-20' }, settingsWith({ state: 'TX' })).scheduleBy).toBeUndefined();
  });

  it('counts school days left with a calendar, and says null without one or beyond it', () => {
    // after Mon 11/23 (Thanksgiving week off): Nov 30–Dec 4 (5), Dec 7–11 (10), Dec 14–18 (15); Dec 19 is a Saturday
    expect(one('annual-review', { lastIepDate: '2025-12-20' }, settingsWith({ calendar: DISTRICT_CALENDAR })).schoolDaysLeft).toBe(15);
    expect(one('annual-review', { lastIepDate: '2025-12-20' }).schoolDaysLeft).toBeNull();
    // overdue: due Thu 11/19/2026; school days after it up to today: Fri 11/20 → −1
    expect(one('annual-review', { lastIepDate: '2025-11-20' }, settingsWith({ calendar: DISTRICT_CALENDAR })).schoolDaysLeft).toBe(-1);
    // reevaluation in 2029: past the calendar's last day (2027-06-11)
    expect(one('reevaluation', { lastEvaluationDate: '2026-09-01' }, settingsWith({ calendar: DISTRICT_CALENDAR })).schoolDaysLeft).toBeNull();
  });
});

describe('computeDeadlines: evaluations and the initial IEP', () => {
  it('initial evaluation: consent received + 60 calendar days', () => {
    // Oct 30 + 1 = Oct 31 (1), + 30 = Nov 30 (31), + 29 = Dec 29 (60)
    const x = one('initial-evaluation', { consentDate: '2026-10-30' });
    expect(x).toMatchObject({ dueDate: '2026-12-29', daysLeft: 36, status: 'upcoming' });
    expect(x.basis.citation).toBe('34 CFR 300.301(c)(1)');
    expect(x.basis.inputs).toEqual({ consentDate: '2026-10-30' });
    expect(kinds({ consentDate: '2026-10-30' })).toEqual(['initial-evaluation']);
  });

  it('counts the consent day itself when the caseload counts inclusively', () => {
    expect(one('initial-evaluation', { consentDate: '2026-10-30' }, settingsWith({ countTriggerDay: true })).dueDate).toBe('2026-12-28');
  });

  it('the eligibility date completes the evaluation and starts the 30 days to the initial IEP', () => {
    const r = deadlinesOf({ consentDate: '2026-09-15', eligibilityDate: '2026-11-02' });
    const evaluation = r.deadlines.find((x) => x.kind === 'initial-evaluation');
    // Sep 15 + 60 = Nov 14 (Sep 15 + 15 = Sep 30, + 31 = Oct 31 (46), + 14 = Nov 14)
    expect(evaluation).toMatchObject({ dueDate: '2026-11-14', status: 'done', completedOn: '2026-11-02' });
    // Nov 2 + 28 = Nov 30, + 2 = Dec 2
    expect(r.deadlines.find((x) => x.kind === 'initial-iep')).toMatchObject({ dueDate: '2026-12-02', daysLeft: 9, status: 'soon' });
    expect(r.deadlines.find((x) => x.kind === 'initial-iep')?.basis.citation).toBe('34 CFR 300.323(c)(1)');
  });

  it('an overdue evaluation with no eligibility date is overdue, not done', () => {
    expect(one('initial-evaluation', { consentDate: '2026-09-15' })).toMatchObject({ dueDate: '2026-11-14', daysLeft: -9, status: 'overdue' });
  });

  it('an IEP meeting after eligibility completes the initial IEP; one from before does not', () => {
    expect(one('initial-iep', { eligibilityDate: '2026-11-02', lastIepDate: '2026-11-20' })).toMatchObject({ status: 'done', completedOn: '2026-11-20' });
    expect(one('initial-iep', { eligibilityDate: '2026-11-02', lastIepDate: '2023-05-01' }).status).toBe('soon');
  });

  it('reevaluation: 3 years from the last evaluation, not earlier than 1 year', () => {
    const x = one('reevaluation', { lastEvaluationDate: '2024-01-10' });
    expect(x).toMatchObject({ dueDate: '2027-01-09', earliest: '2025-01-10', status: 'upcoming' });
    expect(x.basis.citation).toBe('34 CFR 300.303(b)(1)-(2)');
  });

  it('reevaluation falls back to the eligibility date, and says so', () => {
    const x = one('reevaluation', { eligibilityDate: '2026-11-02' });
    expect(x).toMatchObject({ dueDate: '2029-11-01', earliest: '2027-11-02' });
    expect(x.basis.notes).toEqual(['No last evaluation date; counted from the eligibility determination date.']);
  });
});

describe('computeDeadlines: statuses', () => {
  it('a missed annual review is overdue', () => {
    // IEP 11/20/2025 → due 11/19/2026, 4 days before today
    expect(one('annual-review', { lastIepDate: '2025-11-20' })).toMatchObject({ dueDate: '2026-11-19', daysLeft: -4, status: 'overdue' });
  });

  it('a deadline due today is urgent', () => {
    expect(one('annual-review', { lastIepDate: '2025-11-24' })).toMatchObject({ dueDate: '2026-11-23', daysLeft: 0, status: 'urgent' });
  });
});

describe('computeDeadlines: transition and transfer of rights', () => {
  it('P7: a student turning 16 during the next IEP year needs transition in the IEP written at 15', () => {
    // turns 16 on 2027-06-01; the IEP written at the review due 2026-12-19 (age 15) runs through 2027-12-18
    const x = one('transition-services', { dateOfBirth: '2011-06-01', lastIepDate: '2025-12-20' });
    expect(x).toMatchObject({ dueDate: '2026-12-19', status: 'soon' });
    expect(x.basis.citation).toBe('34 CFR 300.320(b)');
    expect(x.basis.notes).toEqual([
      'The IEP written at the annual review due 2026-12-19 will be in effect on 2027-06-01: it must include transition services (turns 16 on 2027-06-01).',
    ]);
  });

  it('when the current IEP is in effect on the 16th birthday, asks to confirm it includes transition services until the tracker says so', () => {
    // turns 16 on 2026-12-01, inside the IEP of 2025-12-20 (in effect to 2026-12-19): never marked done on the engine's say-so
    const x = one('transition-services', { dateOfBirth: '2010-12-01', lastIepDate: '2025-12-20' });
    expect(x).toMatchObject({ dueDate: '2026-12-01', status: 'soon', title: 'Confirm the current IEP includes transition services' });
    expect(x.completedOn).toBeUndefined();
    expect(x.basis.notes.join(' ')).toContain('"Transition In IEP" column');
    // Confirmed for that IEP: done.
    const confirmed = one('transition-services', { dateOfBirth: '2010-12-01', lastIepDate: '2025-12-20', transitionConfirmed: '2025-12-20' });
    expect(confirmed).toMatchObject({ status: 'done', completedOn: '2025-12-20' });
    // A confirmation of an older IEP does not count for the current one.
    expect(one('transition-services', { dateOfBirth: '2010-12-01', lastIepDate: '2025-12-20', transitionConfirmed: '2024-12-20' }).status).toBe('soon');
  });

  it('transfer of rights at 18 and its statement one year before', () => {
    // majority 2028-03-01; the IEP in effect on 2027-03-01 is the one written at the review due 2026-12-19
    const r = deadlinesOf({ dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' });
    expect(r.deadlines.find((x) => x.kind === 'transfer-of-rights-notice')).toMatchObject({ dueDate: '2026-12-19', status: 'soon' });
    expect(r.deadlines.find((x) => x.kind === 'transfer-of-rights')).toMatchObject({ dueDate: '2028-03-01', status: 'upcoming' });
    expect(r.deadlines.find((x) => x.kind === 'transfer-of-rights')?.basis.citation).toBe('34 CFR 300.520(a)');
  });

  it('uses the age of majority from the rule settings, and none when the state does not transfer rights', () => {
    const nineteen = settingsWith({ ruleSettings: { 'US.ageOfMajority': 19 } });
    // at 19 the transfer is on 2029-03-01, listed from two years before it
    expect(kinds({ dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' }, nineteen)).not.toContain('transfer-of-rights');
    expect(one('transfer-of-rights', { dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' }, nineteen, d('2027-03-01')).dueDate).toBe('2029-03-01');
    const none = settingsWith({ ruleSettings: { 'US.ageOfMajority': null } });
    expect(kinds({ dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' }, none)).not.toContain('transfer-of-rights');
    expect(kinds({ dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' }, none)).not.toContain('transfer-of-rights-notice');
  });

  it('does not list a young child\'s transfer of rights (two years or more away)', () => {
    expect(kinds({ dateOfBirth: '2020-03-01', lastIepDate: '2025-12-20' })).not.toContain('transfer-of-rights');
  });

  it('drops transfer of rights once the student is past the age of majority', () => {
    expect(kinds({ dateOfBirth: '2007-03-01', lastIepDate: '2025-12-20' })).not.toContain('transfer-of-rights');
  });
});

describe('computeDeadlines: Part C to B', () => {
  it('IEP by the third birthday, conference 9 months to 90 days before', () => {
    // third birthday 2027-03-15; 9 months before = 2026-06-15; 90 days before: Mar 15 − 15 = Feb 28, − 28 = Jan 31,
    // − 31 = Dec 31, − 16 = Dec 15, 2026
    const x = one('part-c-transition', { dateOfBirth: '2024-03-15' });
    expect(x).toMatchObject({ dueDate: '2027-03-15', scheduleBy: '2026-12-15', daysLeft: 112, status: 'upcoming' });
    expect(x.basis.notes).toEqual(['Transition conference window: 2026-06-15 to 2026-12-15.']);
  });

  it('does not apply once the child is past three', () => {
    expect(kinds({ dateOfBirth: '2021-05-01' })).not.toContain('part-c-transition');
    expect(kinds({ dateOfBirth: '2024-03-15' }, federal, d('2027-03-16'))).not.toContain('part-c-transition');
  });
});

describe('computeDeadlines: progress reports, exits and problems', () => {
  it('shows the next progress report date from the settings', () => {
    const s = settingsWith({ progressReportDates: ['2026-11-06', '2027-01-29', '2026-12-18'] });
    const withIep = { lastIepDate: '2026-03-02' };
    const x = one('progress-report', withIep, s);
    expect(x).toMatchObject({ dueDate: '2026-12-18', daysLeft: 25, status: 'soon' });
    expect(x.basis.citation).toBe('34 CFR 300.320(a)(3)(ii)');
    expect(one('progress-report', withIep, s, d('2026-12-18')).dueDate).toBe('2026-12-18'); // due today still shows
    expect(kinds(withIep, s, d('2027-02-01'))).not.toContain('progress-report'); // no report date left
    expect(one('progress-report', { annualReviewDue: '2027-03-01' }, s).dueDate).toBe('2026-12-18'); // IEP known from the system
  });

  it('gives no progress report to a student who has no IEP yet (referral or evaluation only)', () => {
    const s = settingsWith({ progressReportDates: ['2026-12-18'] });
    expect(kinds({ referralDate: '2026-11-02', consentDate: '2026-11-10' }, s)).toEqual(['initial-evaluation']);
    expect(kinds({}, s)).toEqual([]);
  });

  it('an exited student has no deadlines; one exiting later still does', () => {
    const full = { lastIepDate: '2025-12-20', consentDate: '2026-10-30', dateOfBirth: '2011-06-01' };
    expect(deadlinesOf({ ...full, exitDate: '2026-11-01' })).toEqual({ studentId: 'S1', deadlines: [], problems: [] });
    expect(deadlinesOf({ ...full, exitDate: TODAY })).toEqual({ studentId: 'S1', deadlines: [], problems: [] });
    expect(deadlinesOf({ ...full, exitDate: '2027-06-11' }).deadlines.length).toBeGreaterThan(0);
  });

  it('a student with only an ID has nothing due and no problems', () => {
    expect(deadlinesOf({})).toEqual({ studentId: 'S1', deadlines: [], problems: [] });
  });

  it('an unknown state is a problem in plain words, not a crash', () => {
    const record = { ...student({ lastIepDate: '2025-12-20' }), state: 'ZZ' } as unknown as StudentRecord;
    const r = computeDeadlines(record, federal, TODAY);
    expect(r.deadlines).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^There are no rules for "ZZ" yet\. Known: US \(federal\)/);
  });

  it('returns deadlines most urgent first', () => {
    const r = deadlinesOf({ consentDate: '2026-09-15', lastIepDate: '2025-11-24', lastEvaluationDate: '2024-01-10' });
    expect(r.deadlines.map((x) => [x.kind, x.status])).toEqual([
      ['initial-evaluation', 'overdue'], // 11-14
      ['annual-review', 'urgent'], // 11-23
      ['reevaluation', 'upcoming'], // 2027-01-09
    ]);
  });
});

describe('computeDeadlines properties', () => {
  const date = isoDateBetween('2015-01-01', '2027-06-01');
  const record = fc.record(
    {
      dateOfBirth: isoDateBetween('2003-01-01', '2025-06-01'),
      referralDate: date,
      consentDate: date,
      eligibilityDate: date,
      lastIepDate: date,
      nextIepMeetingDate: date,
      lastEvaluationDate: date,
      annualReviewDue: date,
      reevaluationDue: date,
    },
    { requiredKeys: [] },
  );
  const settings = fc.constantFrom(
    federal,
    settingsWith({ calendar: DISTRICT_CALENDAR, meetingNoticeDays: 10, progressReportDates: ['2026-12-18', '2027-03-12'] }),
    settingsWith({ annualReviewConvention: 'anniversary', countTriggerDay: true, rollForward: true, urgentDays: 3, soonDays: 14 }),
  );

  it('every deadline is a real date, consistent with today and its status, most urgent first', () => {
    fc.assert(
      fc.property(record, settings, isoDateBetween('2025-08-25', '2027-06-01'), (fields, s, today) => {
        const r = computeDeadlines(student(fields), s, today);
        expect(r.problems).toEqual([]);
        for (const x of r.deadlines) {
          expect(isIsoDate(x.dueDate)).toBe(true);
          expect(x.daysLeft).toBe(calendarDaysBetween(today, x.dueDate));
          if (x.status !== 'done') expect(x.status).toBe(statusFor(x.daysLeft, s));
          else expect(x.completedOn).toBeDefined();
          if (x.scheduleBy) expect(x.scheduleBy <= x.dueDate).toBe(true);
          if (!s.calendar) expect(x.schoolDaysLeft).toBeNull();
          expect(x.basis.citation).toMatch(/^34 CFR 30[03]\./);
        }
        const ranks = r.deadlines.map((x) => STATUS_STYLES[x.status].rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const annual = r.deadlines.find((x) => x.kind === 'annual-review');
        if (annual && fields.lastIepDate) {
          const gap = calendarDaysBetween(fields.lastIepDate, annual.dueDate);
          expect(gap).toBeGreaterThanOrEqual(364);
          expect(gap).toBeLessThanOrEqual(366);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('computeDeadlines: an evaluation never vanishes for want of its start date (issue 15)', () => {
  it('says so when NC or VA has consent but no referral date (NC 1503-2.2; 8VAC20-81-60)', () => {
    for (const state of ['NC', 'VA'] as const) {
      const r = computeDeadlines({ studentId: 'S1', consentDate: '2026-10-01' as IsoDate }, Settings.parse({ state }), '2026-11-01' as IsoDate);
      expect(r.deadlines.some((d) => d.kind === 'initial-evaluation'), state).toBe(false);
      expect(r.problems.join(' '), state).toMatch(/counts from the Referral Date, which is blank \(the Consent Date is 2026-10-01\)/);
    }
    const done = computeDeadlines({ studentId: 'S1', consentDate: '2024-10-01' as IsoDate, lastIepDate: '2025-01-01' as IsoDate }, Settings.parse({ state: 'NC' }), '2026-11-01' as IsoDate);
    expect(done.problems).toEqual([]);
  });
});

describe('computeDeadlines: initial cases shown once, and nothing stated that the engine does not know (issue 15)', () => {
  const ca = settingsWith({ state: 'CA', calendar: DISTRICT_CALENDAR });

  it('lists a California initial case once: the evaluation timeline includes the IEP meeting (EC 56043; EC 56344(a))', () => {
    const r = computeDeadlines(student({ consentDate: '2025-10-01' }), ca, d('2025-10-15'));
    const initial = r.deadlines.filter((x) => x.kind === 'initial-evaluation' || x.kind === 'initial-iep');
    expect(initial).toHaveLength(1);
    expect(initial[0]?.basis.notes).toContain('This is also the date of the initial IEP meeting.');
  });

  it('raises no calendar error for an evaluation finished long before the calendar starts (CA, TX, PA)', () => {
    for (const state of ['CA', 'TX', 'PA'] as const) {
      const old = student({ consentDate: '2019-01-10', eligibilityDate: '2019-02-20', lastIepDate: '2026-02-01', lastEvaluationDate: '2025-01-10' });
      const r = computeDeadlines(old, settingsWith({ state, calendar: DISTRICT_CALENDAR }), d('2026-03-01'));
      expect(r.problems, state).toEqual([]);
    }
  });

  it('gives no rights-transfer row for a student who is only referred (34 CFR 300.520(a))', () => {
    const referred = computeDeadlines(student({ dateOfBirth: '2009-03-10', referralDate: '2026-10-01' }), settingsWith({}), d('2026-11-01'));
    expect(referred.deadlines.some((x) => x.kind === 'transfer-of-rights')).toBe(false);
    const withIep = computeDeadlines(student({ dateOfBirth: '2009-03-10', lastIepDate: '2026-03-01' }), settingsWith({}), d('2026-11-01'));
    expect(withIep.deadlines.some((x) => x.kind === 'transfer-of-rights')).toBe(true);
  });

  it('reminds that the first IEP of a 15- to 17-year-old in an initial evaluation must hold transition and the transfer statement (34 CFR 300.320(b)-(c))', () => {
    // Born 2009-03-10 (17 on 2026-03-10; rights transfer 2027-03-10). Consent 2026-01-05: first IEP due 2026-03-06 (60 days).
    const r = computeDeadlines(student({ dateOfBirth: '2009-03-10', consentDate: '2026-01-05' }), settingsWith({}), d('2026-01-20'));
    const transition = r.deadlines.find((x) => x.kind === 'transition-services');
    const statement = r.deadlines.find((x) => x.kind === 'transfer-of-rights-notice');
    expect(transition).toMatchObject({ dueDate: '2026-03-06' });
    expect(transition?.basis.notes.join(' ')).toContain('The first IEP (due 2026-03-06) must include transition services');
    expect(statement).toMatchObject({ dueDate: '2026-03-06' });
    // A 10-year-old in an initial evaluation gets neither.
    const young = computeDeadlines(student({ dateOfBirth: '2016-03-10', consentDate: '2026-01-05' }), settingsWith({}), d('2026-01-20'));
    expect(young.deadlines.some((x) => x.kind === 'transition-services' || x.kind === 'transfer-of-rights-notice')).toBe(false);
  });

  it('never says an IEP was in effect before it was written', () => {
    // Turned 16 on 2025-06-01, before the IEP of 2025-12-20 was written.
    const r = computeDeadlines(student({ dateOfBirth: '2009-06-01', lastIepDate: '2025-12-20' }), settingsWith({}), d('2026-01-10'));
    const notes = r.deadlines.find((x) => x.kind === 'transition-services')?.basis.notes.join(' ') ?? '';
    expect(notes).not.toMatch(/IEP of 2025-12-20 is in effect on 2025-06-01/);
    expect(notes).toContain('the current IEP (of 2025-12-20) must include');
  });
});

describe('computeDeadlines: an ambiguous weekend due date is kept and said (timelines.md §0)', () => {
  it('keeps a Sunday due date (the earlier reading) and says so, unless rollForward is set', () => {
    // Consent 2025-10-01 + 60 days = Sun 2025-11-30 (34 CFR 300.301(c)(1)).
    const r = one('initial-evaluation', { consentDate: '2025-10-01' }, federal, d('2025-10-15'));
    expect(r.dueDate).toBe('2025-11-30');
    expect(r.basis.notes.join(' ')).toContain('Due on a Sunday');
    const rolled = one('initial-evaluation', { consentDate: '2025-10-01' }, settingsWith({ rollForward: true, calendar: DISTRICT_CALENDAR }), d('2025-10-15'));
    expect(rolled.basis.notes.join(' ')).not.toContain('Due on a Sunday');
  });
});

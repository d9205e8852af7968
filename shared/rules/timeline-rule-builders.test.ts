import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../iso-date.ts';
import type { RuleContext } from '../timeline-rule.ts';
import { DISTRICT_CALENDAR, d, settingsWith, student } from '../test-fixtures.ts';
import { anniversaryDue } from './anniversary-due.ts';
import { birthdayAt } from './birthday-at.ts';
import { countOptionsFrom } from './count-options-from.ts';
import { countingRule } from './counting-rule.ts';
import { iepInEffectOn } from './iep-in-effect-on.ts';
import { majorityRules } from './majority-rules.ts';
import { skippedNotes } from './skipped-notes.ts';
import { transitionRule } from './transition-rule.ts';
import { yearsRule } from './years-rule.ts';

const facts = { title: 'Test rule', citation: '34 CFR 300.0', verification: 'V' as const, explanation: 'A test rule.' };
const ctxOf = (fields: Record<string, unknown>, settings = settingsWith(), values: Record<string, number | boolean | null> = {}): RuleContext => ({
  student: student(fields),
  settings,
  setting: <T extends number | boolean | null>(id: string) => values[id] as T,
});

describe('anniversaryDue / birthdayAt', () => {
  it('applies the annual-review convention', () => {
    expect(anniversaryDue(d('2025-12-20'), 1, settingsWith())).toBe('2026-12-19');
    expect(anniversaryDue(d('2025-12-20'), 1, settingsWith({ annualReviewConvention: 'anniversary' }))).toBe('2026-12-20');
    expect(anniversaryDue(d('2026-01-01'), 1, settingsWith())).toBe('2026-12-31'); // crosses back into the same year
    expect(anniversaryDue(d('2024-03-01'), 1, settingsWith())).toBe('2025-02-28');
    expect(anniversaryDue(d('2027-03-01'), 1, settingsWith())).toBe('2028-02-29'); // day before Mar 1 in a leap year
  });

  it('a February 29 birthday falls on February 28 in common years', () => {
    expect(birthdayAt(d('2012-02-29'), 16)).toBe('2028-02-29');
    expect(birthdayAt(d('2012-02-29'), 18)).toBe('2030-02-28');
    expect(birthdayAt(d('2010-06-01'), 3)).toBe('2013-06-01');
  });
});

describe('countingRule', () => {
  const rule = countingRule({ ...facts, id: 'X.initial-evaluation', kind: 'initial-evaluation', trigger: 'consentDate', count: 60, unit: 'calendar' });

  it('summarises its numbers and counts from the trigger', () => {
    expect(rule.summary).toBe('60 calendar days from consent received');
    expect(rule.compute(ctxOf({ consentDate: '2025-09-02' }))).toEqual({ ok: true, value: { dueDate: '2025-11-01', inputs: { consentDate: '2025-09-02' }, notes: [] } });
    expect(rule.compute(ctxOf({}))).toBeUndefined();
  });

  it('takes inclusive counting and roll forward from the settings', () => {
    const inclusive = rule.compute(ctxOf({ consentDate: '2025-09-02' }, settingsWith({ countTriggerDay: true })));
    expect(inclusive?.ok && inclusive.value.dueDate).toBe('2025-10-31');
    const rolled = rule.compute(ctxOf({ consentDate: '2025-09-02' }, settingsWith({ rollForward: true })));
    expect(rolled?.ok && rolled.value.dueDate).toBe('2025-11-03'); // Sat 11/1 → Mon 11/3
  });

  it('applies its exclusions with the calendar from the settings and explains what it skipped', () => {
    const ga = countingRule({ ...facts, id: 'GA.x', kind: 'initial-evaluation', trigger: 'consentDate', count: 10, unit: 'calendar', exclusions: { excludeBreaksOfAtLeast: 5 } });
    expect(ga.compute(ctxOf({ consentDate: '2025-11-20' }, settingsWith({ calendar: DISTRICT_CALENDAR })))).toEqual({
      ok: true,
      value: { dueDate: '2025-12-09', inputs: { consentDate: '2025-11-20' }, notes: ['Not counted: Thanksgiving break (2025-11-22 to 2025-11-30).'] },
    });
    const noCalendar = ga.compute(ctxOf({ consentDate: '2025-11-20' }));
    expect(noCalendar?.ok).toBe(false);
    expect(noCalendar?.ok === false && noCalendar.error.message).toMatch(/school calendar/);
  });
});

describe('yearsRule', () => {
  const reeval = yearsRule({ ...facts, id: 'X.reevaluation', kind: 'reevaluation', trigger: 'lastEvaluationDate', fallbackTrigger: 'eligibilityDate', years: 3, earliestYears: 1 });

  it('counts years from the trigger, else from the fallback with a note', () => {
    expect(reeval.summary).toBe('3 years from last evaluation');
    expect(reeval.compute(ctxOf({ lastEvaluationDate: '2024-01-10', eligibilityDate: '2020-01-01' }))).toEqual({
      ok: true,
      value: { dueDate: '2027-01-09', earliest: '2025-01-10', inputs: { lastEvaluationDate: '2024-01-10', convention: 'day-before-anniversary' }, notes: [] },
    });
    const fallback = reeval.compute(ctxOf({ eligibilityDate: '2024-02-29' }));
    expect(fallback).toEqual({
      ok: true,
      value: {
        dueDate: '2027-02-27', // 2024-02-29 + 3 years = 2027-02-28, the day before = 2027-02-27
        earliest: '2025-02-28',
        inputs: { eligibilityDate: '2024-02-29', convention: 'day-before-anniversary' },
        notes: ['No last evaluation date; counted from the eligibility determination date.'],
      },
    });
    expect(reeval.compute(ctxOf({}))).toBeUndefined();
  });

  it('applies only to the students its predicate accepts', () => {
    const sld = yearsRule({ ...facts, id: 'X.sld', kind: 'reevaluation', trigger: 'lastEvaluationDate', years: 2, appliesTo: (s) => s.disability === 'SLD' });
    expect(sld.compute(ctxOf({ lastEvaluationDate: '2024-01-10', disability: 'SLD' }))?.ok).toBe(true);
    expect(sld.compute(ctxOf({ lastEvaluationDate: '2024-01-10', disability: 'OHI' }))).toBeUndefined();
  });
});

describe('iepInEffectOn', () => {
  const s = settingsWith();
  it('asks to confirm the current IEP when it is still in effect on the date, done only once confirmed', () => {
    expect(iepInEffectOn(d('2026-12-01'), 'X', student({ lastIepDate: '2025-12-20' }), s)).toEqual({
      dueDate: '2026-12-01',
      title: 'Confirm the current IEP includes X',
      notes: ['The IEP of 2025-12-20 is in effect on 2026-12-01: it must include X.', 'Casekeeper cannot see the IEP itself: check that it does.'],
    });
    expect(iepInEffectOn(d('2026-12-01'), 'X', student({ lastIepDate: '2025-12-20' }), s, { confirmed: d('2025-12-20') })).toMatchObject({
      completedOn: '2025-12-20',
    });
  });

  it('never says an IEP was in effect before it was written', () => {
    const r = iepInEffectOn(d('2025-06-01'), 'X', student({ lastIepDate: '2025-12-20' }), s);
    expect(r?.dueDate).toBe('2025-12-20');
    expect(r?.notes[0]).toBe('Required since 2025-06-01: the current IEP (of 2025-12-20) must include X.');
  });

  it('puts the requirement on the first IEP of a student in an initial evaluation', () => {
    expect(iepInEffectOn(d('2026-06-01'), 'X', student({}), s, { firstIep: d('2026-03-06') })?.dueDate).toBe('2026-03-06');
    expect(iepInEffectOn(d('2027-06-01'), 'X', student({}), s, { firstIep: d('2026-03-06') })).toBeUndefined();
  });

  it('is the next annual review when its IEP will be in effect on the date', () => {
    // next review due 2026-12-19; its IEP runs to the review due 2027-12-18
    expect(iepInEffectOn(d('2027-06-01'), 'X', student({ lastIepDate: '2025-12-20' }), s)).toEqual({
      dueDate: '2026-12-19',
      notes: ['The IEP written at the annual review due 2026-12-19 will be in effect on 2027-06-01: it must include X.'],
    });
    // on the review date itself, the new IEP is the one in effect
    expect(iepInEffectOn(d('2026-12-19'), 'X', student({ lastIepDate: '2025-12-20' }), s)?.dueDate).toBe('2026-12-19');
    expect(iepInEffectOn(d('2027-12-17'), 'X', student({ lastIepDate: '2025-12-20' }), s)?.dueDate).toBe('2026-12-19');
  });

  it('is not shown yet when it falls two or more annual reviews away', () => {
    // the IEP in effect on 2028-06-01 is the one of the review due 2027-12-18: not the next meeting
    expect(iepInEffectOn(d('2027-12-18'), 'X', student({ lastIepDate: '2025-12-20' }), s)).toBeUndefined();
    expect(iepInEffectOn(d('2028-06-01'), 'X', student({ lastIepDate: '2025-12-20' }), s)).toBeUndefined();
  });

  it('is undefined without a last IEP date', () => {
    expect(iepInEffectOn(d('2026-12-01'), 'X', student({}), s)).toBeUndefined();
  });
});

describe('transitionRule and majorityRules', () => {
  it('transition age may come from the context (a state setting)', () => {
    const rule = transitionRule({ ...facts, id: 'X.transition-services', kind: 'transition-services', age: (ctx) => ctx.setting<number>('X.age') });
    const r = rule.compute(ctxOf({ dateOfBirth: '2012-06-01', lastIepDate: '2025-12-20' }, settingsWith(), { 'X.age': 14 }));
    // turns 14 on 2026-06-01, inside the IEP of 2025-12-20
    expect(r).toEqual({
      ok: true,
      value: {
        dueDate: '2026-06-01',
        title: 'Confirm the current IEP includes transition services',
        notes: [
          'The IEP of 2025-12-20 is in effect on 2026-06-01: it must include transition services (turns 14 on 2026-06-01).',
          'Casekeeper cannot see the IEP itself: check that it does and enter that IEP\'s date in the "Transition In IEP" column.',
        ],
        inputs: { dateOfBirth: '2012-06-01', transitionAge: 14, lastIepDate: '2025-12-20' },
      },
    });
    expect(rule.summary).toBe('first IEP in effect at the transition age');
  });

  it('gives no transfer deadlines where the age of majority is null', () => {
    const [notice, transfer] = majorityRules({ pack: 'X', age: null, noticeCitation: 'a', transferCitation: 'b', verification: 'S' });
    expect(notice?.compute(ctxOf({ dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' }))).toBeUndefined();
    expect(transfer?.compute(ctxOf({ dateOfBirth: '2010-03-01' }))).toBeUndefined();
  });

  it('a fixed age of majority dates the transfer and expires after it', () => {
    const [, transfer] = majorityRules({ pack: 'X', age: 19, noticeCitation: 'a', transferCitation: 'b', verification: 'S' });
    expect(transfer?.id).toBe('X.transfer-of-rights');
    expect(transfer?.summary).toBe('age 19');
    expect(transfer?.compute(ctxOf({ dateOfBirth: '2010-03-01' }))).toEqual({
      ok: true,
      value: { dueDate: '2029-03-01', inputs: { dateOfBirth: '2010-03-01', ageOfMajority: 19 }, notes: [], expiresAfter: '2029-03-01', showFrom: '2027-03-01' },
    });
  });
});

describe('countOptionsFrom / skippedNotes', () => {
  it('passes the calendar, counting and holiday settings through', () => {
    const s = settingsWith({ calendar: DISTRICT_CALENDAR, countTriggerDay: true, rollForward: true, holidays: ['2025-11-28'] });
    expect(countOptionsFrom(s)).toEqual({ calendar: s.calendar, countTriggerDay: true, rollForward: true, holidays: ['2025-11-28' as IsoDate] });
    expect('calendar' in countOptionsFrom(settingsWith())).toBe(false);
  });

  it('writes skipped windows as one sentence', () => {
    expect(skippedNotes([])).toEqual([]);
    expect(skippedNotes(['summer (2026-06-13 to 2026-08-23)', 'Winter break'])).toEqual(['Not counted: summer (2026-06-13 to 2026-08-23); Winter break.']);
  });
});

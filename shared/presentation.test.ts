import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOpenDeadline } from './next-open-deadline.ts';
import { presentDate } from './present-date.ts';
import { presentDaysLeft } from './present-days-left.ts';
import { presentStatus, presentVerification } from './present-status.ts';
import { presentStudentName } from './present-student-name.ts';
import { todayIn } from './today-in.ts';

describe('the presentation every edge shows', () => {
  it('names a student one way, with initials where asked, never blank', () => {
    expect(presentStudentName({ studentId: '1001', firstName: 'Ana', lastName: 'Rivera' })).toBe('Ana Rivera');
    expect(presentStudentName({ studentId: '1001', firstName: 'Ana', lastName: 'Rivera' }, 'initials')).toBe('A.R. (1001)');
    expect(presentStudentName({ studentId: '1001', lastName: 'Rivera' })).toBe('Rivera');
    expect(presentStudentName({ studentId: '1001' })).toBe('Student 1001');
    expect(presentStudentName({ studentId: '7', firstName: 'élan', lastName: 'Öz' }, 'initials')).toBe('É.Ö. (7)');
  });

  it('says days left with singular and plural right', () => {
    expect([1, 2, 0, -1, -3].map((n) => presentDaysLeft(n))).toEqual(['1 day left', '2 days left', 'due today', '1 day overdue', '3 days overdue']);
    expect(presentDaysLeft(1, 'school day')).toBe('1 school day left');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), (n) => {
        expect(presentDaysLeft(n)).toBe(`${n} days left`);
        expect(presentDaysLeft(-n)).toBe(`${n} days overdue`);
      }),
    );
  });

  it('writes dates the US way by default, ISO or long when asked', () => {
    expect(presentDate('2026-03-04')).toBe('3/4/2026');
    expect(presentDate('2026-03-04', 'iso')).toBe('2026-03-04');
    expect(presentDate('2026-03-04', 'long')).toBe('Mar 4, 2026');
  });

  it("gives today's date where the person is, not where the computer is", () => {
    const now = new Date('2026-12-02T03:00:00Z');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-01');
    expect(todayIn('America/New_York', now)).toBe('2026-12-01');
    expect(todayIn('Europe/London', now)).toBe('2026-12-02');
    expect(todayIn('Not/AZone', now)).toBe('2026-12-02');
  });

  it('gives status words, colours and verification labels in words', () => {
    expect(presentStatus('urgent')).toEqual({ label: 'Urgent', background: '#FCE8B2', text: '#6B3A00' });
    expect(presentVerification('V')).toBe('Checked against the rule text');
  });

  it('leads with the most urgent open deadline', () => {
    const ds = [
      { status: 'done' as const, dueDate: '2026-01-01' },
      { status: 'soon' as const, dueDate: '2026-12-20' },
      { status: 'urgent' as const, dueDate: '2026-12-05' },
      { status: 'urgent' as const, dueDate: '2026-12-03' },
    ];
    expect(nextOpenDeadline(ds)).toEqual({ status: 'urgent', dueDate: '2026-12-03' });
    expect(nextOpenDeadline([{ status: 'done' as const, dueDate: '2026-01-01' }])).toBeUndefined();
  });
});

import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { computeDeadlines, defaultSettings, parseSchoolCalendar, type IsoDate } from '../../shared/index.ts';
import { DeadlineList } from './DeadlineList.tsx';
import { mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const today = '2026-11-23' as IsoDate;
const calendar = parseSchoolCalendar({ name: 'Test district', schoolYears: [{ firstDay: '2026-08-24', lastDay: '2027-06-10' }], closures: [] });

describe('DeadlineList', () => {
  it('counts school days inside the calendar, and past its last day says the calendar ends (never "add a school calendar" while one is loaded)', () => {
    if (!calendar.ok) throw new Error(calendar.error.message);
    const settings = { ...defaultSettings, calendar: calendar.value };
    // Annual review due 2/9/2027 (inside the calendar); reevaluation due 2028 (past its last day).
    const { deadlines } = computeDeadlines({ studentId: 'A1', lastIepDate: '2026-02-10' as IsoDate, lastEvaluationDate: '2025-09-10' as IsoDate }, settings, today);
    act(() => dom.root.render(<DeadlineList deadlines={deadlines} dateStyle="us" calendar={calendar.value} />));
    const items = [...dom.host.querySelectorAll('li.deadline')].map((li) => li.textContent ?? '');
    expect(items.find((t) => t.includes('Annual'))).toMatch(/\d+ school days left/);
    expect(items.find((t) => t.includes('Reevaluation'))).toContain('school days: the school calendar ends 6/10/2027: add the next school year to count school days');
    expect(dom.host.textContent).not.toContain('add a school calendar');
  });

  it('asks for a school calendar when none is loaded', () => {
    const { deadlines } = computeDeadlines({ studentId: 'A1', lastIepDate: '2026-02-10' as IsoDate }, defaultSettings, today);
    act(() => dom.root.render(<DeadlineList deadlines={deadlines} />));
    expect(dom.host.textContent).toContain('school days: add a school calendar to count school days');
  });
});

import { describe, expect, it } from 'vitest';
import { coverageHandoff } from './coverage-handoff.ts';
import { coverageHandoffHtml, HANDOFF_STUDENT_SECTIONS } from './coverage-handoff-html.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';
import { fullYearCaseload, HOSTILE, selfContainedProblems } from './test-full-year.ts';

const today = d('2026-11-23');
const settings = settingsWith({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON });
const caseload = fullYearCaseload(4, { today, hostile: true });

describe('the coverage hand-off', () => {
  const r = coverageHandoff(caseload, { settings, today, from: d('2026-11-30'), to: d('2026-12-11') });
  if (!r.ok) throw new Error(r.error.message);
  const handoff = r.value;

  it('lists every student with services, usual days, accommodations, latest goal data, deadlines in the window and contacts', () => {
    expect(handoff.students.map((s) => s.student.studentId)).toEqual(['Y1000', 'Y1001', 'Y1002', 'Y1003']);
    const s = handoff.students[1];
    expect(s?.services.map((x) => x.usualDays.length > 0)).toEqual([true, true]);
    expect(s?.services[0]?.usualDays).toEqual(['Monday', 'Wednesday']);
    expect(s?.accommodations).toHaveLength(3);
    expect(s?.goals.every((g) => g.recent.length === 3 && g.progress !== undefined)).toBe(true);
    expect(s?.services.find((x) => x.service.service === 'Specialized reading instruction')?.delivery).toMatchObject({ status: 'behind' });
    expect(s?.services.every((x) => (x.delivery?.owedMinutes ?? -1) >= 0)).toBe(true);
    // IL materials for the 12/7 meeting are due 12/2, inside the window.
    expect(s?.deadlines.map((x) => x.kind)).toContain('meeting-materials');
    expect(s?.deadlines.every((x) => x.dueDate <= '2026-12-11' && x.status !== 'done')).toBe(true);
    expect(s?.familyContact?.result).toBe('reached');
  });

  it('prints a cover sheet and one sheet per student, self-contained and escaped', () => {
    const html = coverageHandoffHtml(handoff);
    expect(html.match(/<section/g)).toHaveLength(1 + 4);
    for (const part of HANDOFF_STUDENT_SECTIONS) expect(html.split(`<h3>${part.title}</h3>`)).toHaveLength(5);
    expect(selfContainedProblems(html)).toEqual([]);
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('>Behind</span>');
  });

  it('takes only the students asked for, and says what is wrong with the request', () => {
    const some = coverageHandoff(caseload, { settings, today, from: today, to: d('2026-12-04'), studentIds: ['Y1002'] });
    expect(some.ok && some.value.students.map((s) => s.student.studentId)).toEqual(['Y1002']);
    const unknown = coverageHandoff(caseload, { settings, today, from: today, to: today, studentIds: ['Y9999'] });
    expect(unknown.ok ? '' : unknown.error.code).toBe('unknown-student');
    const backwards = coverageHandoff(caseload, { settings, today, from: d('2026-12-04'), to: today });
    expect(backwards.ok ? '' : backwards.error.code).toBe('bad-range');
  });
});

import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { classSnapshots } from './class-snapshots.ts';
import { classSnapshotsHtml } from './class-snapshots-html.ts';
import { d } from './test-fixtures.ts';
import { HOSTILE, selfContainedProblems } from './test-full-year.ts';

const caseload = caseloadOf({
  students: [
    { studentId: 'A', firstName: 'Ana', lastName: 'Rivera' },
    { studentId: 'B', firstName: HOSTILE },
    { studentId: 'C', firstName: 'Cy' },
    { studentId: 'D', firstName: 'Dee' },
  ],
  accommodations: [
    { accommodationId: 'a1', studentId: 'A', accommodation: 'Extended time', appliesTo: 'Math; Science' },
    { accommodationId: 'a2', studentId: 'A', accommodation: 'Preferential seating', appliesTo: 'All classes' },
    { accommodationId: 'b1', studentId: 'B', accommodation: HOSTILE, appliesTo: 'All classes' },
    { accommodationId: 'c1', studentId: 'C', accommodation: 'Breaks', appliesTo: 'All classes' },
  ],
  checks: [{ checkId: 'k1', studentId: 'B', accommodationId: 'b1', date: d('2026-11-02'), classOrSetting: 'math', result: 'implemented', checkedBy: 'Mr. Yoon' }],
});

describe('class snapshots (34 CFR 300.323(d))', () => {
  const r = classSnapshots(caseload);
  if (!r.ok) throw new Error(r.error.message);

  it('one per class named in the accommodations or checks, with each student’s accommodations there', () => {
    expect(r.value.classes.map((c) => c.className)).toEqual(['Math', 'Science']);
    const math = r.value.classes[0];
    expect(math?.teachers).toEqual(['Mr. Yoon']);
    expect(math?.students.map((s) => [s.student.studentId, s.accommodations.map((a) => a.accommodationId)])).toEqual([
      ['A', ['a1', 'a2']],
      ['B', ['b1']],
    ]);
    expect(r.value.classes[1]?.students.map((s) => s.student.studentId)).toEqual(['A']);
  });

  it('lists apart the students no snapshot names, with the reason', () => {
    expect(r.value.notInAnyClass.map((s) => [s.student.studentId, /no class/.test(s.reason) ? 'no class' : 'none'])).toEqual([
      ['C', 'no class'],
      ['D', 'none'],
    ]);
  });

  it('keeps classes of the same name in different schools apart', () => {
    const two = caseloadOf({
      students: [
        { studentId: 'E', school: 'Lincoln Elementary' },
        { studentId: 'H', school: 'Harbor High' },
      ],
      accommodations: [
        { accommodationId: 'e1', studentId: 'E', accommodation: 'Visual schedule', appliesTo: 'Math' },
        { accommodationId: 'h1', studentId: 'H', accommodation: 'Calculator', appliesTo: 'math' },
      ],
    });
    const r2 = classSnapshots(two, { className: 'Math' });
    expect(r2.ok && r2.value.classes.map((c) => [c.className, c.school, c.students.map((s) => s.student.studentId)])).toEqual([
      ['math', 'Harbor High', ['H']],
      ['Math', 'Lincoln Elementary', ['E']],
    ]);
  });

  it('picks one class in any case, and names the known classes when the class is unknown', () => {
    const one = classSnapshots(caseload, { className: 'SCIENCE' });
    expect(one.ok && one.value.classes.map((c) => c.className)).toEqual(['Science']);
    const none = classSnapshots(caseload, { className: 'Art' });
    expect(none.ok ? '' : none.error.message).toMatch(/Math, Science/);
  });

  it('prints one sheet per class plus the students apart, escaped and self-contained', () => {
    const html = classSnapshotsHtml(r.value, { today: '2026-11-23' });
    expect(html.match(/<section/g)).toHaveLength(3);
    expect(selfContainedProblems(html)).toEqual([]);
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('&lt;script&gt;');
  });
});

import { buildDeadline } from './build-deadline.ts';
import type { CaseloadDeadlineSource } from './caseload-deadline-sources.ts';
import { meetingMaterialsDue } from './meeting-materials-due.ts';

/**
 * The written materials for the next scheduled IEP meeting (`nextIepMeetingDate`), where the state sets a
 * date for them: in Illinois a deadline of kind `meeting-materials` 3 school days before the meeting
 * (105 ILCS 5/14-8.02f(c)). Listed until the meeting day; nothing for a meeting already held.
 *
 * @example meetingMaterialsSource.compute({ studentId: 'S1', state: 'IL', nextIepMeetingDate: '2026-12-10' }, NO_STUDENT_TABLES, settings, '2026-11-23').deadlines[0]?.dueDate // '2026-12-07'
 */
export const meetingMaterialsSource: CaseloadDeadlineSource = {
  id: 'meeting-materials',
  title: 'Written materials before the meeting',
  compute(student, _tables, settings, today) {
    const meeting = student.nextIepMeetingDate;
    if (!meeting || meeting < today) return { deadlines: [], problems: [] };
    const due = meetingMaterialsDue(meeting, student.state ?? settings.state, settings);
    if (!due) return { deadlines: [], problems: [] };
    const deadline = buildDeadline(
      {
        studentId: student.studentId,
        kind: 'meeting-materials',
        title: 'Written materials to the parent',
        dueDate: due.dueDate,
        basis: {
          ruleId: 'IL.meeting-materials',
          citation: due.citation,
          verification: 'V',
          explanation: 'At least 3 school days before an eligibility or IEP meeting, the parent receives copies of all written material the team will consider (drafts, evaluation reports, data).',
          inputs: { nextIepMeetingDate: meeting },
          notes: due.notes,
        },
        warnings: due.warnings,
      },
      settings,
      today,
    );
    return { deadlines: [deadline], problems: [] };
  },
};

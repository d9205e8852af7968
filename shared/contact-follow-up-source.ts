import { buildDeadline } from './build-deadline.ts';
import type { CaseloadDeadlineSource } from './caseload-deadline-sources.ts';
import { openFollowUps } from './open-follow-ups.ts';

const CITATION = '34 CFR 300.322(d)';

/**
 * Open parent follow-ups as deadlines of kind `contact-follow-up`, with status and colours like every
 * other deadline. The contact log is the record of attempts to reach a parent that 34 CFR 300.322(d)
 * asks for; an unanswered follow-up is a gap in it.
 *
 * A concern raised with no follow-up date is a deadline too, due the day it was raised (so it shows as
 * overdue) with a warning, rather than a "problem": problems say what could not be computed, while this
 * is a task someone owes the family, and as a deadline it reaches the sheet's deadline columns and the
 * calendar sync. Recording a follow-up date (or its done date) clears the flag. The contact's topic and
 * summary are left out of the deadline (titles travel to calendars); the contact date points to it.
 *
 * @example contactFollowUpSource.compute(student, { ...NO_STUDENT_TABLES, contacts }, settings, today).deadlines[0]?.kind // 'contact-follow-up'
 */
export const contactFollowUpSource: CaseloadDeadlineSource = {
  id: 'contact-follow-up',
  title: 'Parent contact follow-up',
  compute(student, tables, settings, today) {
    const deadlines = openFollowUps(tables.contacts).map(({ contact, dueDate, unscheduledConcern }) => {
      return buildDeadline(
        {
          studentId: student.studentId,
          kind: 'contact-follow-up',
          title: unscheduledConcern ? 'Parent concern: no follow-up set' : 'Parent follow-up',
          dueDate,
          basis: {
            ruleId: 'US.contact-follow-up',
            citation: CITATION,
            verification: 'S',
            explanation: unscheduledConcern
              ? 'The parent raised a concern and no follow-up date was set; the contact log is the record of attempts to reach the parent (34 CFR 300.322(d)).'
              : 'A follow-up promised in the contact log; the log is the record of attempts to reach the parent (34 CFR 300.322(d)).',
            inputs: { contactDate: contact.date, ...(contact.followUpDue ? { followUpDue: contact.followUpDue } : {}), ...(contact.with ? { with: contact.with } : {}) },
            notes: [`From the contact of ${contact.date}${contact.with ? ` with ${contact.with}` : ''} (its topic and notes are in the contact log).`],
          },
          warnings: unscheduledConcern ? [`A concern raised on ${contact.date} has no follow-up date: set one, or record the follow-up as done.`] : [],
        },
        settings,
        today,
      );
    });
    return { deadlines, problems: [] };
  },
};

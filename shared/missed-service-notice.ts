import { buildDeadline } from './build-deadline.ts';
import type { CaseloadDeadlineSource } from './caseload-deadline-sources.ts';
import type { Deadline } from './deadline.ts';
import { effectiveMandate } from './effective-mandate.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { schoolDayCounter } from './school-day-counter.ts';
import type { Settings } from './settings.ts';

/** School days a service may go unimplemented after its start date (23 IAC 226.220(b); V). */
const SCHOOL_DAYS_TO_IMPLEMENT = 10;
/** School days the district then has to give the parent written notice (23 IAC 226.220(b); V). */
const SCHOOL_DAYS_TO_NOTIFY = 3;
const CITATION = '23 IAC 226.220(b); 105 ILCS 5/14-8.02f(d-5)';
const EXPLANATION =
  'When a service the IEP team found necessary is not implemented within 10 school days after the date the IEP says it starts, the district must give the parent written notice within 3 school days, including how to request compensatory services. School days the child was absent, or unavailable while the service was offered, do not count toward the 10.';

/** Whether the notice applies to a caseload: Illinois, or a state whose caseload turned it on in the settings. */
function applies(settings: Settings): boolean {
  return settings.missedServiceNotice ?? settings.state === 'IL';
}

/**
 * The Illinois missed-service notice as a caseload deadline: for each service that has no delivered or
 * make-up session by the 10th school day after its start date (not counting school days the student's
 * sessions record as `student-absent` or `student-unavailable`), written notice to the parent is due 3
 * school days later. Listed from the start date while the service has not begun (absences still to come
 * may move it), and kept when the service began too late, since the notice was still owed.
 *
 * @example missedServiceNotice.compute(student, tables, Settings.parse({ state: 'IL', calendar }), '2025-09-25').deadlines[0]?.kind // 'missed-service-notice'
 */
export const missedServiceNotice: CaseloadDeadlineSource = {
  id: 'missed-service-notice',
  title: 'Missed-service notice',
  compute(student, tables, settings, today) {
    const deadlines: Deadline[] = [];
    const problems: string[] = [];
    if (!applies(settings) || tables.services.length === 0) return { deadlines, problems };
    const counter = schoolDayCounter(settings);
    const todayDay = toDayNumber(today);
    const away = new Set<number>();
    for (const s of tables.sessions) if (s.outcome === 'student-absent' || s.outcome === 'student-unavailable') away.add(toDayNumber(s.date));
    for (const service of tables.services) {
      if (!service.startDate) {
        problems.push(`Missed-service notice: ${service.service} has no start date, so the 10-school-day check cannot be made.`);
        continue;
      }
      const start = toDayNumber(service.startDate);
      if (start > todayDay) continue;
      let begun = Infinity;
      for (const s of tables.sessions) {
        if (s.serviceId !== service.serviceId || (s.outcome !== 'delivered' && s.outcome !== 'makeup')) continue;
        const day = toDayNumber(s.date);
        if (day >= start && day < begun) begun = day;
      }
      // Count the school days after the start date (the start date too when the settings count the trigger day).
      let day = settings.countTriggerDay ? start - 1 : start;
      let counted = 0;
      let excluded = 0;
      while (counted < SCHOOL_DAYS_TO_IMPLEMENT) {
        const next = counter.after(day, 1);
        if (next === undefined) break;
        day = next;
        if (day >= begun) break;
        if (away.has(day)) excluded++;
        else counted++;
      }
      if (day >= begun && counted < SCHOOL_DAYS_TO_IMPLEMENT) continue; // begun in time
      if (counted < SCHOOL_DAYS_TO_IMPLEMENT) {
        problems.push(`Missed-service notice: the school calendar ends before 10 school days after ${service.startDate} (${service.service}); add the next school year.`);
        continue;
      }
      const due = counter.after(day, SCHOOL_DAYS_TO_NOTIFY);
      if (due === undefined) {
        problems.push(`Missed-service notice: the school calendar ends before the notice date for ${service.service}; add the next school year.`);
        continue;
      }
      const tenth = fromDayNumber(day);
      const notes: string[] = [];
      if (counter.note) notes.push(counter.note);
      if (excluded) notes.push(`${excluded} school day${excluded === 1 ? '' : 's'} the student was absent or unavailable did not count.`);
      const warnings: string[] = [];
      if (begun === Infinity) {
        if (todayDay <= day) notes.push(`No session has been delivered yet: deliver one by ${tenth} and no notice is needed. Absences still to come would move this date.`);
      } else {
        warnings.push(`The service began on ${fromDayNumber(begun)}, after the 10th school day (${tenth}): the notice to the parent was still owed.`);
      }
      const mandate = effectiveMandate(service);
      if (mandate.ok && mandate.value.per !== 'day' && mandate.value.per !== 'week') {
        notes.push(`This service is given per ${mandate.value.per === 'month' ? 'month' : mandate.value.per === 'year' ? 'year' : 'grading period'}: if its schedule had no session due in the first 10 school days, check with your district whether it counts as implemented.`);
      }
      if (settings.state !== 'IL') notes.push('Turned on in the settings for this caseload (the Illinois rule).');
      const deadline = buildDeadline(
        {
          studentId: student.studentId,
          kind: 'missed-service-notice',
          title: `Missed-service notice: ${service.service}`,
          dueDate: fromDayNumber(due) as IsoDate,
          basis: {
            ruleId: 'IL.missed-service-notice',
            citation: CITATION,
            verification: 'V',
            explanation: EXPLANATION,
            inputs: { service: service.service, startDate: service.startDate, tenthSchoolDay: tenth, schoolDaysNotCounted: excluded },
            notes,
          },
          warnings,
        },
        settings,
        today,
      );
      deadlines.push(deadline);
    }
    return { deadlines, problems };
  },
};

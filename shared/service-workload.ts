import { addCalendarDays } from './add-calendar-days.ts';
import type { Caseload } from './caseload.ts';
import { computeServiceCompliance } from './compute-service-compliance.ts';
import { toDayNumber } from './day-number.ts';
import { effectiveMandate } from './effective-mandate.ts';
import type { IsoDate } from './iso-date.ts';
import { gradingSpans, requiredMinutesOnDays } from './required-minutes.ts';
import { schoolDayCounter } from './school-day-counter.ts';
import type { SchoolWeek } from './school-weeks.ts';
import type { Settings } from './settings.ts';

/** What the workload needs from one service: minutes scheduled in each forecast week, and minutes owed. */
export interface ServiceWorkload {
  studentId: string;
  serviceId: string;
  service: string;
  /** Minutes scheduled in each week of the list given (0 in a closed week); null when the frequency cannot be read. */
  weeklyMinutes: number[] | null;
  /** Minutes owed up to the end of last week (make-up work; this week's minutes are still scheduled). */
  owedMinutes: number;
  /** What a teacher should know about the count. */
  notes: string[];
}

/** Options for {@link serviceWorkload}. */
export interface ServiceWorkloadOptions {
  settings: Settings;
  today: IsoDate;
}

/**
 * The adapter between service minutes and workload: per service, the minutes its mandate requires in each
 * week (`effectiveMandate` and the product's definition of required minutes: a weekly amount spread over
 * the school days of each week, a monthly one over the month's, …; only the days from today on), and the
 * minutes owed up to the end of last week (`computeServiceCompliance`, so this week's minutes are not
 * counted twice). A service whose frequency cannot be read has no weekly minutes and says why.
 *
 * @example serviceWorkload(caseload, weeks, { settings, today }).services[0]?.weeklyMinutes // [60, 60, 0, …]
 */
export function serviceWorkload(
  caseload: Caseload,
  weeks: readonly SchoolWeek[],
  options: ServiceWorkloadOptions,
): { services: ServiceWorkload[]; notes: string[] } {
  const { settings, today } = options;
  if (caseload.services.length === 0) return { services: [], notes: [] };
  const counter = schoolDayCounter(settings);
  const periods = gradingSpans(settings);
  const todayDay = toDayNumber(today);
  const lastWeekEnd = weeks[0] ? addCalendarDays(weeks[0].weekStart, -1) : addCalendarDays(today, -1);
  const owed = new Map<string, number>();
  for (const c of computeServiceCompliance(caseload, { settings, today, to: lastWeekEnd })) {
    owed.set(`${c.studentId}\u0000${c.serviceId}`, c.owedMinutes);
  }
  const services = caseload.services.map((service): ServiceWorkload => {
    const base = {
      studentId: service.studentId,
      serviceId: service.serviceId,
      service: service.service,
      owedMinutes: owed.get(`${service.studentId}\u0000${service.serviceId}`) ?? 0,
    };
    const mandate = effectiveMandate(service);
    if (!mandate.ok) return { ...base, weeklyMinutes: null, notes: [mandate.error.message] };
    if (mandate.value.per === 'grading-period' && periods.length === 0) {
      return { ...base, weeklyMinutes: null, notes: [`${service.service}: it is given per grading period, but no grading periods are set; add them to the settings.`] };
    }
    const start = service.startDate ? toDayNumber(service.startDate) : -Infinity;
    const end = service.endDate ? toDayNumber(service.endDate) : Infinity;
    const weeklyMinutes = weeks.map((week) => {
      const from = Math.max(toDayNumber(week.weekStart), todayDay, start);
      const to = Math.min(toDayNumber(week.weekStart) + 6, end);
      return requiredMinutesOnDays(mandate.value, from, to, counter, periods);
    });
    return { ...base, weeklyMinutes, notes: [] };
  });
  return { services, notes: [] };
}

import type { Caseload } from './caseload.ts';
import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolWeek } from './school-weeks.ts';
import type { Settings } from './settings.ts';

/** What the workload needs from one service: minutes scheduled in each forecast week, and minutes owed. */
export interface ServiceWorkload {
  studentId: string;
  serviceId: string;
  service: string;
  /** Minutes scheduled in each week of the list given (0 in a closed week); null when the frequency cannot be read. */
  weeklyMinutes: number[] | null;
  /** Minutes owed to date (make-up work). */
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
 * The adapter between services and workload: per service, the minutes it is scheduled for in each week and
 * the minutes owed. Until service-minute counting (`computeServiceCompliance`) is available, only the
 * numeric minutes, sessions and period of a record are read (per school day or per week), and no minutes
 * are counted as owed.
 *
 * @example serviceWorkload(caseload, weeks, { settings, today }).services[0]?.weeklyMinutes // [60, 60, 0, …]
 */
export function serviceWorkload(
  caseload: Caseload,
  weeks: readonly SchoolWeek[],
  options: ServiceWorkloadOptions,
): { services: ServiceWorkload[]; notes: string[] } {
  void options;
  const notes = caseload.services.length ? ['Make-up minutes owed are not counted yet: service-minute counting is not available in this version.'] : [];
  const services = caseload.services.map((service): ServiceWorkload => {
    const base = { studentId: service.studentId, serviceId: service.serviceId, service: service.service, owedMinutes: 0 };
    if (service.minutes === undefined || (service.per !== 'day' && service.per !== 'week')) {
      return { ...base, weeklyMinutes: null, notes: [`${service.service}: the scheduled minutes need minutes and a period of a day or a week in the services table.` ] };
    }
    const total = service.minutes * (service.sessions ?? 1);
    const start = service.startDate ? toDayNumber(service.startDate) : -Infinity;
    const end = service.endDate ? toDayNumber(service.endDate) : Infinity;
    const weeklyMinutes = weeks.map((week) => {
      const inService = week.days.filter((d) => d >= start && d <= end).length;
      if (service.per === 'day') return total * inService;
      return week.allSchoolDays === 0 ? 0 : (total * inService) / week.allSchoolDays;
    });
    return { ...base, weeklyMinutes, notes: [] };
  });
  return { services, notes };
}

import type { Caseload } from './caseload.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import { effectiveMandate } from './effective-mandate.ts';
import { type IsoDate, isoDateOf } from './iso-date.ts';
import type { ServiceMandate } from './parse-service-mandate.ts';
import { gradingSpans, requiredMinutesOnDays, schoolDaysOutside } from './required-minutes.ts';
import { type SchoolDayCounter, schoolDayCounter } from './school-day-counter.ts';
import type { ServicePeriod, ServiceRecord } from './service-record.ts';
import { SERVICE_STATUS_STYLES, type ServiceStatus } from './service-status.ts';
import type { SessionOutcome, SessionRecord } from './session-record.ts';
import type { Settings } from './settings.ts';

/** The outcomes that are minutes missed rather than given. */
export type MissedOutcome = Exclude<SessionOutcome, 'delivered' | 'makeup'>;
/** The missed outcomes, in the order reports list them. */
export const MISSED_OUTCOMES: readonly MissedOutcome[] = ['student-absent', 'student-unavailable', 'provider-absent', 'school-closed', 'other'];

/** Where the current period (this week, month, grading period, school year) will end up at the pace so far. */
export interface ServiceProjection {
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** Minutes the period requires (the service's share of it when it starts or ends inside it). */
  requiredMinutes: number;
  deliveredMinutes: number;
  notOwedMinutes: number;
  /** Delivered minutes by the period's end if delivery goes on at the pace of its school days so far. */
  projectedMinutes: number;
  /** Minutes still owed at the period's end at that pace. */
  projectedOwedMinutes: number;
}

/** One service's minutes over its window: required, given, missed, owed, and where it stands. */
export interface ServiceCompliance {
  studentId: string;
  serviceId: string;
  service: string;
  provider?: string;
  /** The period the mandate counts per; null when its frequency could not be read. */
  per: ServicePeriod | null;
  mandate: ServiceMandate | null;
  /** The window counted (both included); `to` before `from` when the service has not started. */
  from: IsoDate;
  to: IsoDate;
  /** Whole minutes (rounded). */
  requiredMinutes: number;
  /** Delivered and make-up minutes. */
  deliveredMinutes: number;
  missedByOutcome: Record<MissedOutcome, number>;
  /** Missed minutes the district does not owe back (outcomes in `settings.notOwedOutcomes`). */
  notOwedMinutes: number;
  /** max(0, required − delivered − not owed). */
  owedMinutes: number;
  sessionsCounted: number;
  status: ServiceStatus;
  /** The Monday (or window start) of the week since which the service has been short without a break. */
  shortfallSince: IsoDate | null;
  projection: ServiceProjection | null;
  /** Why nothing could be computed (status `unknown`). */
  reason?: string;
  /** Things to check (an ended service with minutes owed, duplicate ids …). */
  problems: string[];
  /** How the count was made (no school calendar, calendar coverage …). */
  notes: string[];
}

/** Options for {@link computeServiceCompliance}. */
export interface ServiceComplianceOptions {
  settings: Settings;
  today: IsoDate;
  /** Window start; default the first day of the current school year. Never before a service's start. */
  from?: IsoDate;
  /** Window end; default today. Never after a service's end. */
  to?: IsoDate;
}

const ROUND = (n: number) => Math.round(n);

function monday(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

function monthSpan(day: number): { first: number; last: number } {
  const date = fromDayNumber(day);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return {
    first: toDayNumber(isoDateOf(y, m, 1) as IsoDate),
    last: toDayNumber(isoDateOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) as IsoDate) - 1,
  };
}

/** The first day of the school year `today` is in (or the last one begun), from the calendar; else July 1. */
function schoolYearStart(counter: SchoolDayCounter, today: number): number {
  const year = counter.schoolYearOf(today);
  if (year) return year.first;
  const date = fromDayNumber(today);
  const y = Number(date.slice(0, 4)) - (date.slice(5, 7) < '07' ? 1 : 0);
  return toDayNumber(isoDateOf(y, 7, 1) as IsoDate);
}

/**
 * Service minutes for every service of a caseload over a window (default: from the later of the service's
 * start and the first day of the current school year, to today): required minutes as `requiredMinutes`
 * defines them, delivered (delivered + make-up), missed by outcome, not owed (outcomes in
 * `settings.notOwedOutcomes`: by default the student's own absence or unavailability, OSEP Letter to
 * Balkman), owed = max(0, required − delivered − not owed), status, the week the shortfall began and a
 * projection to the end of the current period. Every service appears, an unreadable one with status
 * `unknown` and its reason. Sessions are matched on student and service; the others are left out (see
 * `unmatchedSessions`). Ordered behind first, then by minutes owed.
 *
 * @example computeServiceCompliance(caseload, { settings, today: '2026-12-01' })[0]?.status // 'behind'
 */
export function computeServiceCompliance(caseload: Caseload, options: ServiceComplianceOptions): ServiceCompliance[] {
  const { settings, today } = options;
  const counter = schoolDayCounter(settings);
  const periods = gradingSpans(settings);
  const todayDay = toDayNumber(today);
  const yearStart = options.from ? toDayNumber(options.from) : schoolYearStart(counter, todayDay);
  const windowEnd = options.to ? toDayNumber(options.to) : todayDay;
  const notOwed = new Set<SessionOutcome>(settings.notOwedOutcomes.filter((o) => o !== 'delivered' && o !== 'makeup'));

  // Sessions by service id (one map lookup of an id per session, no key string built); a service's own are
  // those of its student among them.
  const byServiceId = new Map<string, SessionRecord[]>();
  for (const s of caseload.sessions) {
    const list = byServiceId.get(s.serviceId);
    if (list) list.push(s);
    else byServiceId.set(s.serviceId, [s]);
  }
  const sessionsOf = (service: ServiceRecord): SessionRecord[] => {
    const all = byServiceId.get(service.serviceId) ?? [];
    return all.every((s) => s.studentId === service.studentId) ? all : all.filter((s) => s.studentId === service.studentId);
  };
  const seen = new Map<string, number>();
  for (const v of caseload.services) {
    const key = `${v.studentId}\u0000${v.serviceId}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }

  const out = caseload.services.map((service) => {
    const key = `${service.studentId}\u0000${service.serviceId}`;
    const result = one(service, sessionsOf(service), { counter, periods, todayDay, yearStart, windowEnd, notOwed });
    if ((seen.get(key) ?? 0) > 1) result.problems.push(`Another service of this student has the same id (${service.serviceId}); their sessions are counted for both. Give each service its own id.`);
    return result;
  });
  return sortServiceCompliance(out);
}

/** Behind first, then cannot-compute, on track, ahead, not started, ended; more minutes owed first. */
function sortServiceCompliance(rows: ServiceCompliance[]): ServiceCompliance[] {
  return rows
    .map((row, i) => ({ row, i, rank: SERVICE_STATUS_STYLES[row.status].rank - (row.status === 'ended' && row.owedMinutes > 0 ? 4.5 : 0) }))
    .sort((a, b) => a.rank - b.rank || b.row.owedMinutes - a.row.owedMinutes || a.i - b.i)
    .map(({ row }) => row);
}

interface Context {
  counter: SchoolDayCounter;
  periods: { first: number; last: number }[];
  todayDay: number;
  yearStart: number;
  windowEnd: number;
  notOwed: ReadonlySet<SessionOutcome>;
}

function emptyMissed(): Record<MissedOutcome, number> {
  return Object.fromEntries(MISSED_OUTCOMES.map((o) => [o, 0])) as Record<MissedOutcome, number>;
}

function one(service: ServiceRecord, sessions: readonly SessionRecord[], ctx: Context): ServiceCompliance {
  const { counter, todayDay } = ctx;
  const start = service.startDate ? toDayNumber(service.startDate) : -Infinity;
  const end = service.endDate ? toDayNumber(service.endDate) : Infinity;
  const from = Math.max(ctx.yearStart, start);
  const to = Math.min(ctx.windowEnd, end);
  const base: ServiceCompliance = {
    studentId: service.studentId,
    serviceId: service.serviceId,
    service: service.service,
    ...(service.provider ? { provider: service.provider } : {}),
    per: null,
    mandate: null,
    from: fromDayNumber(from),
    to: fromDayNumber(Math.max(to, from - 1)),
    requiredMinutes: 0,
    deliveredMinutes: 0,
    missedByOutcome: emptyMissed(),
    notOwedMinutes: 0,
    owedMinutes: 0,
    sessionsCounted: 0,
    status: 'on-track',
    shortfallSince: null,
    projection: null,
    problems: [],
    notes: counter.note ? [counter.note] : [],
  };
  // Sessions first (what was given and missed is known even when the frequency is not), with credits per
  // week of the window (delivered + not owed) for the shortfall.
  const firstWeek = monday(from);
  const weeks = to >= from ? Math.floor((to - firstWeek) / 7) + 1 : 0;
  const credit = new Float64Array(weeks);
  for (const s of sessions) {
    const day = toDayNumber(s.date);
    if (day < from || day > to) continue;
    base.sessionsCounted++;
    const given = s.outcome === 'delivered' || s.outcome === 'makeup';
    if (given) base.deliveredMinutes += s.minutes;
    else {
      base.missedByOutcome[s.outcome as MissedOutcome] += s.minutes;
      if (ctx.notOwed.has(s.outcome)) base.notOwedMinutes += s.minutes;
    }
    if (given || ctx.notOwed.has(s.outcome)) {
      const w = Math.floor((day - firstWeek) / 7);
      credit[w] = (credit[w] as number) + s.minutes;
    }
  }
  const mandate = effectiveMandate(service);
  if (!mandate.ok) return { ...base, status: 'unknown', reason: mandate.error.message };
  const m = mandate.value;
  base.mandate = m;
  base.per = m.per;
  if (m.per === 'grading-period' && ctx.periods.length === 0) {
    return { ...base, status: 'unknown', reason: 'This service is given per grading period, but no grading periods are set; add them (names and dates) to the settings.' };
  }
  if (service.startDate && todayDay < start) return { ...base, status: 'not-started' };
  if (m.per === 'grading-period') {
    const outside = schoolDaysOutside(ctx.periods, from, to, counter);
    if (outside > 0) base.notes.push(`${outside} school day${outside === 1 ? '' : 's'} in this window fall in no grading period, so they require no minutes; check the grading periods in the settings.`);
  }
  if (to >= from && (from < counter.start || to > counter.end)) {
    base.notes.push(`The school calendar covers ${fromDayNumber(counter.start)} to ${fromDayNumber(counter.end)}; days outside it count as no school.`);
  }
  const required = requiredMinutesOnDays(m, from, to, counter, ctx.periods);
  base.requiredMinutes = ROUND(required);
  base.owedMinutes = Math.max(0, ROUND(required - base.deliveredMinutes - base.notOwedMinutes));

  if (service.endDate && end < todayDay) {
    base.status = 'ended';
    if (base.owedMinutes > 0) base.problems.push(`Ended on ${service.endDate} with ${base.owedMinutes} minutes owed: the IEP team should consider compensatory services.`);
    return base;
  }
  base.status = base.owedMinutes > 0 ? 'behind' : base.deliveredMinutes > base.requiredMinutes ? 'ahead' : 'on-track';
  if (base.status === 'behind') {
    let balance = 0;
    let since = -1;
    for (let w = 0; w < weeks; w++) {
      const wFirst = firstWeek + w * 7;
      balance += requiredMinutesOnDays(m, Math.max(from, wFirst), Math.min(to, wFirst + 6), counter, ctx.periods) - (credit[w] as number);
      if (balance < 0.5) since = -1;
      else if (since < 0) since = Math.max(from, wFirst);
    }
    base.shortfallSince = since >= 0 ? fromDayNumber(since) : null;
  }
  base.projection = project(m, service, sessions, to, ctx);
  return base;
}

/** The current period around `to`, clipped to the service's dates, and where it ends at the pace so far. */
function project(m: ServiceMandate, service: ServiceRecord, sessions: readonly SessionRecord[], to: number, ctx: Context): ServiceProjection | null {
  const { counter } = ctx;
  let span: { first: number; last: number } | undefined;
  if (m.per === 'day') span = { first: to, last: to };
  else if (m.per === 'week') span = { first: monday(to), last: monday(to) + 6 };
  else if (m.per === 'month') span = monthSpan(to);
  else if (m.per === 'grading-period') span = ctx.periods.find((g) => g.first <= to && g.last >= to);
  else span = counter.schoolYearsIn(to, to)[0];
  if (!span) return null;
  const first = Math.max(span.first, service.startDate ? toDayNumber(service.startDate) : -Infinity);
  const last = Math.min(span.last, service.endDate ? toDayNumber(service.endDate) : Infinity);
  if (last < first) return null;
  let delivered = 0;
  let notOwed = 0;
  for (const s of sessions) {
    const day = toDayNumber(s.date);
    if (day < first || day > to) continue;
    if (s.outcome === 'delivered' || s.outcome === 'makeup') delivered += s.minutes;
    else if (ctx.notOwed.has(s.outcome)) notOwed += s.minutes;
  }
  const required = requiredMinutesOnDays(m, first, last, counter, ctx.periods);
  const elapsed = counter.count(first, to);
  const total = counter.count(first, last);
  const projected = elapsed > 0 ? (delivered * total) / elapsed : delivered;
  return {
    periodFrom: fromDayNumber(first),
    periodTo: fromDayNumber(last),
    requiredMinutes: ROUND(required),
    deliveredMinutes: delivered,
    notOwedMinutes: notOwed,
    projectedMinutes: ROUND(projected),
    projectedOwedMinutes: Math.max(0, ROUND(required - projected - notOwed)),
  };
}

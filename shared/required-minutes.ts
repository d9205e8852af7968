import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import { type IsoDate, isoDateOf } from './iso-date.ts';
import type { ServiceMandate } from './parse-service-mandate.ts';
import { fail, ok, type Result } from './result.ts';
import { type SchoolDayCounter, schoolDayCounter } from './school-day-counter.ts';
import type { Settings } from './settings.ts';

/** The minutes a mandate requires over a window, unrounded, with what a teacher should know about the count. */
export interface RequiredMinutes {
  minutes: number;
  notes: string[];
}

/** One span a mandate's amount is spread over (a week, a month, a grading period, a school year). */
interface Span {
  first: number;
  last: number;
}

function monday(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

function monthOf(day: number): Span {
  const date = fromDayNumber(day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = toDayNumber(isoDateOf(year, month, 1) as IsoDate);
  const next = toDayNumber(isoDateOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) as IsoDate);
  return { first, last: next - 1 };
}

/**
 * Required minutes on day numbers with a prepared counter (the hot path of `computeServiceCompliance`).
 * The sum is additive: the minutes of a window equal the sum over any split of it.
 */
export function requiredMinutesOnDays(
  mandate: Pick<ServiceMandate, 'totalMinutes' | 'per'>,
  from: number,
  to: number,
  counter: SchoolDayCounter,
  gradingPeriods: readonly Span[],
): number {
  if (to < from) return 0;
  const m = mandate.totalMinutes;
  if (mandate.per === 'day') return m * counter.count(from, to);
  const spread = (span: Span): number => {
    const whole = counter.count(span.first, span.last);
    if (whole === 0) return 0;
    return (m * counter.count(Math.max(span.first, from), Math.min(span.last, to))) / whole;
  };
  let sum = 0;
  if (mandate.per === 'week') {
    for (let w = monday(from); w <= to; w += 7) sum += spread({ first: w, last: w + 6 });
  } else if (mandate.per === 'month') {
    for (let d = from; d <= to; ) {
      const month = monthOf(d);
      sum += spread(month);
      d = month.last + 1;
    }
  } else if (mandate.per === 'grading-period') {
    for (const g of gradingPeriods) if (g.first <= to && g.last >= from) sum += spread(g);
  } else {
    for (const year of counter.schoolYearsIn(from, to)) sum += spread(year);
  }
  return sum;
}

const PERIOD_WORDS = { day: 'school day', week: 'week', month: 'month', 'grading-period': 'grading period', year: 'school year' } as const;

/**
 * The minutes a service mandate requires from `from` to `to` (both included), as Casekeeper defines it:
 * a weekly amount is spread over each Monday–Sunday week by its school days (a week with no school
 * requires nothing, a short week still requires the whole amount, a window edge or a mid-week start
 * takes the share of that week's school days); a daily amount counts per school day; a monthly amount is
 * spread the same way over each calendar month, a grading-period amount over each grading period in the
 * settings, and a yearly amount over each school year. Clip the window to the service's start and end
 * dates before calling. Fails with `no-grading-periods` when a grading-period mandate has none to count on.
 *
 * @example requiredMinutes({ totalMinutes: 60, per: 'week' }, '2026-11-23', '2026-11-29', { settings }) // 60 even in Thanksgiving week
 */
export function requiredMinutes(
  mandate: Pick<ServiceMandate, 'totalMinutes' | 'per'>,
  from: IsoDate,
  to: IsoDate,
  options: { settings: Pick<Settings, 'calendar' | 'holidays' | 'gradingPeriods'> },
): Result<RequiredMinutes> {
  const { settings } = options;
  const counter = schoolDayCounter(settings);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const notes: string[] = [];
  if (counter.note) notes.push(counter.note);
  const periods = gradingSpans(settings);
  if (mandate.per === 'grading-period') {
    if (periods.length === 0) {
      return fail('no-grading-periods', 'This service is given per grading period, but no grading periods are set; add them (names and dates) to the settings.');
    }
    const outside = schoolDaysOutside(periods, a, b, counter);
    if (outside > 0) notes.push(`${outside} school day${outside === 1 ? '' : 's'} in this window fall in no grading period, so they require no minutes; check the grading periods in the settings.`);
  }
  if (settings.calendar && b >= a && (a < counter.start || b > counter.end)) {
    notes.push(
      `The school calendar covers ${fromDayNumber(counter.start)} to ${fromDayNumber(counter.end)}; days outside it count as no school, so fewer ${PERIOD_WORDS[mandate.per]} minutes may show as required than are.`,
    );
  }
  return ok({ minutes: requiredMinutesOnDays(mandate, a, b, counter, periods), notes });
}

/** The settings' grading periods as day-number spans, in date order. */
export function gradingSpans(settings: Pick<Settings, 'gradingPeriods'>): Span[] {
  return (settings.gradingPeriods ?? []).map((g) => ({ first: toDayNumber(g.from), last: toDayNumber(g.to) })).sort((x, y) => x.first - y.first);
}

/** School days from `from` to `to` that fall in none of the grading periods. */
export function schoolDaysOutside(periods: readonly Span[], from: number, to: number, counter: SchoolDayCounter): number {
  let inside = 0;
  for (const g of periods) inside += counter.count(Math.max(g.first, from), Math.min(g.last, to));
  return Math.max(0, counter.count(from, to) - inside);
}

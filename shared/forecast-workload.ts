import type { IsoDate } from './iso-date.ts';
import { placeWork, type WorkShare } from './place-work.ts';
import { type SchoolWeek, schoolWeeks } from './school-weeks.ts';
import type { Settings } from './settings.ts';
import type { WorkItem } from './work-items.ts';
import type { WorkKind } from './workload-settings.ts';

/** An item's share of one week. */
export interface WeekWork {
  id: string;
  studentId: string;
  kind: WorkKind;
  title: string;
  /** This week's share of the item's hours. */
  hours: number;
  dueDate: IsoDate;
}

/** One week of the forecast. */
export interface WorkloadWeek {
  weekStart: IsoDate;
  /** School days ahead in the week (0: closed). */
  schoolDays: number;
  /** The week's share of the capacity: capacity × school days ÷ a full week's school days (0 when closed). */
  capacityHours: number;
  /** Hours of work in the week (rounded to hundredths). */
  hours: number;
  /** The work in the week, most hours first. */
  items: WeekWork[];
}

/** Hours per week against capacity. */
export interface WorkloadForecast {
  weeks: WorkloadWeek[];
  /** Week starts whose hours exceed their capacity, in order. */
  overloaded: IsoDate[];
  /** The most hours in any week. */
  peakHours: number;
  /** About the count (no calendar, weeks the calendar does not cover). */
  notes: string[];
}

/** Options for {@link forecastWorkload}. */
export interface ForecastWorkloadOptions {
  settings: Settings;
  today: IsoDate;
  /** Weeks to show, this week included; default `settings.workload.weeks`. */
  weeks?: number;
  /** Hours of work a full school week holds (for a team, the sum of its case managers'); default `settings.workload.capacityHours`. */
  capacityHours?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const EPSILON = 1e-9;

/**
 * The school weeks a forecast places work on: the window, plus enough weeks after it for preparation that
 * starts inside it.
 *
 * @example forecastWeeks(items, { settings, today: '2026-11-23', weeks: 12 }).weeks.length // 16 with 4-week preparation
 */
export function forecastWeeks(items: readonly Pick<WorkItem, 'spreadWeeks'>[], options: ForecastWorkloadOptions): { window: number; weeks: SchoolWeek[] } {
  const window = options.weeks ?? options.settings.workload.weeks;
  let longest = 1;
  for (const item of items) if (item.spreadWeeks > longest) longest = item.spreadWeeks;
  return { window, weeks: schoolWeeks(options.settings, options.today, window + longest) };
}

/**
 * Hours per week of a placement (shares by item), for the first `window` weeks.
 *
 * @example weekHours(new Map([['a', [{ week: 1, hours: 2 }]]]), 2) // [0, 2]
 */
export function weekHours(shares: ReadonlyMap<string, readonly WorkShare[]>, window: number): number[] {
  const hours = new Array<number>(window).fill(0);
  for (const list of shares.values()) for (const s of list) if (s.week < window) hours[s.week] = (hours[s.week] as number) + s.hours;
  return hours;
}

/**
 * Capacity of each school week: the full-week capacity times the week's share of school days.
 *
 * @example weekCapacities(weeks, 3, 10) // [6, 10, 0] for 3 school days left, a full week, a break
 */
export function weekCapacities(weeks: readonly SchoolWeek[], window: number, capacityHours: number): number[] {
  return weeks.slice(0, window).map((w) => (w.open ? (capacityHours * w.schoolDays) / w.fullWeek : 0));
}

/**
 * The weekly forecast: every item's hours placed on the school weeks (see `placeWork`: a meeting's work
 * lands in the weeks before it and its own week; closed weeks get none), summed per week for the next
 * `weeks` weeks, against the capacity. A week is overloaded when its hours exceed its capacity (a closed
 * week has none, so any work placed there would show; placement never puts work there).
 *
 * @example forecastWorkload(items, { settings, today: '2026-11-23' }).overloaded // ['2026-12-14']
 */
export function forecastWorkload(items: readonly WorkItem[], options: ForecastWorkloadOptions): WorkloadForecast {
  const { window, weeks } = forecastWeeks(items, options);
  const shares = new Map<string, WorkShare[]>();
  for (const item of items) shares.set(item.id, placeWork(item, weeks));
  return buildForecast(items, shares, weeks, window, options);
}

/**
 * Turns a placement into the forecast (shared by `forecastWorkload` and `levelWorkload`).
 *
 * @example buildForecast(items, shares, weeks, 12, { settings, today }).overloaded
 */
export function buildForecast(
  items: readonly WorkItem[],
  shares: ReadonlyMap<string, readonly WorkShare[]>,
  weeks: readonly SchoolWeek[],
  window: number,
  options: ForecastWorkloadOptions,
): WorkloadForecast {
  const capacity = weekCapacities(weeks, window, options.capacityHours ?? options.settings.workload.capacityHours);
  const perWeek: WeekWork[][] = Array.from({ length: window }, () => []);
  for (const item of items) {
    for (const s of shares.get(item.id) ?? []) {
      if (s.week >= window) continue;
      (perWeek[s.week] as WeekWork[]).push({ id: item.id, studentId: item.studentId, kind: item.kind, title: item.title, hours: round2(s.hours), dueDate: item.dueDate });
    }
  }
  const hours = weekHours(shares, window);
  const out: WorkloadWeek[] = weeks.slice(0, window).map((w, i) => ({
    weekStart: w.weekStart,
    schoolDays: w.schoolDays,
    capacityHours: round2(capacity[i] as number),
    hours: round2(hours[i] as number),
    items: (perWeek[i] as WeekWork[]).sort((a, b) => b.hours - a.hours || (a.id < b.id ? -1 : 1)),
  }));
  const notes: string[] = [];
  if (!options.settings.calendar) notes.push('No school calendar: every Monday to Friday is counted as a school day, so breaks are not known. Add the district calendar.');
  else {
    const lastDays = options.settings.calendar.schoolYears.map((y) => y.lastDay).sort();
    const last = lastDays[lastDays.length - 1] as IsoDate;
    const beyond = out.filter((w) => w.weekStart > last);
    if (beyond.length) notes.push(`The school calendar ends on ${last}: the weeks after it are shown closed.`);
  }
  return {
    weeks: out,
    overloaded: out.filter((_, i) => (hours[i] as number) > (capacity[i] as number) + EPSILON).map((w) => w.weekStart),
    peakHours: round2(Math.max(0, ...hours)),
    notes,
  };
}

import { addCalendarDays } from './add-calendar-days.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { buildForecast, forecastWeeks, type ForecastWorkloadOptions, type WorkloadForecast, weekCapacities } from './forecast-workload.ts';
import type { IsoDate } from './iso-date.ts';
import { countDaysBack } from './count-days-back.ts';
import { placeWork, type WorkShare } from './place-work.ts';
import { presentDate } from './present-date.ts';
import { mondayOf, type SchoolWeek } from './school-weeks.ts';
import type { WorkItem } from './work-items.ts';
import type { WorkKind } from './workload-settings.ts';

/** A suggestion: do this work earlier. */
export interface WorkloadMove {
  studentId: string;
  kind: WorkKind;
  dueDate: IsoDate;
  /** The date the work is planned for now (the meeting or reporting date). */
  from: IsoDate;
  /** The suggested date: the first school day of the suggested week that every rule allows. */
  to: IsoDate;
  /** Why, in a teacher's words. */
  reason: string;
  /** The work item moved. */
  itemId: string;
}

/** The forecast before and after the suggested moves. */
export interface LevelledWorkload {
  before: WorkloadForecast;
  after: WorkloadForecast;
  moves: WorkloadMove[];
  peakBefore: number;
  peakAfter: number;
}

const EPSILON = 1e-9;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A movable item and the notices that move with it. */
interface Unit {
  item: WorkItem;
  notices: WorkItem[];
}

/**
 * Suggests moving movable work (annual-review meetings not yet scheduled, progress-report writing) to
 * earlier weeks so that no week exceeds its capacity where that is possible, and the overload is spread
 * where it is not. A move always lowers the week most over capacity; it is taken first where every week
 * it adds hours to stays within its capacity, else (levelling) where every such week ends less over its
 * capacity than the relieved week was. No week ever goes above the current busiest week, so the peak
 * never rises, and the largest overload never grows. A moved item is never later than its due date, never before
 * today or its `notBefore` date (the notice lead time from today, the gap after the last IEP), never in a
 * closed week, and keeps `settings.workload.minMeetingGapDays` from the student's other meetings; its
 * notice moves with it. Deterministic: the same items give the same moves. The busiest week is relieved
 * first; among its work, the item with the most hours there first, then the earliest due; each item
 * moves at most once, to the nearest earlier week that works.
 *
 * @example levelWorkload(items, { settings, today: '2026-11-23', capacityHours: 10 }).moves[0] // { studentId: 'S1007', kind: 'annual-review', from: '2027-01-15', to: '2027-01-04', … }
 */
export function levelWorkload(items: readonly WorkItem[], options: ForecastWorkloadOptions): LevelledWorkload {
  const { settings } = options;
  const { window, weeks } = forecastWeeks(items, options);
  const capacityHours = options.capacityHours ?? settings.workload.capacityHours;
  const capacity = weekCapacities(weeks, weeks.length, capacityHours);
  const shares = new Map<string, WorkShare[]>();
  for (const item of items) shares.set(item.id, placeWork(item, weeks));
  const before = buildForecast(items, shares, weeks, window, options);

  const hours = new Array<number>(weeks.length).fill(0);
  for (const list of shares.values()) for (const s of list) hours[s.week] = (hours[s.week] as number) + s.hours;
  const peakOf = () => {
    let peak = 0;
    for (let w = 0; w < window; w++) if ((hours[w] as number) > peak) peak = hours[w] as number;
    return peak;
  };

  const noticesOf = new Map<string, WorkItem[]>();
  for (const item of items) {
    if (!item.noticeFor) continue;
    const list = noticesOf.get(item.noticeFor) ?? [];
    list.push(item);
    noticesOf.set(item.noticeFor, list);
  }
  const units: Unit[] = items
    .filter((i) => i.movable && i.notBefore !== undefined && i.notBefore <= i.dueDate)
    .map((item) => ({ item, notices: noticesOf.get(item.id) ?? [] }));
  const meetingDays = new Map<string, Map<string, number>>();
  for (const item of items) {
    if (!item.meeting) continue;
    const days = meetingDays.get(item.studentId) ?? new Map<string, number>();
    days.set(item.id, toDayNumber(item.date));
    meetingDays.set(item.studentId, days);
  }
  // Each unit's hours per week, and per week the units with hours there: most hours first, then the
  // earliest due. A unit's hours change only when it moves, and a moved unit never moves again.
  const byWeek: Unit[][] = weeks.map(() => []);
  const here = new Map<Unit, Map<number, number>>();
  for (const u of units) {
    const perWeek = new Map<number, number>();
    for (const i of [u.item, ...u.notices]) for (const s of shares.get(i.id) ?? []) perWeek.set(s.week, (perWeek.get(s.week) ?? 0) + s.hours);
    here.set(u, perWeek);
    for (const week of perWeek.keys()) byWeek[week]?.push(u);
  }
  byWeek.forEach((list, w) =>
    list.sort((a, b) => {
      const byHours = (here.get(b)?.get(w) ?? 0) - (here.get(a)?.get(w) ?? 0);
      if (byHours !== 0) return byHours;
      const [x, y] = [a.item, b.item];
      return x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    }),
  );
  const gap = settings.workload.minMeetingGapDays;
  const firstDay = toDayNumber((weeks[0] as SchoolWeek).weekStart);
  const triedWithin = new Set<string>();
  const triedLevel = new Set<string>();
  const moved = new Set<string>();
  const moves: WorkloadMove[] = [];

  /** The first school day of week t the unit may move to, or undefined. */
  const dayIn = (unit: Unit, t: number): number | undefined => {
    const { item } = unit;
    const notBefore = toDayNumber(item.notBefore as IsoDate);
    const due = toDayNumber(item.dueDate);
    const others = item.meeting ? [...(meetingDays.get(item.studentId) ?? new Map<string, number>())].filter(([id]) => id !== item.id) : [];
    for (const day of (weeks[t] as SchoolWeek).days) {
      if (day < notBefore || day > due) continue;
      if (others.some(([, other]) => Math.abs(day - other) < gap)) continue;
      return day;
    }
    return undefined;
  };

  /**
   * Moves one item out of week w. `within`: every week the move adds to stays within its capacity. Else
   * (levelling): every week it adds to ends less over its capacity than week w was. Both: no week above
   * the current peak.
   */
  const relieve = (w: number, mode: 'within' | 'level'): boolean => {
    const tried = mode === 'within' ? triedWithin : triedLevel;
    const candidates = byWeek[w] ?? [];
    const excessBefore = (hours[w] as number) - (capacity[w] as number);
    for (const u of candidates) {
      if (moved.has(u.item.id) || tried.has(u.item.id)) continue;
      tried.add(u.item.id);
      const anchor = Math.floor((toDayNumber(u.item.date) - firstDay) / 7);
      const peak = peakOf();
      for (let t = Math.min(anchor, weeks.length) - 1; t >= 0; t--) {
        if (!(weeks[t] as SchoolWeek).open) continue;
        const day = dayIn(u, t);
        if (day === undefined) continue;
        const to = fromDayNumber(day);
        const placed = [u.item, ...u.notices].map((i) => ({ id: i.id, shares: placeWork({ ...i, date: i === u.item ? to : noticeDate(i, to) }, weeks) }));
        const delta = new Array<number>(weeks.length).fill(0);
        for (const m of placed) {
          for (const s of shares.get(m.id) ?? []) delta[s.week] = (delta[s.week] as number) - s.hours;
          for (const s of m.shares) delta[s.week] = (delta[s.week] as number) + s.hours;
        }
        if ((delta[w] as number) >= -EPSILON) continue;
        const fits = delta.every((d, x) => {
          if (d <= EPSILON) return true;
          const after = (hours[x] as number) + d;
          if (after > peak + EPSILON) return false;
          const limit = mode === 'within' ? (capacity[x] as number) : (capacity[x] as number) + excessBefore;
          return mode === 'within' ? after <= limit + EPSILON : after < limit - EPSILON;
        });
        if (!fits) continue;
        const reason = reasonFor(u.item, w, to);
        delta.forEach((d, x) => (hours[x] = (hours[x] as number) + d));
        for (const m of placed) shares.set(m.id, m.shares);
        if (u.item.meeting) meetingDays.get(u.item.studentId)?.set(u.item.id, day);
        moved.add(u.item.id);
        moves.push({ studentId: u.item.studentId, kind: u.item.kind, dueDate: u.item.dueDate, from: u.item.date, to, reason, itemId: u.item.id });
        return true;
      }
    }
    return false;
  };

  const noticeDate = (notice: WorkItem, meeting: IsoDate): IsoDate =>
    (notice.lead ? countDaysBack(meeting, notice.lead.days, notice.lead.unit, settings) : undefined) ?? addCalendarDays(meeting, -7);

  const weekStartOf = (date: IsoDate): IsoDate => fromDayNumber(mondayOf(toDayNumber(date)));
  const reasonFor = (item: WorkItem, w: number, to: IsoDate): string => {
    const week = weeks[w] as SchoolWeek;
    const over = `the week of ${presentDate(week.weekStart, 'long')} has ${round2(hours[w] as number)} h of work for ${round2(capacity[w] as number)} h of time`;
    if (item.kind === 'progress-report') return `Write it in the week of ${presentDate(weekStartOf(to), 'long')} instead: ${over}. It goes home on ${presentDate(item.dueDate, 'long')}.`;
    return `Hold the meeting on ${presentDate(to, 'long')}: ${over}. That is before the due date ${presentDate(item.dueDate, 'long')}, and the notice can still go out in time.`;
  };

  const stuck = new Set<number>();
  for (;;) {
    let worst = -1;
    let excess = EPSILON;
    for (let w = 0; w < window; w++) {
      const e = (hours[w] as number) - (capacity[w] as number);
      if (!stuck.has(w) && e > excess) {
        excess = e;
        worst = w;
      }
    }
    if (worst < 0) break;
    // A week no move could relieve stays so: its work was all tried in both ways, and work only enters
    // it by moving (and moved work never moves again).
    if (!relieve(worst, 'within') && !relieve(worst, 'level')) stuck.add(worst);
  }

  const movedDates = new Map(moves.map((m) => [m.itemId, m.to]));
  const afterItems = items.map((i) => {
    const to = movedDates.get(i.id) ?? (i.noticeFor && movedDates.has(i.noticeFor) ? noticeDate(i, movedDates.get(i.noticeFor) as IsoDate) : undefined);
    return to ? { ...i, date: to } : i;
  });
  const after = buildForecast(afterItems, shares, weeks, window, options);
  moves.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.itemId < b.itemId ? -1 : 1));
  return { before, after, moves, peakBefore: before.peakHours, peakAfter: after.peakHours };
}

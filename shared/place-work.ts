import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolWeek } from './school-weeks.ts';

/** A share of an item's hours in one week (an index into the weeks given). */
export interface WorkShare {
  week: number;
  hours: number;
}

/** What {@link placeWork} needs of an item. */
export interface Placeable {
  date: IsoDate;
  hours: number;
  spreadWeeks: number;
  spread: 'before' | 'after';
}

/**
 * Where an item's hours fall in a run of school weeks: `before` spreads them evenly over the open week of
 * its date (else the last open week before it) and the open weeks before that, `spreadWeeks` in all;
 * `after` spreads them over the open weeks from its date on. Work dated before the first week lands in the
 * first open week; shares that would fall before the first open week (preparation that should already
 * have started) land in the first open week too. Closed weeks never get work. Empty when no open week can
 * take it (its date lies past the weeks, or no week is open).
 *
 * @example placeWork({ date: '2026-12-18', hours: 3, spreadWeeks: 3, spread: 'before' }, weeks) // [{ week: 1, hours: 1 }, { week: 2, hours: 1 }, { week: 3, hours: 1 }]
 */
export function placeWork(item: Placeable, weeks: readonly SchoolWeek[]): WorkShare[] {
  if (weeks.length === 0 || item.hours <= 0) return [];
  const first = toDayNumber((weeks[0] as SchoolWeek).weekStart);
  const at = Math.max(0, Math.floor((toDayNumber(item.date) - first) / 7));
  if (at >= weeks.length) return [];
  const open: number[] = [];
  if (item.spread === 'before') {
    let anchor = at;
    while (anchor >= 0 && !(weeks[anchor] as SchoolWeek).open) anchor--;
    if (anchor < 0) {
      // No school day on or before it in these weeks: the first open week after it.
      anchor = at;
      while (anchor < weeks.length && !(weeks[anchor] as SchoolWeek).open) anchor++;
      if (anchor >= weeks.length) return [];
    }
    for (let w = anchor; w >= 0 && open.length < item.spreadWeeks; w--) if ((weeks[w] as SchoolWeek).open) open.push(w);
  } else {
    for (let w = at; w < weeks.length && open.length < item.spreadWeeks; w++) if ((weeks[w] as SchoolWeek).open) open.push(w);
    if (open.length === 0) return [];
  }
  const share = item.hours / item.spreadWeeks;
  const out = open.map((week) => ({ week, hours: share }));
  // Shares with no open week left (before the first, or past the last) go to the nearest one used.
  const missing = item.spreadWeeks - open.length;
  if (missing > 0) (out[out.length - 1] as WorkShare).hours += share * missing;
  return out.sort((a, b) => a.week - b.week);
}

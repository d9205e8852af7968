import { toDayNumber } from '../day-number.ts';
import type { GoalDataPoint } from '../goal-data-point.ts';
import type { GoalRecord } from '../goal-record.ts';
import type { IsoDate } from '../iso-date.ts';
import { goalPointValue } from './goal-point-value.ts';

/** One usable data point of a goal, with its day number. */
export interface SeriesPoint {
  pointId: string;
  date: IsoDate;
  day: number;
  value: number;
  /** An instructional change was made on this date: the current phase starts here. */
  phaseChange: boolean;
}

/** A goal's data points in date order, and the ones its decision rule judges. */
export interface GoalSeries {
  /** Every usable point, oldest first (points on one date keep their order). */
  points: SeriesPoint[];
  /** The points since the baseline date (after it), or since the last instructional change (from it). */
  phase: SeriesPoint[];
  /** Where the current phase starts: the last change, else the baseline date; absent when neither is known. */
  phaseStart?: { date: IsoDate; day: number; kind: 'baseline' | 'change' };
  /** Dates of marked instructional changes, oldest first. */
  phaseChanges: IsoDate[];
  /** Points that were not counted, each with its reason in a sentence. */
  problems: string[];
}

/**
 * Orders a goal's data points and finds the current phase. A point without a usable value, or one that
 * names another student than the goal's, is reported in `problems` and not counted. The input is not
 * changed. With `today`, a point dated after it is reported and not counted.
 *
 * @example goalSeries(goal, points).phase.length // points after the baseline date or since the last change
 */
export function goalSeries(goal: GoalRecord, points: readonly GoalDataPoint[], options: { today?: IsoDate } = {}): GoalSeries {
  const usable: SeriesPoint[] = [];
  const problems: string[] = [];
  const todayDay = options.today === undefined ? Infinity : toDayNumber(options.today);
  for (const p of points) {
    if (p.goalId !== goal.goalId) continue;
    if (p.studentId !== goal.studentId) {
      problems.push(`The data point of ${p.date} (${p.pointId}) is for student ${p.studentId}, not ${goal.studentId}: not counted.`);
      continue;
    }
    const value = goalPointValue(p);
    if (!value.ok) {
      problems.push(`${value.error.message.replace(/\.$/, '')}: not counted.`);
      continue;
    }
    const day = toDayNumber(p.date);
    if (day > todayDay) {
      problems.push(`The data point of ${p.date} (${p.pointId}) is dated after today: not counted.`);
      continue;
    }
    usable.push({ pointId: p.pointId, date: p.date, day, value: value.value, phaseChange: p.phaseChange === true });
  }
  const ordered = usable.map((p, i) => ({ p, i })).sort((a, b) => a.p.day - b.p.day || a.i - b.i).map(({ p }) => p);
  const phaseChanges = ordered.filter((p) => p.phaseChange).map((p) => p.date);
  // (Apps Script runs ES2020: no findLast.)
  const lastChange = ordered.filter((p) => p.phaseChange).pop();
  const baselineDay = goal.baselineDate === undefined ? undefined : toDayNumber(goal.baselineDate);
  let phaseStart: GoalSeries['phaseStart'];
  let phase: SeriesPoint[];
  if (lastChange && (baselineDay === undefined || lastChange.day > baselineDay)) {
    phaseStart = { date: lastChange.date, day: lastChange.day, kind: 'change' };
    phase = ordered.filter((p) => p.day >= lastChange.day);
  } else if (goal.baselineDate !== undefined && baselineDay !== undefined) {
    phaseStart = { date: goal.baselineDate, day: baselineDay, kind: 'baseline' };
    phase = ordered.filter((p) => p.day > baselineDay);
  } else {
    phase = ordered;
  }
  return { points: ordered, phase, ...(phaseStart ? { phaseStart } : {}), phaseChanges, problems };
}

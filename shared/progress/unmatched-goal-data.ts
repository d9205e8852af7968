import type { Caseload } from '../caseload.ts';

/** A data point that belongs to no goal of the caseload, with the reason in a sentence. */
export interface UnmatchedGoalPoint {
  pointId: string;
  studentId: string;
  goalId: string;
  problem: string;
}

/**
 * The goal data points whose goal is not in the goals table: reported so nothing is dropped silently,
 * never counted. (Points that name another student than their goal's are listed on that goal's progress.)
 *
 * @example unmatchedGoalData(caseloadOf({ goalData: [point] }))[0].problem // 'The data point of 2026-10-01 names goal G9, which is not in the goals table: not counted.'
 */
export function unmatchedGoalData(caseload: Caseload): UnmatchedGoalPoint[] {
  const goals = new Set(caseload.goals.map((g) => g.goalId));
  return caseload.goalData
    .filter((p) => !goals.has(p.goalId))
    .map((p) => ({
      pointId: p.pointId,
      studentId: p.studentId,
      goalId: p.goalId,
      problem: `The data point of ${p.date} for student ${p.studentId} names goal ${p.goalId}, which is not in the goals table: not counted.`,
    }));
}

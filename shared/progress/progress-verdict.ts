/** What a decision rule concludes about a goal's progress. */
export type ProgressVerdict = 'on-track' | 'change-instruction' | 'raise-goal' | 'insufficient-data';

/** Every verdict, most pressing first. */
export const PROGRESS_VERDICTS: readonly ProgressVerdict[] = ['change-instruction', 'insufficient-data', 'raise-goal', 'on-track'];

/** A verdict and its reason in one sentence ("the last 4 points are all below the aim line"). */
export interface ProgressDecision {
  verdict: ProgressVerdict;
  reason: string;
}

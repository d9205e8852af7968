import type { DecisionRuleName } from '../goal-record.ts';
import type { ProgressSettings } from '../progress-settings.ts';
import type { Verification } from '../timeline-rule.ts';
import type { AimLine } from './aim-line.ts';
import type { SeriesPoint } from './goal-series.ts';
import type { ProgressDecision } from './progress-verdict.ts';

/** What a decision rule looks at: the aim line, the current phase's points, the goal's direction. */
export interface DecisionInput {
  aim: AimLine;
  /** The points since the baseline or the last instructional change, oldest first. */
  points: readonly SeriesPoint[];
  /** Progress means the value goes up (increase) or down (decrease: every rule is mirrored). */
  direction: 'increase' | 'decrease';
  /** Day number the phase starts on (baseline date or last change); for the weeks-of-data check. */
  phaseStartDay: number;
  /** Where the phase starts, in words for reasons ("since the baseline", "since the change of 2026-10-05"). */
  since: string;
  settings: ProgressSettings;
}

/** A progress-monitoring decision rule with its source (timelines.md §4). */
export interface DecisionRule {
  name: DecisionRuleName;
  /** The rule's name in plain words ("Four-point rule"). */
  label: string;
  /** What it checks, in one plain sentence. */
  summary: string;
  citation: string;
  verification: Verification;
  decide(input: DecisionInput): ProgressDecision;
}

import * as z from 'zod';
import { DecisionRuleName } from './goal-record.ts';

/**
 * How progress-monitoring decisions are made (timelines.md §4). The numbers are the defaults the sources
 * give (S: district "Decision Making Rules" handout and NextPath summary, attributed to NCII / Fuchs CBM
 * practice); a team may set others.
 *
 * @example ProgressSettings.parse({}).fourPointMinPoints // 6
 */
export const ProgressSettings = z.object({
  /** The rule for goals whose own `rule` column is empty. Absent: the four-point rule. */
  rule: DecisionRuleName.optional(),
  /** Four-point rule: data points needed since the baseline (or the last instructional change). S: ≥ 6. */
  fourPointMinPoints: z.number().int().min(4).max(100).default(6),
  /** Four-point rule: weeks of data needed since the baseline (or the last change). S: ≥ 6 weeks. */
  fourPointMinWeeks: z.number().min(0).max(52).default(6),
  /** Trend-line rule: data points needed to fit a trend. S: 6–8 points (Van Norman & Christ); default 8. */
  trendMinPoints: z.number().int().min(3).max(100).default(8),
  /**
   * Trend-line rule: how far the trend's weekly slope may differ from the aim line's and still count as
   * parallel, as a share of the aim line's slope (0.1 = within 10 %). The sources say "parallel" without
   * a number (U): this is a setting.
   */
  trendTolerance: z.number().min(0).max(10).default(0.1),
  /** Behaviour (three-point) rule: consecutive points on the wrong side of the aim line. V: 3. */
  behaviourConsecutive: z.number().int().min(2).max(20).default(3),
});
export type ProgressSettings = z.infer<typeof ProgressSettings>;

/** The default progress settings: four-point rule, 6 points over 6 weeks, trend on 8 points within 10 %. */
export const defaultProgressSettings: ProgressSettings = ProgressSettings.parse({});

/** Progress monitoring: verdicts for 2,000 students × 3 goals × 40 points, and goal/bar chart SVG build time. */
import {
  addCalendarDays,
  barChartSvg,
  caseloadOf,
  type DecisionRuleName,
  evaluateGoals,
  type GoalDataPoint,
  type GoalRecord,
  goalChartData,
  goalChartSvg,
  type IsoDate,
  Settings,
} from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';

const BASELINE = '2026-01-05' as IsoDate;

function syntheticCaseload(students: number, goalsEach: number, pointsEach: number) {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const goals: GoalRecord[] = [];
  const goalData: GoalDataPoint[] = [];
  const rules: DecisionRuleName[] = ['four-point', 'trend', 'three-point'];
  for (let s = 0; s < students; s++) {
    for (let g = 0; g < goalsEach; g++) {
      const decrease = g === 2;
      const goal: GoalRecord = {
        goalId: `G${s}-${g}`,
        studentId: `B${100000 + s}`,
        goal: 'A synthetic goal.',
        measure: decrease ? 'count' : 'rate',
        baseline: decrease ? 12 : 20,
        baselineDate: BASELINE,
        target: decrease ? 2 : 60,
        targetDate: addCalendarDays(BASELINE, 280),
        direction: decrease ? 'decrease' : 'increase',
        rule: rules[g] as DecisionRuleName,
      };
      goals.push(goal);
      const perDay = ((goal.target as number) - (goal.baseline as number)) / 280;
      const drift = 0.5 + rand();
      for (let p = 0; p < pointsEach; p++) {
        const day = 3 + p * 7 - (p % 2);
        goalData.push({
          pointId: `${goal.goalId}-${p}`,
          studentId: goal.studentId,
          goalId: goal.goalId,
          date: addCalendarDays(BASELINE, day),
          value: (goal.baseline as number) + perDay * day * drift + (rand() - 0.5) * 6,
          ...(p === 25 && s % 4 === 0 ? { phaseChange: true } : {}),
        });
      }
    }
  }
  return caseloadOf({ goals, goalData });
}

export async function run(): Promise<void> {
  const caseload = syntheticCaseload(2000, 3, 40);
  const settings = Settings.parse({});
  const today = addCalendarDays(BASELINE, 300);
  let verdicts = 0;
  const t = timeIt(() => {
    verdicts = evaluateGoals(caseload, { settings, today }).length;
  });
  report(`verdicts for 2,000 students × 3 goals × 40 points (${verdicts} goals, ${caseload.goalData.length} points), median CPU time of 9`, t.median, 'ms', 300);
  report('  (same, median wall-clock time)', t.wall, 'ms');

  const progress = evaluateGoals(caseloadOf({ goals: caseload.goals.slice(0, 1), goalData: caseload.goalData.slice(0, 40) }), { settings, today })[0];
  if (!progress) throw new Error('no goal');
  let size = 0;
  const chart = timeIt(
    () => {
      for (let i = 0; i < 100; i++) size = goalChartSvg(goalChartData(progress), { width: 360 }).svg.length;
    },
    { runs: 9 },
  );
  report('goal chart SVG at 360 px, 40 points (one chart; from 100 builds)', chart.median / 100, 'ms', 5);
  report('  (its size)', size / 1024, 'KB');
  const bars = Array.from({ length: 40 }, (_, i) => ({ label: `Week ${i + 1}`, value: 15 + (i % 17), capacity: 28 }));
  const bar = timeIt(() => {
    for (let i = 0; i < 100; i++) barChartSvg({ title: 'Weekly load', orientation: 'vertical', bars, capacity: { value: 28, label: 'Cap' } }, { width: 360 });
  });
  report('bar chart SVG at 360 px, 40 weekly bars (one chart; from 100 builds)', bar.median / 100, 'ms', 5);
}

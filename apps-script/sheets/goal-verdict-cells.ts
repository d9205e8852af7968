import { type GoalProgress, VERDICT_STYLES } from '../../shared/index.ts';
import type { ComputedTabCells } from './read-student-tables.ts';
import type { TableTab } from './table-tab.ts';

/**
 * The Goals tab's Verdict and Reason cells, one per data row, the verdict coloured as `VERDICT_STYLES`
 * colours it everywhere. The reason names the rule it applied. A row that could not be read gets empty
 * cells (its notes say why); data points left out of a goal are listed in its notes.
 *
 * @example goalVerdictCells(goalsTab, evaluateGoals(caseload, { settings, today })).cells.verdict[0] // 'Change instruction'
 */
export function goalVerdictCells(tab: TableTab<'goals'>, results: readonly GoalProgress[]): ComputedTabCells {
  const byGoal = new Map(results.map((r) => [r.goalId, r]));
  const verdict: string[] = [];
  const reason: string[] = [];
  const notes: string[] = [];
  const looks: ({ background: string; text: string } | null)[] = [];
  for (const row of tab.rows) {
    const result = row.record ? byGoal.get(row.record.goalId) : undefined;
    if (!result) {
      verdict.push('');
      reason.push('');
      notes.push('');
      looks.push(null);
      continue;
    }
    const style = VERDICT_STYLES[result.verdict];
    verdict.push(style.label);
    reason.push(`${result.reason.charAt(0).toUpperCase()}${result.reason.slice(1)} (${result.ruleLabel}; ${result.citation}).`);
    notes.push(result.problems.join(' '));
    looks.push({ background: style.background, text: style.text });
  }
  return { cells: { verdict, verdictReason: reason }, colour: { id: 'verdict', looks }, notes };
}

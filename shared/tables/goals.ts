import { GoalRecord } from '../goal-record.ts';
import { choices, column, type TableSpec } from '../table-spec.ts';

/** Annual goals with baseline and target (the Goals tab). */
export const GOALS_TABLE: TableSpec<'goals'> = {
  name: 'goals',
  label: 'Goals',
  file: 'goals.csv',
  tab: 'Goals',
  key: 'goalId',
  idPrefix: 'goal',
  columns: [
    column('studentId', 'Student ID', 'id', 'The student.', { required: true, aliases: ['ID', 'Local ID'] }),
    column('goalId', 'Goal ID', 'id', 'Casekeeper fills this in; leave it as it is.', { aliases: ['Goal Number', 'Goal #'] }),
    column('area', 'Area', 'text', 'Reading fluency, Behaviour, Articulation …', { maxLength: 200, aliases: ['Goal Area', 'Domain'] }),
    column('goal', 'Goal', 'longtext', 'The goal as written in the IEP.', { required: true, maxLength: 2000, aliases: ['Goal Text', 'Annual Goal'] }),
    column('measure', 'Measure', 'enum', 'Percent, count, duration, rate or rubric.', { choices: choices(['percent', 'count', 'duration', 'rate', 'rubric'], { percent: ['%', 'accuracy'], count: ['frequency'], rubric: ['level', 'rubric level'] }) }),
    column('unit', 'Unit', 'text', 'Words correct per minute, outbursts per day …', { maxLength: 100 }),
    column('baseline', 'Baseline', 'number', 'The starting level.', { min: -1e9, max: 1e9 }),
    column('baselineDate', 'Baseline Date', 'date', 'When the baseline was measured.'),
    column('target', 'Target', 'number', 'The level the goal aims for.', { min: -1e9, max: 1e9, aliases: ['Goal Level', 'Criterion'] }),
    column('targetDate', 'Target Date', 'date', 'When the target should be reached.', { aliases: ['Goal Date'] }),
    column('direction', 'Direction', 'enum', 'Increase (default) or decrease (fewer outbursts).', { choices: choices(['increase', 'decrease'], { increase: ['up', 'increasing'], decrease: ['down', 'decreasing', 'reduce'] }) }),
    column('rule', 'Decision Rule', 'enum', 'Four-point, trend or three-point; blank uses the setting.', { choices: choices(['four-point', 'trend', 'three-point'], { 'four-point': ['4-point', '4 point'], trend: ['trend line', 'trend-line'], 'three-point': ['3-point', '3 point', 'behavior', 'behaviour'] }), aliases: ['Rule'] }),
  ],
  schema: GoalRecord,
  references: [{ column: 'studentId', table: 'students' }],
};

import { GoalDataPoint } from '../goal-data-point.ts';
import { column, type TableSpec } from '../table-spec.ts';

/** Progress-monitoring data points (the Goal Data tab). */
export const GOAL_DATA_TABLE: TableSpec<'goalData'> = {
  name: 'goalData',
  label: 'Goal data',
  file: 'goal-data.csv',
  tab: 'Goal Data',
  key: 'pointId',
  idPrefix: 'pt',
  columns: [
    column('pointId', 'Point ID', 'id', 'Casekeeper fills this in; leave it as it is.'),
    column('studentId', 'Student ID', 'id', 'The student.', { required: true, aliases: ['ID', 'Local ID'] }),
    column('goalId', 'Goal ID', 'id', 'The goal (from the Goals tab).', { required: true }),
    column('date', 'Date', 'date', 'The day of the probe.', { required: true, aliases: ['Probe Date'] }),
    column('value', 'Value', 'number', 'The measured value (or fill Correct and Trials).', { min: -1e9, max: 1e9, aliases: ['Score', 'Result'] }),
    column('correct', 'Correct', 'number', 'Correct responses.', { integer: true, min: 0, max: 100_000 }),
    column('trials', 'Trials', 'number', 'Opportunities.', { integer: true, min: 1, max: 100_000, aliases: ['Opportunities'] }),
    column('note', 'Note', 'longtext', 'Anything the team should know.', { maxLength: 2000, aliases: ['Notes'] }),
    column('phaseChange', 'Instruction Changed', 'boolean', 'Yes when instruction changed on this date (the trend restarts here).', { aliases: ['Phase Change', 'Intervention Change'] }),
  ],
  schema: GoalDataPoint,
  references: [
    { column: 'studentId', table: 'students' },
    { column: 'goalId', table: 'goals' },
  ],
};

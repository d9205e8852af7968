import { AccommodationCheck } from '../accommodation-check.ts';
import { choices, column, type TableSpec } from '../table-spec.ts';

/** Accommodation implementation checks (the Accommodation Checks tab). */
export const CHECKS_TABLE: TableSpec<'checks'> = {
  name: 'checks',
  label: 'Accommodation checks',
  file: 'accommodation-checks.csv',
  tab: 'Accommodation Checks',
  key: 'checkId',
  idPrefix: 'chk',
  columns: [
    column('checkId', 'Check ID', 'id', 'Casekeeper fills this in; leave it as it is.'),
    column('studentId', 'Student ID', 'id', 'The student.', { required: true, aliases: ['ID', 'Local ID'] }),
    column('accommodationId', 'Accommodation ID', 'id', 'The accommodation (from the Accommodations tab).', { required: true }),
    column('date', 'Date', 'date', 'The day checked.', { required: true }),
    column('classOrSetting', 'Class or Setting', 'text', 'Where it was checked.', { maxLength: 200, aliases: ['Class', 'Setting', 'Period'] }),
    column('result', 'Result', 'enum', 'Implemented, not implemented or not applicable.', {
      required: true,
      choices: choices(['implemented', 'not-implemented', 'not-applicable'], { implemented: ['yes', 'y', 'done'], 'not-implemented': ['no', 'n', 'not done'], 'not-applicable': ['n/a', 'na'] }),
    }),
    column('checkedBy', 'Checked By', 'text', 'Who checked.', { maxLength: 200 }),
    column('note', 'Note', 'longtext', 'What was seen.', { maxLength: 2000, aliases: ['Notes'] }),
  ],
  schema: AccommodationCheck,
  references: [
    { column: 'studentId', table: 'students' },
    { column: 'accommodationId', table: 'accommodations' },
  ],
};

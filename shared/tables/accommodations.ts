import { AccommodationRecord } from '../accommodation-record.ts';
import { column, type TableSpec } from '../table-spec.ts';

/** Accommodations and modifications (the Accommodations tab). */
export const ACCOMMODATIONS_TABLE: TableSpec<'accommodations'> = {
  name: 'accommodations',
  label: 'Accommodations',
  file: 'accommodations.csv',
  tab: 'Accommodations',
  key: 'accommodationId',
  idPrefix: 'acc',
  columns: [
    column('studentId', 'Student ID', 'id', 'The student.', { required: true, aliases: ['ID', 'Local ID'] }),
    column('accommodationId', 'Accommodation ID', 'id', 'Casekeeper fills this in; leave it as it is.'),
    column('accommodation', 'Accommodation', 'longtext', 'As written in the IEP.', { required: true, maxLength: 500, aliases: ['Accommodation/Modification', 'Support'] }),
    column('category', 'Category', 'text', 'Testing, Instruction, Environment …', { maxLength: 100, aliases: ['Type'] }),
    column('appliesTo', 'Applies To', 'text', 'Classes or settings, separated by semicolons.', { maxLength: 500, aliases: ['Classes', 'Settings', 'Where'] }),
  ],
  schema: AccommodationRecord,
  references: [{ column: 'studentId', table: 'students' }],
};

import { SessionRecord } from '../session-record.ts';
import { choices, column, type TableSpec } from '../table-spec.ts';

/** The service log: one row per session given or missed (the Service Log tab). */
export const SESSIONS_TABLE: TableSpec<'sessions'> = {
  name: 'sessions',
  label: 'Service log',
  file: 'sessions.csv',
  tab: 'Service Log',
  key: 'sessionId',
  idPrefix: 'ses',
  columns: [
    column('sessionId', 'Session ID', 'id', 'Casekeeper fills this in; leave it as it is.'),
    column('studentId', 'Student ID', 'id', 'The student.', { required: true, aliases: ['ID', 'Local ID'] }),
    column('serviceId', 'Service ID', 'id', 'The service (from the Services tab).', { required: true }),
    column('date', 'Date', 'date', 'The day of the session.', { required: true, aliases: ['Session Date', 'Service Date'] }),
    column('minutes', 'Minutes', 'number', 'Minutes given, or scheduled and missed.', { required: true, min: 0, max: 1_440, aliases: ['Duration', 'Minutes Provided'] }),
    column('outcome', 'Outcome', 'enum', 'Delivered, make-up, or why it was missed.', {
      required: true,
      choices: choices(['delivered', 'makeup', 'student-absent', 'student-unavailable', 'provider-absent', 'school-closed', 'other'], {
        delivered: ['provided', 'given', 'done'],
        makeup: ['make-up', 'make up', 'made up'],
        'student-absent': ['absent', 'student absence'],
        'student-unavailable': ['unavailable', 'student not available'],
        'provider-absent': ['provider absence', 'therapist absent'],
        'school-closed': ['school closed', 'holiday', 'closure'],
      }),
      aliases: ['Status', 'Attendance'],
    }),
    column('groupSize', 'Group Size', 'number', 'Students in the session (1 for individual).', { integer: true, min: 1, max: 100 }),
    column('note', 'Note', 'longtext', 'What was worked on (avoid sensitive details).', { maxLength: 2000, aliases: ['Notes', 'Comments'] }),
    column('loggedBy', 'Logged By', 'text', 'Who logged it.', { maxLength: 200, aliases: ['Provider'] }),
  ],
  schema: SessionRecord,
  references: [
    { column: 'studentId', table: 'students' },
    { column: 'serviceId', table: 'services' },
  ],
};

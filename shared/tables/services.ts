import { ServiceRecord } from '../service-record.ts';
import { choices, column, type TableSpec } from '../table-spec.ts';

/** Services on each student's IEP (the Services tab). */
export const SERVICES_TABLE: TableSpec<'services'> = {
  name: 'services',
  label: 'Services',
  file: 'services.csv',
  tab: 'Services',
  key: 'serviceId',
  idPrefix: 'svc',
  columns: [
    column('studentId', 'Student ID', 'id', 'The student this service is for.', { required: true, aliases: ['ID', 'Student Number', 'Local ID', 'SEIS ID'] }),
    column('serviceId', 'Service ID', 'id', 'Casekeeper fills this in; leave it as it is.', { aliases: ['Service Number'] }),
    column('service', 'Service', 'text', 'The service as the IEP names it (Speech-language therapy …).', { required: true, maxLength: 200, aliases: ['Service Type', 'Service Name', 'Related Service'] }),
    column('provider', 'Provider', 'text', 'Who provides it (name or role).', { maxLength: 200, aliases: ['Provider Role', 'Service Provider'] }),
    column('setting', 'Setting', 'text', 'Where it is delivered (resource room, general education class …).', { maxLength: 200, aliases: ['Location', 'Service Location'] }),
    column('delivery', 'Delivery', 'enum', 'Direct service or consultation.', { choices: choices(['direct', 'consult'], { consult: ['consultation', 'indirect'] }) }),
    column('grouping', 'Grouping', 'enum', 'Individual or group.', { choices: choices(['individual', 'group'], { individual: ['1:1', 'ind'], group: ['grp', 'small group'] }), aliases: ['Group/Individual'] }),
    column('mandate', 'Frequency and Duration', 'text', 'As the IEP prints it, e.g. "30 min 2x/week".', { maxLength: 200, aliases: ['Mandate', 'Frequency', 'Service Minutes', 'Minutes/Frequency'] }),
    column('minutes', 'Minutes per Session', 'number', 'Minutes of one session (instead of the frequency text).', { min: 1, max: 100_000, aliases: ['Minutes', 'Duration'] }),
    column('sessions', 'Sessions per Period', 'number', 'Sessions in each period.', { min: 1, max: 1_000, aliases: ['Sessions', 'Times'] }),
    column('per', 'Period', 'enum', 'Day, week, month, grading period or year.', {
      choices: choices(['day', 'week', 'month', 'grading-period', 'year'], {
        day: ['daily'],
        week: ['weekly', 'wk'],
        month: ['monthly', 'mo'],
        'grading-period': ['quarter', 'marking period', 'term'],
        year: ['yearly', 'annually', 'annual'],
      }),
      aliases: ['Per'],
    }),
    column('startDate', 'Start Date', 'date', 'Projected start date of the service.', { aliases: ['Start', 'Begin Date', 'Service Start'] }),
    column('endDate', 'End Date', 'date', 'End date of the service.', { aliases: ['End', 'Service End'] }),
  ],
  schema: ServiceRecord,
  references: [{ column: 'studentId', table: 'students' }],
};

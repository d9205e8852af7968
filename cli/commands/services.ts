import Papa from 'papaparse';
import {
  type Caseload,
  computeServiceCompliance,
  type IsoDate,
  MISSED_OUTCOMES,
  presentServiceStatus,
  presentDate,
  type DateStyle,
  presentStudentName,
  type ServiceCompliance,
  type ServiceStatus,
  type Settings,
  unmatchedSessions,
} from '../../shared/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';
import { loadCaseloadData } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper services --data PATH [--calendar FILE] [--today DATE] [--from DATE] [--to DATE] [--format table|json|csv] [--setting NAME=VALUE] [--settings FILE]';

const STATUS_FORMAT: Record<ServiceStatus, Parameters<typeof paint>[1]> = {
  behind: ['bold', 'red'],
  unknown: ['bold', 'yellow'],
  'on-track': 'reset',
  ahead: 'reset',
  'not-started': 'gray',
  ended: 'gray',
};

const PER_WORDS = { day: 'day', week: 'week', month: 'month', 'grading-period': 'grading period', year: 'year' } as const;
const OUTCOME_HEADERS: Record<(typeof MISSED_OUTCOMES)[number], string> = {
  'student-absent': 'Missed: Student Absent',
  'student-unavailable': 'Missed: Student Unavailable',
  'provider-absent': 'Missed: Provider Absent',
  'school-closed': 'Missed: School Closed',
  other: 'Missed: Other',
};

/**
 * `casekeeper services --data PATH`: service minutes for every service of the caseload, behind first.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { data, ...request } = servicesFlags(args);
  const loaded = loadCaseloadData(data);
  const code = printServices({ ...request, caseload: loaded.caseload }, io);
  const count = loaded.problems.length;
  if (count) io.err(`${count} problem${count === 1 ? '' : 's'} in the caseload files: run "casekeeper check --data ${loaded.source}" to see them.`);
  return code;
}

/** What `casekeeper services` prints, given the caseload already read. */
export interface ServicesRequest {
  caseload: Caseload;
  settings: Settings;
  today: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
  format: 'table' | 'json' | 'csv';
}

/** The flags of `casekeeper services`, checked; `--data` is returned for the caller to read. */
export function servicesFlags(args: string[]): Omit<ServicesRequest, 'caseload'> & { data: string } {
  const { values } = parseFlags(
    args,
    {
      data: { type: 'string' },
      calendar: { type: 'string' },
      today: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'table' },
      ...SETTING_FLAGS,
    },
    USAGE,
  );
  if (!values.data) throw new UsageError(`Name the caseload with --data (a folder of CSV files or a .zip).\n${USAGE}`);
  const format = values.format;
  if (format !== 'table' && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be table, json or csv.\n${USAGE}`);
  const from = dateFlag(values.from, 'from');
  const to = dateFlag(values.to, 'to');
  if (from && to && to < from) throw new UsageError(`--to (${to}) is before --from (${from}).`);
  return {
    data: values.data,
    settings: settingsFrom(values),
    today: dateFlag(values.today, 'today') ?? localToday(),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    format,
  };
}

/** Prints one row per service, behind first, as a table, JSON or CSV; problems go to standard error. */
export function printServices(request: ServicesRequest, io: CliIo): number {
  const { caseload, settings, today, format } = request;
  const rows = computeServiceCompliance(caseload, { settings, today, ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}) });
  const unmatched = unmatchedSessions(caseload);
  const names = new Map(caseload.students.map((s) => [s.studentId, presentStudentName(s, settings.studentNames ?? 'full')]));
  if (format === 'json') {
    io.out(
      JSON.stringify(
        rows.map((r) => ({
          studentId: r.studentId,
          serviceId: r.serviceId,
          service: r.service,
          per: r.per,
          requiredMinutes: r.requiredMinutes,
          deliveredMinutes: r.deliveredMinutes,
          notOwedMinutes: r.notOwedMinutes,
          owedMinutes: r.owedMinutes,
          missedByOutcome: r.missedByOutcome,
          status: r.status,
        })),
        null,
        2,
      ),
    );
  } else if (format === 'csv') {
    io.out(
      Papa.unparse(
        rows.map((r) => ({
          'Student ID': r.studentId,
          Student: names.get(r.studentId) ?? '',
          Service: r.service,
          Provider: r.provider ?? '',
          Per: r.per ? PER_WORDS[r.per] : '',
          From: r.from,
          To: r.to,
          'Required Minutes': r.requiredMinutes,
          'Delivered Minutes': r.deliveredMinutes,
          ...Object.fromEntries(MISSED_OUTCOMES.map((o) => [OUTCOME_HEADERS[o], r.missedByOutcome[o]])),
          'Not Owed Minutes': r.notOwedMinutes,
          'Owed Minutes': r.owedMinutes,
          Status: presentServiceStatus(r.status).label,
          'Short Since': r.shortfallSince ?? '',
          Why: [r.reason, ...r.problems].filter(Boolean).join(' '),
        })),
        { newline: '\n' },
      ),
    );
  } else {
    printTable(io, rows, names, today, settings.dateStyle);
    const notes = new Set(rows.flatMap((r) => r.notes));
    for (const note of notes) io.err(note);
  }
  for (const u of unmatched) io.err(u.problem);
  return 0;
}

function printTable(io: CliIo, rows: readonly ServiceCompliance[], names: Map<string, string>, today: IsoDate, style: DateStyle): void {
  const header = ['Status', 'Owed', 'Required', 'Delivered', 'Not owed', 'Per', 'Service', 'Student', 'Short since / why'];
  const cells = rows.map((r) => [
    presentServiceStatus(r.status).label,
    r.status === 'unknown' ? '' : String(r.owedMinutes),
    r.status === 'unknown' ? '' : String(r.requiredMinutes),
    String(r.deliveredMinutes),
    String(r.notOwedMinutes),
    r.per ? PER_WORDS[r.per] : '',
    r.service,
    `${r.studentId} ${names.get(r.studentId) ?? ''}`.trim(),
    r.reason ?? (r.shortfallSince ? presentDate(r.shortfallSince, style) : undefined) ?? r.problems[0] ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i] as number)).join('  ').trimEnd();
  const behind = rows.filter((r) => r.status === 'behind').length;
  io.out(`Service minutes as of ${presentDate(today, style)}: ${rows.length} service${rows.length === 1 ? '' : 's'}, ${behind} behind`);
  io.out(paint(io, 'bold', line(header)));
  cells.forEach((c, i) => io.out(paint(io, STATUS_FORMAT[(rows[i] as ServiceCompliance).status], line(c))));
}

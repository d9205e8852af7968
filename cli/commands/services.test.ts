import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { caseloadOf, type IsoDate, ServiceRecord, SessionRecord, Settings, StudentRecord } from '../../shared/index.ts';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';
import { printServices, servicesFlags } from './services.ts';

const CALENDAR = {
  name: 'Synthetic USD',
  schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-06-12' }],
  closures: [{ date: '2025-09-01', name: 'Labor Day' }],
};
const settings = Settings.parse({ calendar: CALENDAR });
const caseload = caseloadOf({
  students: [StudentRecord.parse({ studentId: 'S1', firstName: 'Avery', lastName: 'Lin' }), StudentRecord.parse({ studentId: 'S2', firstName: 'Bo', lastName: 'Diaz' })],
  services: [
    ServiceRecord.parse({ serviceId: 'V1', studentId: 'S1', service: 'Speech-language therapy', mandate: '30 min 2x/week', startDate: '2025-09-08', provider: 'Ms. Rivera' }),
    ServiceRecord.parse({ serviceId: 'V2', studentId: 'S2', service: 'Counseling', mandate: '30 min weekly', startDate: '2025-09-08' }),
    ServiceRecord.parse({ serviceId: 'V3', studentId: 'S2', service: 'OT', mandate: 'as needed' }),
  ],
  sessions: [
    SessionRecord.parse({ sessionId: 'X1', studentId: 'S1', serviceId: 'V1', date: '2025-09-09', minutes: 30, outcome: 'delivered' }),
    SessionRecord.parse({ sessionId: 'X2', studentId: 'S1', serviceId: 'V1', date: '2025-09-16', minutes: 30, outcome: 'student-absent' }),
    SessionRecord.parse({ sessionId: 'X3', studentId: 'S2', serviceId: 'V2', date: '2025-09-10', minutes: 30, outcome: 'delivered' }),
    SessionRecord.parse({ sessionId: 'X4', studentId: 'S2', serviceId: 'V2', date: '2025-09-17', minutes: 30, outcome: 'delivered' }),
    SessionRecord.parse({ sessionId: 'X5', studentId: 'S2', serviceId: 'V1', date: '2025-09-17', minutes: 30, outcome: 'delivered' }),
  ],
});
const today = '2025-09-21' as IsoDate;

function print(format: 'table' | 'json' | 'csv', extra: { from?: IsoDate; to?: IsoDate } = {}) {
  const io = memoryIo();
  const code = printServices({ caseload, settings, today, format, ...extra }, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('casekeeper services (on a caseload already read)', () => {
  it('gives one JSON row per service with exactly the documented keys, behind first', () => {
    const r = print('json');
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.map((x) => [x.serviceId, x.status])).toEqual([
      ['V1', 'behind'],
      ['V3', 'unknown'],
      ['V2', 'on-track'],
    ]);
    expect(Object.keys(rows[0] as object)).toEqual(['studentId', 'serviceId', 'service', 'per', 'requiredMinutes', 'deliveredMinutes', 'notOwedMinutes', 'owedMinutes', 'missedByOutcome', 'status']);
    expect(rows[0]).toMatchObject({ requiredMinutes: 120, deliveredMinutes: 30, notOwedMinutes: 30, owedMinutes: 60, missedByOutcome: { 'student-absent': 30 } });
  });

  it('reports a session naming another student’s service and does not count it', () => {
    const r = print('json');
    expect(r.err).toContain('names service V1 of student S1');
  });

  it('prints a table with the status words and the reason for what cannot be computed', () => {
    const r = print('table');
    expect(r.out.split('\n')[0]).toBe('Service minutes as of 9/21/2025: 3 services, 1 behind');
    expect(r.out).toMatch(/Behind\s+60\s+120\s+30\s+30\s+week\s+Speech-language therapy\s+S1 Avery Lin\s+9\/8\/2025/);
    expect(r.out).toContain('Cannot compute');
    expect(r.out).toContain('"as needed": there is no fixed amount to count');
  });

  it('writes CSV with plain headers, one column per missed outcome', () => {
    const parsed = Papa.parse<Record<string, string>>(print('csv').out, { header: true });
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0]).toMatchObject({ Student: 'Avery Lin', 'Owed Minutes': '60', Status: 'Behind', 'Missed: Student Absent': '30', 'Short Since': '2025-09-08' });
  });

  it('counts over the window given', () => {
    const rows = JSON.parse(print('json', { from: '2025-09-15' as IsoDate, to: '2025-09-21' as IsoDate }).out) as { serviceId: string; requiredMinutes: number }[];
    expect(rows.find((x) => x.serviceId === 'V1')?.requiredMinutes).toBe(60);
  });
});

describe('casekeeper services flags', () => {
  it('needs --data, a known format and a window that runs forward', () => {
    expect(() => servicesFlags([])).toThrow(/--data/);
    expect(() => servicesFlags(['--data', 'x', '--format', 'xml'])).toThrow(/table, json or csv/);
    expect(() => servicesFlags(['--data', 'x', '--from', '2025-10-01', '--to', '2025-09-01'])).toThrow(/before --from/);
    expect(servicesFlags(['--data', 'x', '--today', '9/21/2025'])).toMatchObject({ data: 'x', today: '2025-09-21', format: 'table' });
  });
});

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('casekeeper services --data', () => {
  it('lists every service of the example caseload once, behind first, with owed = required − delivered − not owed', async () => {
    const r = await cli('services', '--data', join(EXAMPLES, 'caseload'), '--calendar', join(EXAMPLES, 'school-calendar.json'), '--today', '2026-01-30', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { serviceId: string; status: string; requiredMinutes: number; deliveredMinutes: number; notOwedMinutes: number; owedMinutes: number }[];
    const ids = Papa.parse<Record<string, string>>(readFileSync(join(EXAMPLES, 'caseload', 'services.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((x) => x['Service ID']);
    expect(rows.map((x) => x.serviceId).sort()).toEqual([...ids].sort());
    const firstNotBehind = rows.findIndex((x) => x.status !== 'behind');
    expect(rows.slice(firstNotBehind).some((x) => x.status === 'behind')).toBe(false);
    for (const x of rows.filter((y) => y.status !== 'unknown')) expect(x.owedMinutes).toBe(Math.max(0, x.requiredMinutes - x.deliveredMinutes - x.notOwedMinutes));
  });

  it('says plainly when the data cannot be found', async () => {
    const r = await cli('services', '--data', join(EXAMPLES, 'no-such-folder'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('no such file or folder');
  });
});

describe('casekeeper deadlines --data with services', () => {
  it('includes Illinois missed-service notices with the other deadlines', async () => {
    const r = await cli('deadlines', '--data', join(EXAMPLES, 'caseload'), '--calendar', join(EXAMPLES, 'school-calendar.json'), '--state', 'IL', '--today', '2025-12-10', '--format', 'json');
    const { deadlines } = JSON.parse(r.out) as { deadlines: { kind: string; basis: { citation: string } }[] };
    const notices = deadlines.filter((x) => x.kind === 'missed-service-notice');
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0]?.basis.citation).toContain('23 IAC 226.220(b)');
    expect(deadlines.some((x) => x.kind !== 'missed-service-notice')).toBe(true);
  });
});

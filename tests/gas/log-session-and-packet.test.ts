import { describe, expect, it } from 'vitest';
import { MEETING_PACKET_SECTIONS } from '../../shared/index.ts';
import { click, messageOf, rowsOf, setUp, trackerEnv, typeRows, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

function withServices(): GasEnvironment {
  const env = trackerEnv();
  setUp(env);
  typeStudents(env, [
    { 'Student ID': 'S1', 'First Name': 'Ana', 'Last Name': 'Rivera', 'Last IEP Date': '2026-06-20', 'Next IEP Meeting': '2026-12-10' },
    { 'Student ID': 'S2', 'First Name': '</script><b>Ben', 'Last IEP Date': '2026-05-01' },
  ]);
  typeRows(env, 'Services', [
    { 'Student ID': 'S1', 'Service ID': 'svc-1', Service: 'Speech', Provider: 'SLP', 'Frequency and Duration': '30 min 1x/week', 'Start Date': '11/02/2026' },
    { 'Student ID': 'S2', 'Service ID': 'svc-2', Service: 'Speech', Provider: 'SLP', 'Frequency and Duration': '30 min 1x/week', 'Start Date': '11/02/2026' },
    { 'Student ID': 'S2', 'Service ID': 'svc-3', Service: 'OT', 'Frequency and Duration': '45 minutes weekly', 'Start Date': '11/02/2026' },
  ]);
  return env;
}

/** The JSON the Log session dialog was given. */
function dialogChoices(html: string): { students: { studentId: string; name: string; services: { serviceId: string; minutes: number | null }[] }[]; today: string } {
  const json = /var CHOICES = (.*);\n/.exec(html)?.[1] ?? 'null';
  return JSON.parse(json);
}

describe('Log session dialog', () => {
  it('lists every student with their services, names as data only', () => {
    const env = withServices();
    const run = click(env, 'logSession');
    expect(run.error).toBeUndefined();
    const dialog = run.dialogs[0];
    expect(dialog?.title).toBe('Log session');
    expect(dialog?.html).not.toContain('</script><b>');
    const choices = dialogChoices(dialog?.html ?? '');
    expect(choices.today).toBe('2026-11-23');
    expect(choices.students.map((s) => [s.studentId, s.services.map((v) => v.serviceId)])).toEqual([['S1', ['svc-1']], ['S2', ['svc-2', 'svc-3']]]);
    expect(choices.students[0]?.name).toBe('Ana Rivera');
    expect(choices.students[1]?.services[1]?.minutes).toBe(45);
  });

  it('a group session appends one row per student in one write, and Refresh counts it', () => {
    const env = withServices();
    const run = env.run('logSessionFromDialog', {
      date: '2026-11-23',
      minutes: '30',
      outcome: 'delivered',
      note: 'Articulation game',
      entries: [{ studentId: 'S1', serviceId: 'svc-1' }, { studentId: 'S2', serviceId: 'svc-2' }],
    });
    expect(run.error).toBeUndefined();
    expect(String(run.result)).toMatch(/Logged 2 sessions on 2026-11-23.*Ana Rivera/);
    // One write for the whole group, however many students.
    expect(Object.entries(run.calls.byKey).filter(([k]) => /setValues?$/.test(k)).map(([, n]) => n)).toEqual([1]);
    const log = rowsOf(env, 'Service Log');
    expect(log.map((r) => [r['Student ID'], r['Service ID'], r.Minutes, r.Outcome, r['Group Size'], r.Note])).toEqual([
      ['S1', 'svc-1', 30, 'Delivered', 2, 'Articulation game'],
      ['S2', 'svc-2', 30, 'Delivered', 2, 'Articulation game'],
    ]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    const services = rowsOf(env, 'Services');
    expect(services.map((s) => s['Delivered minutes'])).toEqual([30, 30, 0]);
    expect(rowsOf(env, 'Service Log').every((r) => /^ses-/.test(String(r['Session ID'])))).toBe(true);
  });

  it('refuses a bad request in plain words and writes nothing', () => {
    const env = withServices();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ date: '', minutes: 30, outcome: 'delivered', entries: [{ studentId: 'S1', serviceId: 'svc-1' }] }, /Choose the day/],
      [{ date: '2026-11-23', minutes: 'lots', outcome: 'delivered', entries: [{ studentId: 'S1', serviceId: 'svc-1' }] }, /minutes as a number/],
      [{ date: '2026-11-23', minutes: 30, outcome: 'maybe', entries: [{ studentId: 'S1', serviceId: 'svc-1' }] }, /Choose what happened/],
      [{ date: '2026-11-23', minutes: 30, outcome: 'delivered', entries: [] }, /Tick at least one/],
      [{ date: '2026-11-23', minutes: 30, outcome: 'delivered', entries: [{ studentId: 'S9', serviceId: 'svc-9' }] }, /no longer on the Services tab.*Nothing was logged/],
    ];
    for (const [request, message] of cases) expect(env.run('logSessionFromDialog', request).error?.message).toMatch(message);
    expect(rowsOf(env, 'Service Log')).toHaveLength(0);
  });
});

describe('Meeting packet', () => {
  it('shows the selected student\'s printable packet in a dialog, every section, no outside resource', () => {
    const env = withServices();
    click(env, 'refreshDeadlines');
    env.range('Caseload', 'A2').activate();
    const run = click(env, 'meetingPacket');
    expect(run.error).toBeUndefined();
    const dialog = run.dialogs[0];
    expect(dialog?.title).toBe('Meeting packet: Ana Rivera');
    const html = dialog?.html ?? '';
    expect(html).toMatch(/Print or save as PDF/);
    expect(html).toMatch(/Speech/);
    for (const section of MEETING_PACKET_SECTIONS) expect(html).toContain(section.title);
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|https?:\/\//i);
    // No meeting date on S2's row: told what to fill in.
    env.range('Caseload', 'A3').activate();
    expect(messageOf(click(env, 'meetingPacket'))).toMatch(/fill in Next IEP Meeting on row 3/);
    env.range('Services', 'A2').activate();
    expect(messageOf(click(env, 'meetingPacket'))).toMatch(/Click a student's row on the Caseload tab first/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.ts';
import { main } from './main.ts';

const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const CASELOAD = join(EXAMPLES, 'caseload', 'students.csv');
const CASELOAD_DIR = join(EXAMPLES, 'caseload');
const CALENDAR = join(EXAMPLES, 'school-calendar.json');

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), lines: io.stdout };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-')), name);
  writeFileSync(path, content);
  return path;
}

describe('casekeeper due', () => {
  it('prints the federal initial-evaluation date alone on the first line, then why', async () => {
    const r = await cli('due', 'initial-evaluation', '--from', '9/2/2025');
    expect(r.code).toBe(0);
    // 60 calendar days after Sept 2: Sept has 28 more days, Oct 31 → Nov 1.
    expect(r.lines[0]).toBe('2025-11-01');
    expect(r.out).toContain('34 CFR 300.301(c)(1)');
  });

  it('answers in JSON with kind, due date, rule, citation and explanation', async () => {
    const r = await cli('due', 'annual-review', '--from', '2025-12-20', '--json');
    expect(JSON.parse(r.out)).toMatchObject({
      kind: 'annual-review',
      dueDate: '2026-12-19',
      rule: 'US.annual-review',
      citation: '34 CFR 300.324(b)(1)(i)',
      explanation: expect.stringContaining('not less than annually'),
    });
  });

  it('computes the initial IEP, reevaluation, transfer of rights and Part C dates', async () => {
    expect((await cli('due', 'initial-iep', '--from', '2026-01-15')).lines[0]).toBe('2026-02-14');
    expect((await cli('due', 'reevaluation', '--from', '2024-03-01')).lines[0]).toBe('2027-02-28');
    expect((await cli('due', 'transfer-of-rights', '--dob', '2010-05-01')).lines[0]).toBe('2028-05-01');
    expect((await cli('due', 'part-c-transition', '--dob', '2024-02-29')).lines[0]).toBe('2027-02-28');
  });

  it('explains what is missing, in words, with a non-zero exit', async () => {
    const r = await cli('due', 'transfer-of-rights');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/needs the date of birth/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects an unknown kind, an unknown state, a bad date and a bad flag with a clear message', async () => {
    const kind = await cli('due', 'birthday', '--from', '2025-01-01');
    expect(kind.code).toBe(2);
    expect(kind.err).toContain('"birthday" is not a deadline kind');
    const state = await cli('due', 'initial-evaluation', '--from', '2025-01-01', '--state', 'ZZ');
    expect(state.code).toBe(2);
    expect(state.err).toContain('There are no rules for "ZZ"');
    const date = await cli('due', 'initial-evaluation', '--from', '13/45/2025');
    expect(date.err).toContain('--from: "13/45/2025" has no month 13');
    const flag = await cli('due', 'initial-evaluation', '--frm', '2025-01-01');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--frm');
  });

  it('reports a missing or malformed calendar file plainly', async () => {
    const missing = await cli('due', 'initial-evaluation', '--from', '2025-09-02', '--calendar', '/nonexistent/cal.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('Cannot open the school calendar "/nonexistent/cal.json": there is no such file.');
    const bad = tempFile('cal.json', JSON.stringify({ name: 'X', schoolYears: [{ firstDay: '2025-08-25', lastDay: '2025-02-30' }] }));
    const malformed = await cli('due', 'initial-evaluation', '--from', '2025-09-02', '--calendar', bad);
    expect(malformed.err).toContain('field schoolYears[0].lastDay');
  });

  it('reads a district .ics calendar as well as the JSON format', async () => {
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//District//EN',
      'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20250101T000000Z', 'DTSTART;VALUE=DATE:20250825', 'DTEND;VALUE=DATE:20250826', 'SUMMARY:First Day of School', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:2', 'DTSTAMP:20250101T000000Z', 'DTSTART;VALUE=DATE:20260612', 'DTEND;VALUE=DATE:20260613', 'SUMMARY:Last Day of School', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const path = tempFile('district.ics', ics);
    const withCalendar = await cli('deadlines', CASELOAD, '--calendar', path, '--today', '2025-11-03', '--format', 'json');
    expect(withCalendar.code).toBe(0);
    const inYear = JSON.parse(withCalendar.out).deadlines.find((d: { dueDate: string }) => d.dueDate <= '2026-06-12');
    // School days left are counted on the imported calendar (no closures: every weekday from Nov 4 on).
    expect(inYear.schoolDaysLeft).toBeGreaterThan(0);
    const without = JSON.parse((await cli('deadlines', CASELOAD, '--today', '2025-11-03', '--format', 'json')).out);
    expect(without.deadlines[0].schoolDaysLeft).toBeNull();
  });
});

describe('casekeeper deadlines', () => {
  it('prints a table of the example caseload, most urgent first', async () => {
    const r = await cli('deadlines', CASELOAD, '--calendar', CALENDAR, '--today', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/^Deadlines as of 11\/23\/2026: \d+ open for \d+ students/);
    expect(r.lines[1]).toMatch(/^Status\s+Due\s+Days\s+School days\s+Deadline\s+Student\s+Why\s+Problems$/);
    // Deadline rows first, most urgent first; then the rows with nothing open or not read; then the legend.
    const statuses = r.lines.slice(2, r.lines.indexOf('')).map((l) => l.split(/\s+/)[0]).filter((s) => s !== 'Not' && s !== 'Nothing' && s !== 'Check');
    const order = ['Overdue', 'Urgent', 'Soon', 'Upcoming'];
    const ranks = statuses.map((s) => order.indexOf(s as string));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(r.out).toContain('could not be read');
  });

  it('gives JSON with every deadline and its basis, and CSV with a header row', async () => {
    const json = JSON.parse((await cli('deadlines', CASELOAD, '--today', '2026-11-23', '--format', 'json')).out);
    expect(json.deadlines.length).toBeGreaterThan(40);
    expect(json.deadlines[0].basis.citation).toMatch(/CFR/);
    const csv = await cli('deadlines', CASELOAD, '--today', '2026-11-23', '--format', 'csv');
    const rows = csv.out.split('\n');
    expect(rows[0]).toBe('Student ID,Student,Deadline,Due Date,Days Left,School Days Left,Status,Schedule By,Citation,Warnings,Checks,Problems');
    const others = json.students.filter((e: { read: boolean; open: number }) => !e.read || e.open === 0).length;
    expect(rows.length).toBe(json.deadlines.length + others + 1);
  });

  it('never prints colour codes when output is not a terminal', async () => {
    const r = await cli('deadlines', CASELOAD, '--today', '2026-11-23');
    expect(r.out).not.toContain("\u001b[");
  });

  it('stops with the missing column named when a file has no Student ID column', async () => {
    const path = tempFile('bad.csv', 'Name,IEP Date\nAvery,3/9/2025\n');
    const r = await cli('deadlines', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no Student ID column');
  });

  it('says so when the caseload file does not exist', async () => {
    const r = await cli('deadlines', 'nope.csv');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Cannot open the caseload CSV "nope.csv": there is no such file.');
  });
});

describe('casekeeper check', () => {
  it('lists every bad cell of the example with row, column and reason, and exits 1', async () => {
    const r = await cli('check', CASELOAD);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Row 9, Last IEP Date ("next week"): "next week" is not a date I can read');
    expect(r.out).toContain('Row 14, Date of Birth ("13/45/2015")');
    expect(r.out).toContain('Row 20, Student ID: The Student ID is missing');
    expect(r.out).toContain('Row 32, Last IEP Date ("2/30/2026")');
    expect(r.out).toMatch(/Row 35, Student ID \("S1033"\): Student ID S1033 is already on row 34/);
  });

  it('exits 0 on a clean file', async () => {
    const path = tempFile('ok.csv', 'Student ID,IEP Date\nS1,3/9/2025\n');
    const r = await cli('check', path);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No problems found.');
  });
});

describe('casekeeper ics', () => {
  it('writes all-day events with stable UIDs and initials instead of names', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'casekeeper-')), 'deadlines.ics');
    const r = await cli('ics', CASELOAD, '-o', out, '--today', '2026-11-23');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(40);
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(text).not.toContain('Avery');
    expect(text).toContain('A.A. (S1001)');
    const again = join(mkdtempSync(join(tmpdir(), 'casekeeper-')), 'again.ics');
    await cli('ics', CASELOAD, '-o', again, '--today', '2026-11-23');
    const uidsAgain = new ICAL.Component(ICAL.parse(readFileSync(again, 'utf8'))).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    expect(uidsAgain).toEqual(uids);
  });
});

describe('casekeeper help', () => {
  it('lists the commands and exits 2 without one', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.out).toContain('deadlines (--data FOLDER-OR-ZIP | <students.csv>)');
    expect((await cli('frobnicate')).err).toContain('Unknown command "frobnicate"');
  });
});

describe('a caseload folder or zip (--data)', () => {
  it('check --data validates every table and names table, row, column and reason', async () => {
    const r = await cli('check', '--data', CASELOAD_DIR);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Service log: ');
    expect(r.out).toContain('Service log, row 6, Minutes ("thirty"): "thirty" is not a number. This row was not imported.');
    expect(r.out).toContain('Goal data, row 2053, Goal ID ("goal-99999"): No row of Goals has the Goal ID goal-99999');
  });

  it('export writes a folder and a zip that read back to the same caseload, and exporting the export changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casekeeper-export-'));
    expect((await cli('export', '--data', CASELOAD_DIR, '-o', join(dir, 'one'))).code).toBe(0);
    expect((await cli('export', '--data', join(dir, 'one'), '-o', join(dir, 'two.zip'))).code).toBe(0);
    expect((await cli('export', '--data', join(dir, 'two.zip'), '-o', join(dir, 'three'))).code).toBe(0);
    expect((await cli('export', '--data', join(dir, 'three'), '-o', join(dir, 'four.zip'))).code).toBe(0);
    for (const file of ['students.csv', 'sessions.csv', 'goal-data.csv', 'contacts.csv']) {
      expect(readFileSync(join(dir, 'three', file), 'utf8')).toBe(readFileSync(join(dir, 'one', file), 'utf8'));
    }
    expect(readFileSync(join(dir, 'four.zip'))).toEqual(readFileSync(join(dir, 'two.zip')));
    const again = await cli('check', '--data', join(dir, 'two.zip'));
    expect(again.out).toContain('Goal data, row');
    expect(again.out).not.toContain('"thirty"'); // a row that could not be read is not exported (check lists it in the input)
  });

  it('reads a Windows-1252 export without turning accents into question marks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casekeeper-1252-'));
    writeFileSync(join(dir, 'students.csv'), Buffer.from([...Buffer.from('Student ID,First Name\nS1,Jos'), 0xe9, 0x0a]));
    const r = await cli('check', '--data', dir, '--json');
    expect(JSON.parse(r.out).files[0].encoding).toBe('windows-1252');
    const d = await cli('deadlines', '--data', dir, '--format', 'json');
    expect(d.code).toBe(0);
  });

  it('deadlines --data reads the whole caseload; a missing folder is said in plain words', async () => {
    const r = await cli('deadlines', '--data', CASELOAD_DIR, '--calendar', CALENDAR, '--today', '2026-11-23', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).deadlines.length).toBeGreaterThan(10);
    const missing = await cli('deadlines', '--data', 'no/such/folder');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('Cannot open "no/such/folder": there is no such file or folder.');
  });
});

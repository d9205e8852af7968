import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), lines: io.stdout };
}

function students(rows: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-')), 'students.csv');
  writeFileSync(path, ['Student ID,First Name,Last Name,Date of Birth,Last IEP Date,Last Evaluation Date,Annual Review Due', ...rows].join('\n'));
  return path;
}

describe('the deadlines table explains itself', () => {
  it('prints a legend of the status words and ⚠, with this run\'s thresholds', async () => {
    const r = await cli('deadlines', students(['A1,Ana,Rivera,2014-03-02,2026-02-10,2024-02-10,']), '--today', '2026-11-23', '--setting', 'soonDays=45');
    expect(r.out).toContain('Status: Overdue = the due date has passed; Urgent = due within 7 days; Soon = within 45 days; Upcoming = later.');
    expect(r.out).toContain('⚠ N: read note N below');
  });

  it('says why a school-day count is missing: no calendar, or a due date past the calendar\'s last day', async () => {
    // Last evaluation 2025-09-10: the reevaluation falls in 2028, after the example calendar's last school year.
    const csv = students(['A1,Ana,Rivera,2014-03-02,2026-02-10,2025-09-10,']);
    const withCalendar = await cli('deadlines', csv, '--today', '2026-11-23', '--calendar', 'examples/school-calendar.json');
    const row = withCalendar.lines.find((l) => l.includes('Reevaluation'));
    expect(row).toMatch(/\s—\s/);
    expect(withCalendar.out).toMatch(/School days —: the school calendar ends \d+\/\d+\/\d{4}: add the next school year to count school days\./);
    expect(withCalendar.out).not.toContain('add a school calendar');
    const without = await cli('deadlines', csv, '--today', '2026-11-23');
    expect(without.out).toContain('School days —: add a school calendar to count school days.');
  });

  it('prints each warning under the table, numbered as beside its row', async () => {
    // The IEP system states another annual review date: a disagreement the engine warns about.
    const r = await cli('deadlines', students(['A1,Ana,Rivera,2014-03-02,2026-02-10,2024-02-10,2027-03-01']), '--today', '2026-11-23');
    const row = r.lines.find((l) => l.includes('Annual IEP review'));
    const n = /⚠ (\d+)/.exec(row ?? '')?.[1];
    expect(n).toBeDefined();
    const note = r.lines.find((l) => l.startsWith(`  ${n}. A1 Ana Rivera, Annual IEP review:`));
    expect(note).toBeDefined();
    expect(note).toMatch(/2027|3\/1\/2027/);
  });

  it('shows the sanity checks beside the student: a last IEP date in 2030, a birth date in 2099', async () => {
    const r = await cli('deadlines', students(['B2,Ben,Okafor,2099-01-01,2030-01-10,2025-05-01,']), '--today', '2026-11-23');
    expect(r.code).toBe(0);
    const row = r.lines.find((l) => l.includes('B2 Ben Okafor'));
    expect(row).toMatch(/B2 Ben Okafor ⚠ \d+,\d+/);
    expect(r.out).toContain('B2 Ben Okafor: Last IEP Date 1/10/2030 is in the future');
    expect(r.out).toContain('B2 Ben Okafor: Date of Birth 1/1/2099 is in the future');
    const json = JSON.parse((await cli('deadlines', students(['B2,Ben,Okafor,2099-01-01,2030-01-10,2025-05-01,']), '--today', '2026-11-23', '--format', 'json')).out);
    expect(json.checks.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['date-in-future', 'birth-date-in-future']));
  });
});

describe('casekeeper check: dates to check', () => {
  it('lists the sanity warnings with a reason; they alone exit 0, or 1 with --strict', async () => {
    const file = students(['C3,Cleo,Marsh,1990-04-04,2026-03-10,2024-03-10,']);
    const r = await cli('check', file, '--today', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No problems found.');
    expect(r.out).toMatch(/1 date to check|\d+ dates to check/);
    expect(r.out).toContain('C3 Cleo Marsh: Date of Birth 4/4/1990 makes the student 36 years old');
    expect((await cli('check', file, '--today', '2026-11-23', '--strict')).code).toBe(1);
    const clean = students(['D4,Dev,Nash,2014-04-07,2026-03-10,2024-03-10,']);
    expect((await cli('check', clean, '--today', '2026-11-23', '--strict')).out).not.toContain('to check');
  });
});

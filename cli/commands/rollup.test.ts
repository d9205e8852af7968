import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { google } from 'googleapis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadOf, type IsoDate, readCaseloadFiles } from '../../shared/index.ts';
import { caseloadTabs } from '../../tests/google/sheets-fixtures.ts';
import { SheetsV4Server } from '../../tests/google/sheets-v4-server.ts';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';
import { readTeamSheets } from '../read-team-sheets.ts';
import { run, type SheetsConnector } from './rollup.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'caseload');
const files = Object.fromEntries(['students.csv', 'services.csv', 'sessions.csv', 'goals.csv', 'goal-data.csv', 'accommodations.csv', 'accommodation-checks.csv', 'contacts.csv'].map((f) => [f, readFileSync(join(EXAMPLE, f), 'utf8')]));
const example = readCaseloadFiles(files).caseload;

describe('casekeeper rollup (through googleapis, against a local Sheets API server)', () => {
  const server = new SheetsV4Server();
  const connect: SheetsConnector = async () => {
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token' });
    return google.sheets({ version: 'v4', auth, rootUrl: server.url, retry: false }) as never;
  };

  beforeAll(async () => {
    await server.start();
    server.spreadsheets.set('team-lincoln-0001', { title: 'Lincoln team', tabs: caseloadTabs(example) });
    const other = caseloadOf({ students: [{ studentId: 'X1', school: 'Harbor High' }, { studentId: 'X2' }] });
    server.spreadsheets.set('team-harbor-0002', { title: 'Harbor team', tabs: caseloadTabs(other) });
    server.spreadsheets.set('team-notes-0003', { title: 'Just notes', tabs: { Notes: [['hello']] } });
    server.spreadsheets.set('district-out-0004', { title: 'District', tabs: { Sheet1: [] } });
  });
  afterAll(() => server.stop());

  it('reads every team sheet in two requests, summarises per school and case manager, and names the sheets it could not read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rollup-'));
    const io = memoryIo();
    server.log.length = 0;
    const code = await run(['--sheets', 'team-lincoln-0001,https://docs.google.com/spreadsheets/d/team-harbor-0002/edit#gid=0,team-notes-0003,missing-sheet-9', '--out', out, '--today', '2026-11-23'], io, connect);
    expect(code).toBe(1);
    expect(server.requestsFor('team-lincoln-0001')).toHaveLength(2);
    expect(server.requestsFor('team-harbor-0002')).toHaveLength(2);
    const csv = readFileSync(join(out, 'district-summary.csv'), 'utf8');
    const total = csv.trim().split('\n').at(-1) ?? '';
    // Every student of every sheet is counted once: 42 readable example students plus the two Harbor ones.
    expect(total).toMatch(/^All schools,All case managers,44,/);
    expect(csv).toContain('Harbor High,(not recorded),1,');
    expect(csv).toContain('(not recorded),(not recorded),1,');
    expect(io.stderr.join('\n')).toContain('Not read: team-notes-0003: "Just notes" has no Caseload tab; is it a Casekeeper tracking sheet?');
    expect(io.stderr.join('\n')).toContain('Not read: missing-sheet-9: No spreadsheet has this ID.');
    const html = readFileSync(join(out, 'district-summary.html'), 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/(?!docs\.google)/i);
    expect(html).toContain('Sheets that could not be read (2)');
  });

  it('retries rate limits and server errors with growing pauses, and reports a sheet that stays unavailable', async () => {
    server.faults.set('team-harbor-0002', [429, 500, 503]);
    server.faults.set('team-lincoln-0001', [503, 503, 503, 503, 503]);
    const slept: number[] = [];
    const api = await connect({ write: false });
    const r = await readTeamSheets(api, ['team-harbor-0002', 'team-lincoln-0001'], { baseDelayMs: 10, sleep: async (ms) => void slept.push(ms) });
    expect(r.teams.map((t) => t.title)).toEqual(['Harbor team']);
    expect(r.unread).toEqual([{ source: 'team-lincoln-0001', reason: 'Google had a problem answering, several times; run the roll-up again later.' }]);
    expect(slept.length).toBe(3 + 4);
    expect(Math.max(...slept)).toBeGreaterThanOrEqual(80); // the fourth pause of the sheet that stays down: 10, 20, 40, 80 ms
  });

  it('writes the summary into a "District summary" tab, making it when missing', async () => {
    const io = memoryIo();
    const code = await run(['--sheets', 'team-harbor-0002', '--into', 'district-out-0004', '--today', '2026-11-23'], io, connect);
    expect(code).toBe(0);
    const tab = server.spreadsheets.get('district-out-0004')?.tabs['District summary'] ?? [];
    expect(tab[0]).toEqual(['District IEP summary as of 2026-11-23']);
    expect(tab[1]?.[0]).toBe('School');
    expect(tab.find((r) => r[0] === 'All schools')?.slice(0, 3)).toEqual(['All schools', 'All case managers', 2]);
    // Which rules the sheet was counted with, below the summary.
    expect(tab.find((r) => r[0] === 'team-harbor-0002')?.slice(2, 4)).toEqual(['Federal', 'no state set anywhere: the federal rules']);
  });

  it("counts each sheet with its own Settings tab (state, school calendar), the district's --state only where a sheet has none, and says which", async () => {
    // The same student on three sheets: an evaluation consent of 9/28/2026. Under the New York rule of the
    // Lake sheet's own Settings, with its own school calendar, the evaluation is due within 30 days of
    // 11/23/2026; under Texas's school-day rule (the district's --state) with no calendar on the sheet, the
    // school days cannot be counted, and the student is counted as having a problem, not as safe.
    const tabsFor = (school: string) => caseloadTabs(caseloadOf({ students: [{ studentId: 'X1', school, consentDate: '2026-09-28' as IsoDate }] }));
    const settingsTab = (state: string) => [
      ['Setting', 'Value', 'What it means'],
      ['State', state, 'Two-letter code'],
      ['Urgent within (days)', 7],
      ['Soon within (days)', 30],
    ];
    // The School Calendar tab as the API gives it unformatted: dates as serial numbers (46258 = 8/24/2026).
    const calendarTab = [['Type', 'Name', 'From', 'To'], ['School year', '2026–2027', 46258, 46548], ['Closure', 'Thanksgiving', 46351, 46352]];
    server.spreadsheets.set('team-lake-0005', { title: 'Lake team', tabs: { ...tabsFor('Lake School'), Settings: settingsTab('ny'), 'School Calendar': calendarTab } });
    server.spreadsheets.set('team-hill-0006', { title: 'Hill team', tabs: { ...tabsFor('Hill School'), Settings: settingsTab('') } });
    server.spreadsheets.set('team-pine-0007', { title: 'Pine team', tabs: tabsFor('Pine School') });
    server.log.length = 0;
    const out = mkdtempSync(join(tmpdir(), 'rollup-rules-'));
    const io = memoryIo();
    expect(await run(['--sheets', 'team-lake-0005,team-hill-0006,team-pine-0007', '--state', 'TX', '--out', out, '--today', '2026-11-23'], io, connect)).toBe(0);
    for (const id of ['team-lake-0005', 'team-hill-0006', 'team-pine-0007']) expect(server.requestsFor(id)).toHaveLength(2);
    const csv = readFileSync(join(out, 'district-summary.csv'), 'utf8');
    expect(csv).toMatch(/^Lake School,\(not recorded\),1,0,2,0,0,0,0,Lake team$/m);
    expect(csv).toMatch(/^Hill School,\(not recorded\),1,0,0,0,0,0,1,Hill team$/m);
    expect(csv).toMatch(/^Pine School,\(not recorded\),1,0,0,0,0,0,1,Pine team$/m);
    const rules = readFileSync(join(out, 'sheet-rules.csv'), 'utf8').trim().split('\n');
    expect(rules[0]).toBe('Sheet,Title,State,Where the state came from,School calendar,Settings to fix on the sheet');
    expect(rules).toContain("team-lake-0005,Lake team,NY,the sheet's own Settings tab,the sheet's own School Calendar tab,");
    expect(rules).toContain("team-hill-0006,Hill team,TX,the district's --state (the sheet's State is blank),none (every weekday counts as a school day),");
    expect(rules).toContain("team-pine-0007,Pine team,TX,the district's --state (the sheet has no Settings tab),none (every weekday counts as a school day),");
    expect(readFileSync(join(out, 'district-summary.html'), 'utf8')).toMatch(/<h2>Rules per sheet<\/h2>.*<td>Lake team<\/td><td>NY<\/td><td>the sheet&#39;s own Settings tab<\/td>/s);
    const report = io.stdout.join('\n');
    expect(report).toContain("NY, from the sheet's own Settings tab: 1 sheet (Lake team)");
    expect(report).toContain("TX, from the district's --state (the sheet has no Settings tab): 1 sheet (Pine team)");
  });

  it("reads a state's rule settings from each sheet's Settings tab as the add-on does: Texas's ARD summer rule turned off there changes that sheet's figures", async () => {
    // The same Texas student on two sheets with the same school calendar: the evaluation report of
    // 5/25/2026 puts day 30 of the ARD (19 TAC 89.1011(d)) on 6/24/2026, in the summer. With the summer
    // rule (the default) the ARD may wait until the first day of fall classes, 8/17/2026: due within 30 days
    // of 8/1/2026. The Oak team turned the rule off on its Settings tab: the ARD was due 6/24/2026, overdue.
    const tabs = (school: string) => caseloadTabs(caseloadOf({ students: [{ studentId: 'T1', school, evaluationReportDate: '2026-05-25' as IsoDate }] }));
    const calendarTab = [
      ['Type', 'Name', 'From', 'To'],
      ['School year', '2025–2026', '8/18/2025', '6/4/2026'],
      ['School year', '2026–2027', '8/17/2026', '5/28/2027'],
    ];
    const settingsTab = (summerRule: string) => [
      ['Setting', 'Value', 'Default', 'Citation', 'What it means'],
      ['State', 'TX'],
      ['ARD may wait until fall when day 30 falls in the summer (Texas)', summerRule, 'yes', '19 TAC 89.1011(d)'],
    ];
    server.spreadsheets.set('team-elm-0008', { title: 'Elm team', tabs: { ...tabs('Elm School'), Settings: settingsTab(''), 'School Calendar': calendarTab } });
    server.spreadsheets.set('team-oak-0009', { title: 'Oak team', tabs: { ...tabs('Oak School'), Settings: settingsTab('no'), 'School Calendar': calendarTab } });
    const out = mkdtempSync(join(tmpdir(), 'rollup-rule-setting-'));
    expect(await run(['--sheets', 'team-elm-0008,team-oak-0009', '--out', out, '--today', '2026-08-01'], memoryIo(), connect)).toBe(0);
    const csv = readFileSync(join(out, 'district-summary.csv'), 'utf8');
    // School, case manager, students, overdue, due in 30 days, …, students with problems, sheets.
    expect(csv).toMatch(/^Elm School,\(not recorded\),1,0,1,0,0,0,0,Elm team$/m);
    expect(csv).toMatch(/^Oak School,\(not recorded\),1,1,0,0,0,0,0,Oak team$/m);
    const rules = readFileSync(join(out, 'sheet-rules.csv'), 'utf8');
    expect(rules).toContain("team-oak-0009,Oak team,TX,the sheet's own Settings tab,the sheet's own School Calendar tab,\n");
  });

  it('runs from the command line with a token and API root from the environment, and says what is missing in plain words', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'rollup-list-')), 'sheets.txt');
    writeFileSync(list, '# our teams\nteam-harbor-0002\n');
    process.env.CASEKEEPER_SHEETS_API_ROOT = server.url;
    process.env.CASEKEEPER_GOOGLE_ACCESS_TOKEN = 'test-token';
    try {
      const io = memoryIo();
      const out = mkdtempSync(join(tmpdir(), 'rollup-cli-'));
      expect(await main(['rollup', '--sheets', list, '--out', out, '--today', '2026-11-23'], io)).toBe(0);
      expect(io.stdout.join('\n')).toContain('2 students on 1 sheet');
    } finally {
      delete process.env.CASEKEEPER_SHEETS_API_ROOT;
      delete process.env.CASEKEEPER_GOOGLE_ACCESS_TOKEN;
    }
    const io = memoryIo();
    expect(await main(['rollup', '--out', 'x'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^Name the team sheets with --sheets/);
  });
});

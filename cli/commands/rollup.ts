import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DISTRICT_COLUMNS, districtSummaryHtml, type DistrictSummary, summariseDistrict, type UnreadSheet } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, settingsFrom } from '../options.ts';
import { readTeamSheets, type SheetsApi, spreadsheetIdOf, type TeamSheet } from '../read-team-sheets.ts';
import { type TeamRules, teamSettings } from '../team-settings.ts';

const USAGE =
  'Usage: casekeeper rollup --sheets FILE|ID,… [--credentials KEY.json] (--out DIR | --into SHEET-ID) [--state XX] [--calendar FILE] [--today DATE] [--concurrency N]';

/** The tab the summary is written to with --into (made when missing). */
export const SUMMARY_TAB = 'District summary';

/** What the command needs from Google: the Sheets API, signed in. Tests pass one pointed at a local server. */
export type SheetsConnector = (options: { credentials?: string; write: boolean }) => Promise<SheetsApi & WritableSheets>;

export interface WritableSheets {
  spreadsheets: SheetsApi['spreadsheets'] & {
    batchUpdate(params: { spreadsheetId: string; requestBody: { requests: unknown[] } }): Promise<unknown>;
    values: SheetsApi['spreadsheets']['values'] & {
      update(params: { spreadsheetId: string; range: string; valueInputOption: string; requestBody: { values: unknown[][] } }): Promise<unknown>;
    };
  };
}

/**
 * Signs in to Google with a service account key file (`--credentials`), an access token in
 * CASEKEEPER_GOOGLE_ACCESS_TOKEN (e.g. from `gcloud auth print-access-token`), or Application Default
 * Credentials, and returns the Sheets API v4 client. The read-only scope unless the summary is written.
 */
export const connectToGoogle: SheetsConnector = async ({ credentials, write }) => {
  const { google } = await import('googleapis');
  const scopes = [write ? 'https://www.googleapis.com/auth/spreadsheets' : 'https://www.googleapis.com/auth/spreadsheets.readonly'];
  const rootUrl = process.env.CASEKEEPER_SHEETS_API_ROOT;
  const token = process.env.CASEKEEPER_GOOGLE_ACCESS_TOKEN;
  let auth;
  if (token && !credentials) {
    auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: token });
  } else {
    auth = new google.auth.GoogleAuth({ scopes, ...(credentials ? { keyFile: credentials } : {}) });
  }
  return google.sheets({ version: 'v4', auth, ...(rootUrl ? { rootUrl } : {}) }) as unknown as SheetsApi & WritableSheets;
};

/** `casekeeper rollup`: a district summary over many teams' tracking sheets. */
export async function run(args: string[], io: CliIo, connect: SheetsConnector = connectToGoogle): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      sheets: { type: 'string' },
      credentials: { type: 'string' },
      out: { type: 'string' },
      into: { type: 'string' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      today: { type: 'string' },
      concurrency: { type: 'string' },
    },
    USAGE,
  );
  if (!values.sheets) throw new UsageError(`Name the team sheets with --sheets: a file with one link or ID per line, or IDs separated by commas.\n${USAGE}`);
  if (!values.out && !values.into) throw new UsageError(`Say where the summary goes: --out FOLDER (CSV and HTML) or --into SHEET-ID (a "${SUMMARY_TAB}" tab).\n${USAGE}`);
  if (values.credentials && !existsSync(values.credentials)) throw new UsageError(`Cannot open the credentials file "${values.credentials}": there is no such file.`);
  const into = values.into ? spreadsheetIdOf(values.into) : undefined;
  if (values.into && !into) throw new UsageError(`--into: "${values.into}" is not a Google Sheets link or spreadsheet ID.`);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new UsageError('--concurrency must be a whole number from 1 to 32.');
  const sources = sheetList(values.sheets);
  // The district's flags: the fallback for what a team sheet's own Settings tab leaves blank.
  const district = settingsFrom(values);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const api = await connect({ ...(values.credentials ? { credentials: values.credentials } : {}), write: Boolean(into) });
  io.err(`Reading ${sources.length} sheet${sources.length === 1 ? '' : 's'}…`);
  const { teams, unread } = await readTeamSheets(api, sources, { concurrency });
  const rules = teams.map((t) => teamSettings(t.settings, district));
  const summary = summariseDistrict(
    teams.map((t, i) => ({ source: t.source, title: t.title, caseload: t.read.caseload, settings: (rules[i] as TeamRules).settings })),
    { today },
  );
  const perSheet = rulesRows(teams, rules);
  if (values.out) writeFolder(values.out, summary, unread, today, perSheet);
  if (into) await writeSheet(api, into, summary, unread, today, perSheet);
  io.out(`${summary.total.students} students on ${teams.length} sheet${teams.length === 1 ? '' : 's'}: ${summary.total.overdue} deadlines overdue, ${summary.total.dueIn30Days} due in 30 days, ${Math.round(summary.total.minutesOwed)} service minutes owed.`);
  for (const line of rulesReport(teams, rules)) io.out(line);
  const problems = teams.reduce((n, t) => n + t.read.problems.length, 0);
  if (problems) io.out(`${problems} row problem${problems === 1 ? '' : 's'} on the team sheets (each team sees them in its own sheet's notes).`);
  for (const u of unread) io.err(`Not read: ${u.source}: ${u.reason}`);
  return unread.length ? 1 : 0;
}

/** The sheets named by --sheets: a file of links or IDs (one per line, # comments), or a comma-separated list. */
function sheetList(value: string): string[] {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value.replace(/,/g, '\n');
  const list = text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError(`--sheets: no sheet links or IDs found in "${value}".`);
  return [...new Set(list)];
}

const RULES_HEADER = ['Sheet', 'Title', 'State', 'Where the state came from', 'School calendar', 'Settings to fix on the sheet'];

/** One row per sheet read: the state its students were counted under, and where it and the calendar came from. */
function rulesRows(teams: readonly TeamSheet[], rules: readonly TeamRules[]): string[][] {
  return teams.map((t, i) => {
    const r = rules[i] as TeamRules;
    return [t.source, t.title, r.state, r.stateFrom, r.calendarFrom, r.problems.join(' ')];
  });
}

/** The report's lines on rules: sheets grouped by state and where it came from, a few titles each. */
function rulesReport(teams: readonly TeamSheet[], rules: readonly TeamRules[]): string[] {
  const groups = new Map<string, string[]>();
  rules.forEach((r, i) => {
    const key = `${r.state}, from ${r.stateFrom}`;
    groups.set(key, [...(groups.get(key) ?? []), (teams[i] as TeamSheet).title]);
  });
  const lines = ['Rules per sheet (each sheet\'s own Settings tab first, the district flags where it has none):'];
  for (const [key, titles] of [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    const shown = titles.slice(0, 5).join(', ') + (titles.length > 5 ? ` and ${titles.length - 5} more` : '');
    lines.push(`  ${key}: ${titles.length} sheet${titles.length === 1 ? '' : 's'} (${shown})`);
  }
  const fixing = rules.filter((r) => r.problems.length > 0).length;
  if (fixing) lines.push(`${fixing} sheet${fixing === 1 ? ' has' : 's have'} settings that cannot be used (their defaults applied); see "Settings to fix on the sheet" in the per-sheet list.`);
  return lines;
}

function rowsOf(summary: DistrictSummary): (string | number)[][] {
  return [DISTRICT_COLUMNS.map((c) => c.header), ...[...summary.rows, summary.total].map((r) => DISTRICT_COLUMNS.map((c) => c.value(r)))];
}

function writeFolder(dir: string, summary: DistrictSummary, unread: readonly UnreadSheet[], today: string, perSheet: readonly string[][]): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'sheet-rules.csv'), `${Papa.unparse([RULES_HEADER, ...perSheet], { newline: '\n' })}\n`);
    writeFileSync(join(dir, 'district-summary.csv'), `${Papa.unparse(rowsOf(summary), { newline: '\n' })}\n`);
    writeFileSync(join(dir, 'district-summary.html'), districtSummaryHtml(summary, { today: today as never, unread, rules: { header: RULES_HEADER, rows: perSheet } }));
    if (unread.length) writeFileSync(join(dir, 'sheets-not-read.csv'), `${Papa.unparse([['Sheet', 'Reason'], ...unread.map((u) => [u.source, u.reason])], { newline: '\n' })}\n`);
  } catch (error) {
    throw new UsageError(`Cannot write "${dir}": ${(error as Error).message}`, 1);
  }
}

async function writeSheet(api: WritableSheets, id: string, summary: DistrictSummary, unread: readonly UnreadSheet[], today: string, perSheet: readonly string[][]): Promise<void> {
  const meta = await api.spreadsheets.get({ spreadsheetId: id, fields: 'sheets.properties.title' });
  if (!(meta.data.sheets ?? []).some((s) => s.properties?.title === SUMMARY_TAB)) {
    await api.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests: [{ addSheet: { properties: { title: SUMMARY_TAB } } }] } });
  }
  const values = [[`District IEP summary as of ${today}`], ...rowsOf(summary), [], ...(unread.length ? [['Sheets not read', 'Reason'], ...unread.map((u) => [u.source, u.reason]), []] : []), ['Rules per sheet'], RULES_HEADER, ...perSheet];
  await api.spreadsheets.values.update({ spreadsheetId: id, range: `'${SUMMARY_TAB}'!A1`, valueInputOption: 'RAW', requestBody: { values } });
}

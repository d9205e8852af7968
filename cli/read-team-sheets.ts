import { CASELOAD_TABLES, type ParsedSettingsTab, SETTINGS_TABS, parseSettingsTab, readCaseloadTabs, type CaseloadTabs, type UnreadSheet } from '../shared/index.ts';

/** The part of googleapis' `sheets_v4.Sheets` the roll-up uses (so tests can count and fake it). */
export interface SheetsApi {
  spreadsheets: {
    get(params: { spreadsheetId: string; fields?: string }): Promise<{ data: { properties?: { title?: string | null; timeZone?: string | null } | null; sheets?: { properties?: { title?: string | null } | null }[] | null } }>;
    values: {
      batchGet(params: { spreadsheetId: string; ranges: string[]; valueRenderOption?: string; dateTimeRenderOption?: string }): Promise<{ data: { valueRanges?: { range?: string | null; values?: unknown[][] | null }[] | null } }>;
    };
  };
}

/** One team sheet read into a caseload. */
export interface TeamSheet {
  source: string;
  title: string;
  timeZone: string | undefined;
  read: CaseloadTabs;
  /** The sheet's own Settings and School Calendar tabs, read as the add-on reads them; absent when it has neither. */
  settings?: ParsedSettingsTab;
}

export interface ReadTeamSheetsOptions {
  /** Sheets read at once (default 4). */
  concurrency?: number;
  /** Attempts per request on 429 and 5xx (default 5). */
  attempts?: number;
  /** The first retry's pause; each next one doubles, with jitter (default 1,000 ms). */
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Reads many team tracking sheets with two requests each (the sheet's tab list, then every caseload tab and
 * its Settings and School Calendar tabs in one `values.batchGet`), a few at a time, retrying rate limits and server errors with growing pauses.
 * A sheet that cannot be read is reported with the reason in plain words; the others are read regardless.
 *
 * @example const { teams, unread } = await readTeamSheets(google.sheets({ version: 'v4', auth }), ['1AbC…'])
 */
export async function readTeamSheets(api: SheetsApi, sources: readonly string[], options: ReadTeamSheetsOptions = {}): Promise<{ teams: TeamSheet[]; unread: UnreadSheet[] }> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const teams: (TeamSheet | undefined)[] = [];
  const unread: (UnreadSheet | undefined)[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i] as string;
      const id = spreadsheetIdOf(source);
      if (!id) {
        unread[i] = { source, reason: 'This is not a Google Sheets link or spreadsheet ID.' };
        continue;
      }
      try {
        teams[i] = await readOne(api, source, id, options);
      } catch (error) {
        unread[i] = { source, reason: explain(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, sources.length) }, worker));
  return { teams: teams.filter((t): t is TeamSheet => t !== undefined), unread: unread.filter((u): u is UnreadSheet => u !== undefined) };
}

async function readOne(api: SheetsApi, source: string, id: string, options: ReadTeamSheetsOptions): Promise<TeamSheet> {
  const meta = await withRetry(() => api.spreadsheets.get({ spreadsheetId: id, fields: 'properties(title,timeZone),sheets.properties.title' }), options);
  const titles = (meta.data.sheets ?? []).map((s) => s.properties?.title ?? '').filter(Boolean);
  const wanted = titles.filter((t) => CASELOAD_TABLES.some((spec) => spec.tab.toLowerCase() === t.trim().toLowerCase()));
  const title = meta.data.properties?.title ?? id;
  if (!wanted.some((t) => t.trim().toLowerCase() === CASELOAD_TABLES[0].tab.toLowerCase())) {
    throw new ReadError(`"${title}" has no ${CASELOAD_TABLES[0].tab} tab; is it a Casekeeper tracking sheet?`);
  }
  const settingsTab = settingsTabOf(titles, SETTINGS_TABS.settings);
  const calendarTab = settingsTabOf(titles, SETTINGS_TABS.schoolCalendar);
  const all = [...wanted, ...(settingsTab ? [settingsTab] : []), ...(calendarTab ? [calendarTab] : [])];
  const ranges = all.map((t) => `'${t.replace(/'/g, "''")}'`);
  const values = await withRetry(
    () => api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' }),
    options,
  );
  const tabs: Record<string, unknown[][]> = {};
  const byRange = values.data.valueRanges ?? [];
  wanted.forEach((t, i) => (tabs[t] = byRange[i]?.values ?? []));
  // Below each settings tab's header row; dates come as serial numbers, which the shared parser reads.
  const rowsOf = (tab: string | undefined) => (tab ? (byRange[all.indexOf(tab)]?.values ?? []).slice(1) : []);
  const team: TeamSheet = { source, title, timeZone: meta.data.properties?.timeZone ?? undefined, read: readCaseloadTabs(tabs) };
  if (settingsTab || calendarTab) team.settings = parseSettingsTab(rowsOf(settingsTab), rowsOf(calendarTab));
  return team;
}

/**
 * The add-on's own tab of a name: "Settings (Casekeeper)" when the add-on had to make its own beside a
 * user's "Settings" tab, else "Settings" (any case).
 */
function settingsTabOf(titles: readonly string[], name: string): string | undefined {
  const is = (t: string, n: string) => t.trim().toLowerCase() === n.toLowerCase();
  return titles.find((t) => is(t, `${name} (Casekeeper)`)) ?? titles.find((t) => is(t, name));
}

/**
 * The spreadsheet ID in a Google Sheets link, or the text itself when it already is an ID.
 *
 * @example spreadsheetIdOf('https://docs.google.com/spreadsheets/d/1AbCdEf_gh-IJ/edit#gid=0') // '1AbCdEf_gh-IJ'
 */
export function spreadsheetIdOf(text: string): string | undefined {
  const trimmed = text.trim();
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(trimmed)?.[1];
  if (fromUrl) return fromUrl;
  return /^[A-Za-z0-9_-]{10,}$/.test(trimmed) ? trimmed : undefined;
}

class ReadError extends Error {}

/** The HTTP status of a googleapis (gaxios) error, if any. */
function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; code?: unknown; response?: { status?: unknown } };
  const status = e?.response?.status ?? e?.status ?? e?.code;
  return typeof status === 'number' ? status : typeof status === 'string' && /^\d{3}$/.test(status) ? Number(status) : undefined;
}

const RETRIED = new Set([429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN']);

async function withRetry<T>(call: () => Promise<T>, options: ReadTeamSheetsOptions): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= attempts || status === undefined || !RETRIED.has(status)) throw error;
      await sleep(base * 2 ** (attempt - 1) * (1 + Math.random() * 0.25));
    }
  }
}

/** Why a sheet could not be read, in a reviewer's words. */
function explain(error: unknown): string {
  if (error instanceof ReadError) return error.message;
  switch (statusOf(error)) {
    case 401:
      return 'Google did not accept the credentials. Sign in again, or check the service account key file.';
    case 403:
      return 'No access to this sheet. Share it (Viewer is enough) with the account the roll-up signs in as.';
    case 404:
      return 'No spreadsheet has this ID. Check the link or ID, and that the sheet was not deleted.';
    case 429:
      return "Google's rate limit was reached and did not clear after several tries; run the roll-up again in a few minutes.";
    case 500:
    case 502:
    case 503:
    case 504:
      return 'Google had a problem answering, several times; run the roll-up again later.';
    default: {
      const code = String((error as { code?: unknown })?.code ?? '');
      if (NETWORK_CODES.has(code)) return 'Google could not be reached: check the internet connection.';
      return `The sheet could not be read (${String((error as Error)?.message ?? error).slice(0, 160)}).`;
    }
  }
}

import { fail, ok, type Result, type SheetCell, type ValueUpdate } from '../../shared/index.ts';

/** Where access tokens come from: Chrome's sign-in in the extension, a fixed token in tests. */
export interface TokenProvider {
  /** An access token for the Sheets scope (throws when the teacher is not signed in or declined). */
  get(): Promise<string>;
  /** Forgets a token Google refused, so the next `get` asks for a fresh one. */
  drop(token: string): Promise<void>;
}

/** The parts of the Sheets API v4 a sync uses. Every call answers a typed failure, never throws. */
export interface SheetsClient {
  /** The spreadsheet's title and its tabs' names (spreadsheets.get). */
  spreadsheet(id: string): Promise<Result<{ title: string; tabs: string[] }>>;
  /** Many ranges in one request (values.batchGet): numbers as numbers, dates as the sheet shows them. */
  batchGet(id: string, ranges: readonly string[]): Promise<Result<unknown[][][]>>;
  /** Many ranges written in one request (values.batchUpdate, RAW): the number of cells written. */
  batchUpdate(id: string, data: readonly ValueUpdate[]): Promise<Result<number>>;
  /** Rows added after a tab's last row (values.append, RAW, inserting rows): the number of rows written. */
  append(id: string, range: string, rows: readonly (readonly SheetCell[])[]): Promise<Result<number>>;
  /** HTTP requests made so far (retries included). */
  readonly requests: number;
}

export interface SheetsClientOptions {
  token: TokenProvider;
  /** The API root; tests point it at a local server. */
  root?: string;
  fetch?: typeof globalThis.fetch;
  /** Retries after a 429 or 5xx answer before giving up (default 5). */
  retries?: number;
  /** Waits between retries (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const SHEETS_API_ROOT = 'https://sheets.googleapis.com/';

const KEPT = 'Your changes are kept here and go to the sheet at the next sync.';

/** The teacher-worded failure for an HTTP status the Sheets API answered. */
function failure(status: number, googleMessage: string, tries: number): { code: string; message: string } {
  if (status === 401) return { code: 'access-revoked', message: `Google no longer accepts Casekeeper's access to your account (it was removed or has expired). Press "Connect" to sign in again. ${KEPT}` };
  if (status === 403) return { code: 'no-access', message: `Your Google account cannot edit this sheet. Ask its owner to share it with you as an editor, and check Chrome is signed in with your school account. Nothing was changed. ${KEPT}` };
  if (status === 404) return { code: 'sheet-not-found', message: `The sheet was not found: it was deleted, or the address is wrong. Check it in Google Drive (and its Trash), then connect again. ${KEPT}` };
  if (status === 429) return { code: 'quota', message: `Google's limit on requests (quota) was reached; Casekeeper waited and tried ${tries} times. Press "Sync now" again in a minute. ${KEPT}` };
  if (status >= 500) return { code: 'google-unavailable', message: `Google Sheets is not answering right now (error ${status}; tried ${tries} times). Try again in a few minutes. ${KEPT}` };
  return { code: 'sheets-refused', message: `Google Sheets refused the request: ${googleMessage || `error ${status}`}. Nothing was changed. ${KEPT}` };
}

async function googleMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message.slice(0, 300) : '';
  } catch {
    return '';
  }
}

/**
 * A small Sheets API v4 client over `fetch`, for the side panel's sync: batched reads and writes, the
 * access token from a provider (a refused token is dropped and asked for once more), retries with
 * exponential backoff and jitter on 429 and 5xx (honouring Retry-After), and every failure a typed value
 * in a teacher's words (access removed, no edit rights, sheet deleted, quota, Google down, offline). It
 * talks only to its API root; nothing else in the extension makes a network request.
 *
 * @example const sheets = sheetsClient({ token: chromeTokenProvider() }); await sheets.spreadsheet('1AbC…')
 */
export function sheetsClient(options: SheetsClientOptions): SheetsClient {
  const root = (options.root ?? SHEETS_API_ROOT).replace(/\/?$/, '/');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const retries = options.retries ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  let requests = 0;

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<T>> {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let token: string;
      try {
        token = await options.token.get();
      } catch {
        return fail('not-signed-in', `Casekeeper is not signed in to Google, or the sign-in was cancelled. Press "Connect" to sign in. ${KEPT}`);
      }
      let response: Response;
      try {
        requests++;
        const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } };
        if (body !== undefined) init.body = JSON.stringify(body);
        response = await doFetch(`${root}v4/spreadsheets/${path}`, init);
      } catch {
        return fail('offline', `Casekeeper could not reach Google Sheets (is the computer offline?). ${KEPT}`);
      }
      if (response.ok) return ok((await response.json()) as T);
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        await options.token.drop(token);
        continue;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < retries) {
        const after = Number(response.headers.get('retry-after'));
        const backoff = Math.min(32_000, 1000 * 2 ** attempt) + Math.floor(random() * 1000);
        await sleep(Number.isFinite(after) && after > 0 ? Math.min(after * 1000, 60_000) : backoff);
        continue;
      }
      const error = failure(response.status, await googleMessage(response), attempt + 1);
      return fail(error.code, error.message);
    }
  }

  const sheet = (id: string) => encodeURIComponent(id);
  return {
    get requests() {
      return requests;
    },
    async spreadsheet(id) {
      const r = await call<{ properties?: { title?: string }; sheets?: { properties?: { title?: string } }[] }>('GET', `${sheet(id)}?fields=properties.title,sheets.properties.title`);
      if (!r.ok) return r;
      return ok({ title: r.value.properties?.title ?? '', tabs: (r.value.sheets ?? []).map((s) => s.properties?.title ?? '').filter((t) => t !== '') });
    },
    async batchGet(id, ranges) {
      if (ranges.length === 0) return ok([]);
      const query = new URLSearchParams(ranges.map((r) => ['ranges', r]));
      query.set('valueRenderOption', 'UNFORMATTED_VALUE');
      query.set('dateTimeRenderOption', 'FORMATTED_STRING');
      const r = await call<{ valueRanges?: { values?: unknown[][] }[] }>('GET', `${sheet(id)}/values:batchGet?${query.toString()}`);
      if (!r.ok) return r;
      return ok(ranges.map((_, i) => r.value.valueRanges?.[i]?.values ?? []));
    },
    async batchUpdate(id, data) {
      if (data.length === 0) return ok(0);
      const r = await call<{ totalUpdatedCells?: number }>('POST', `${sheet(id)}/values:batchUpdate`, { valueInputOption: 'RAW', data });
      return r.ok ? ok(r.value.totalUpdatedCells ?? 0) : r;
    },
    async append(id, range, rows) {
      if (rows.length === 0) return ok(0);
      const r = await call<{ updates?: { updatedRows?: number } }>('POST', `${sheet(id)}/values/${encodeURIComponent(range)}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`, { values: rows });
      return r.ok ? ok(r.value.updates?.updatedRows ?? 0) : r;
    },
  };
}

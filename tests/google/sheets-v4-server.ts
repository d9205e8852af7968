/**
 * A local stand-in for the Google Sheets API v4, for tests: the endpoints Casekeeper uses, with the
 * documented request and response shapes and error bodies (`{ error: { code, message, status, details } }`).
 * It serves only 127.0.0.1. Faults can be scheduled (429 with the quota ErrorInfo, 500, 503) and every
 * request is counted, so tests can check retries and requests per sheet.
 *
 * Endpoints: spreadsheets.get, spreadsheets.batchUpdate (addSheet only), values.get, values.batchGet,
 * values.update, values.batchUpdate, values.append.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Cell = string | number | boolean;

export interface FakeSpreadsheet {
  title: string;
  timeZone?: string;
  /** Tab title → rows (ragged, as the API returns them). */
  tabs: Record<string, Cell[][]>;
  /** Access tokens that may read it (default: every known token). */
  readers?: string[];
  /** Access tokens that may write it (default: every known token). */
  writers?: string[];
}

export interface RequestLog {
  method: string;
  path: string;
  spreadsheetId: string;
  status: number;
}

const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };
const MESSAGES: Record<number, string> = {
  401: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  403: 'The caller does not have permission',
  404: 'Requested entity was not found.',
  429: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.",
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

/** The Sheets API's error body for a status. */
export function errorBody(code: number, message = MESSAGES[code] ?? 'Error'): { error: { code: number; message: string; status: string; details?: unknown[] } } {
  const body: { error: { code: number; message: string; status: string; details?: unknown[] } } = { error: { code, message, status: STATUS[code] ?? 'UNKNOWN' } };
  if (code === 429) {
    body.error.details = [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'googleapis.com',
        metadata: { quota_metric: 'sheets.googleapis.com/read_requests', quota_limit: 'ReadRequestsPerMinutePerUser', service: 'sheets.googleapis.com', quota_limit_value: '60' },
      },
    ];
  }
  return body;
}

export class SheetsV4Server {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly tokens = new Set<string>(['test-token']);
  readonly log: RequestLog[] = [];
  /** Faults to answer, in order, before serving normally: per spreadsheet id, or '*' for any. */
  readonly faults = new Map<string, number[]>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests made for one spreadsheet. */
  requestsFor(id: string): RequestLog[] {
    return this.log.filter((r) => r.spreadsheetId === id);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(url.pathname);
    const id = match ? decodeURIComponent(match[1] as string) : '';
    const rest = match ? decodeURIComponent(match[2] as string) : url.pathname;
    const send = (status: number, body: unknown) => {
      this.log.push({ method: req.method ?? 'GET', path: rest, spreadsheetId: id, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !this.tokens.has(token)) return send(401, errorBody(401));
    const fault = this.faults.get(id)?.shift() ?? this.faults.get('*')?.shift();
    if (fault) return send(fault, errorBody(fault));
    if (!match) return send(404, errorBody(404));
    const book = this.spreadsheets.get(id);
    if (!book) return send(404, errorBody(404));
    const write = req.method !== 'GET';
    const allowed = write ? book.writers : book.readers;
    if (allowed && !allowed.includes(token)) return send(403, errorBody(403));
    let body: Record<string, unknown>;
    try {
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return send(400, errorBody(400, 'Invalid JSON payload received.'));
    }
    try {
      if (req.method === 'GET' && rest === '') return send(200, this.get(id, book));
      if (req.method === 'POST' && rest === ':batchUpdate') return send(200, this.batchUpdate(id, book, body));
      if (req.method === 'GET' && rest === '/values:batchGet') return send(200, { spreadsheetId: id, valueRanges: url.searchParams.getAll('ranges').map((r) => this.read(book, r, url.searchParams)) });
      if (req.method === 'POST' && rest === '/values:batchUpdate') {
        const data = (body.data as { range: string; values: Cell[][] }[]) ?? [];
        const responses = data.map((d) => this.update(id, book, d.range, d.values));
        return send(200, { spreadsheetId: id, totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0), totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0), responses });
      }
      const append = /^\/values\/(.+):append$/.exec(rest);
      if (req.method === 'POST' && append) return send(200, this.append(id, book, append[1] as string, (body.values as Cell[][]) ?? []));
      const values = /^\/values\/(.+)$/.exec(rest);
      if (req.method === 'GET' && values) return send(200, this.read(book, values[1] as string, url.searchParams));
      if (req.method === 'PUT' && values) return send(200, this.update(id, book, values[1] as string, (body.values as Cell[][]) ?? []));
      return send(404, errorBody(404));
    } catch (error) {
      return send(400, errorBody(400, (error as Error).message));
    }
  }

  private get(id: string, book: FakeSpreadsheet) {
    return {
      spreadsheetId: id,
      properties: { title: book.title, locale: 'en_US', timeZone: book.timeZone ?? 'America/New_York' },
      sheets: Object.entries(book.tabs).map(([title, rows], index) => ({
        properties: { sheetId: index, title, index, sheetType: 'GRID', gridProperties: { rowCount: Math.max(1000, rows.length), columnCount: 26 } },
      })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    };
  }

  private batchUpdate(id: string, book: FakeSpreadsheet, body: Record<string, unknown>) {
    const replies = ((body.requests as Record<string, { properties?: { title?: string } }>[]) ?? []).map((request) => {
      const add = request.addSheet;
      if (!add) throw new Error('Only addSheet is supported by this test server.');
      const title = add.properties?.title ?? `Sheet${Object.keys(book.tabs).length + 1}`;
      if (book.tabs[title]) throw new Error(`Invalid requests[0].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
      book.tabs[title] = [];
      return { addSheet: { properties: { sheetId: Object.keys(book.tabs).length - 1, title } } };
    });
    return { spreadsheetId: id, replies };
  }

  /** A1 ranges of the forms `Tab`, `'Tab'`, `Tab!A1`, `Tab!A1:Z`. */
  private tabOf(book: FakeSpreadsheet, range: string): string {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))(?:!.*)?$/.exec(range);
    const title = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? '') : '';
    if (!(title in book.tabs)) throw new Error(`Unable to parse range: ${range}`);
    return title;
  }

  private read(book: FakeSpreadsheet, range: string, params: URLSearchParams) {
    const title = this.tabOf(book, range);
    const rows = book.tabs[title] as Cell[][];
    const unformatted = params.get('valueRenderOption') === 'UNFORMATTED_VALUE';
    // The API drops trailing empty cells and rows, and (formatted) gives every value as a string.
    const values = rows.map((r) => trimRow(r).map((v) => (unformatted ? v : String(v)))).filter((_r, i, all) => all.slice(i).some((x) => x.length > 0));
    const quoted = /[^A-Za-z0-9_]/.test(title) ? `'${title.replace(/'/g, "''")}'` : title;
    const out: { range: string; majorDimension: string; values?: Cell[][] } = { range: `${quoted}!A1:Z${Math.max(1, values.length)}`, majorDimension: 'ROWS' };
    if (values.length) out.values = values;
    return out;
  }

  private update(id: string, book: FakeSpreadsheet, range: string, values: Cell[][]) {
    const title = this.tabOf(book, range);
    // Values land where the range starts (row and column), as the API writes them; other cells are kept.
    const at = /!\$?([A-Z]+)\$?(\d+)/.exec(range);
    const start = Number(at?.[2] ?? 1) - 1;
    const column = [...(at?.[1] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const rows = book.tabs[title] as Cell[][];
    values.forEach((row, i) => {
      const target = [...(rows[start + i] ?? [])];
      while (target.length < column) target.push('');
      row.forEach((v, j) => (target[column + j] = v));
      rows[start + i] = target;
    });
    return { spreadsheetId: id, updatedRange: range, updatedRows: values.length, updatedColumns: Math.max(0, ...values.map((r) => r.length)), updatedCells: values.reduce((n, r) => n + r.length, 0) };
  }

  private append(id: string, book: FakeSpreadsheet, range: string, values: Cell[][]) {
    const title = this.tabOf(book, range);
    const rows = book.tabs[title] as Cell[][];
    const at = rows.length;
    rows.push(...values.map((r) => [...r]));
    return { spreadsheetId: id, tableRange: `${title}!A1:Z${at}`, updates: { spreadsheetId: id, updatedRange: `${title}!A${at + 1}`, updatedRows: values.length, updatedColumns: Math.max(0, ...values.map((r) => r.length)), updatedCells: values.reduce((n, r) => n + r.length, 0) } };
  }
}

function trimRow(row: Cell[]): Cell[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === undefined || row[end - 1] === null)) end--;
  return row.slice(0, end);
}

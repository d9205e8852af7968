import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TRACKER_COLUMNS } from '../../shared/index.ts';
import { FRAME_NOT_LOADED, type PageReading, readPage } from '../../extension/sites/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { parseFlags } from '../options.ts';

const USAGE = 'Usage: casekeeper extract <page.html> [--url URL] [--json]';

/** Saved pages bigger than this are refused rather than parsed. */
const MAX_PAGE_BYTES = 50 * 1024 * 1024;
const MAX_FRAMES = 20;
const MAX_FRAME_DEPTH = 3;

type HappyWindow = { DOMParser: typeof DOMParser; happyDOM: { close(): Promise<void> } };

/** A console that drops everything: the saved page's own complaints are not ours to print. */
const SILENT_CONSOLE = new Proxy({}, { get: () => () => undefined });

async function openWindow(url: string): Promise<HappyWindow> {
  let happy: typeof import('happy-dom');
  try {
    happy = await import('happy-dom');
  } catch {
    throw new UsageError('casekeeper extract needs the happy-dom package: run "npm install" in the Casekeeper folder.', 1);
  }
  // Scripts, style sheets, images and frames of the saved page are never run or fetched.
  return new happy.Window({
    url,
    console: SILENT_CONSOLE as never,
    settings: {
      disableJavaScriptEvaluation: true,
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      disableIframePageLoading: true,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  }) as unknown as HappyWindow;
}

function readPageFile(path: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UsageError(`Cannot open the page "${path}": it is a folder.`, 1);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : 'it cannot be read';
    throw new UsageError(`Cannot open the page "${path}": ${why}. Save the page from the browser (Ctrl+S) and name the .html file.`, 1);
  }
  if (size > MAX_PAGE_BYTES) throw new UsageError(`The page "${path}" is larger than 50 MB; save only the student's page.`, 1);
  return readFileSync(path, 'utf8');
}

/**
 * Gives same-folder frames of a saved page their documents, as a browser would once they load: a page
 * saved with "Web page, complete" keeps its frames as files next to it. Other frames stay unread.
 */
function attachSavedFrames(doc: Document, pageFile: string, parser: DOMParser, depth = 0, budget = { left: MAX_FRAMES }): void {
  if (depth >= MAX_FRAME_DEPTH) return;
  const folder = dirname(resolve(pageFile));
  for (const frame of Array.from(doc.querySelectorAll('frame, iframe'))) {
    const src = frame.getAttribute('src') ?? '';
    if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || budget.left <= 0) continue;
    let path: string;
    try {
      path = resolve(folder, decodeURIComponent(src.split(/[?#]/)[0] as string));
    } catch {
      continue;
    }
    const inside = relative(folder, path);
    if (inside.startsWith('..') || inside.startsWith(sep) || !existsSync(path) || !statSync(path).isFile()) continue;
    budget.left--;
    const inner = parser.parseFromString(readFileSync(path, 'utf8'), 'text/html');
    attachSavedFrames(inner, path, parser, depth + 1, budget);
    Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => inner });
  }
}

/** The fields in tracker column order. */
function ordered(reading: PageReading): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const column of TRACKER_COLUMNS) {
    const value = reading.fields[column.key];
    if (value !== undefined) fields[column.key] = value;
  }
  return fields;
}

/**
 * `casekeeper extract <page.html> [--url URL] [--json]`: reads the student on a saved IEP-system page
 * with the extension's own page readers (scripts on the page never run).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { url: { type: 'string' }, json: { type: 'boolean', default: false } }, USAGE);
  const file = positionals[0];
  if (!file) throw new UsageError(`Name the saved page (.html) to read.\n${USAGE}`);
  if (positionals.length > 1) throw new UsageError(`Name one page at a time.\n${USAGE}`);
  let url: URL;
  try {
    url = new URL(values.url ?? pathToFileURL(resolve(file)).href);
  } catch {
    throw new UsageError(`--url: "${values.url}" is not a web address; use one like https://www.seis.org/iep/.`);
  }
  const html = readPageFile(file);
  const window = await openWindow(url.href);
  let reading: PageReading;
  try {
    const parser = new window.DOMParser();
    const doc = parser.parseFromString(html, 'text/html');
    attachSavedFrames(doc, file, parser);
    reading = readPage(doc, url);
  } finally {
    await window.happyDOM.close();
  }
  const fields = ordered(reading);
  // In a saved page, a frame that is not there was not saved with it (it will not load later).
  reading.issues = reading.issues.map((i) => (i === FRAME_NOT_LOADED ? 'A frame of this page was not saved with it, so it was not read.' : i));
  if (values.json) {
    io.out(JSON.stringify({ system: reading.system, fields, issues: reading.issues }, null, 2));
    return 0;
  }
  io.out(`${paint(io, 'bold', 'Read by:')} ${reading.system} reader`);
  const rows = TRACKER_COLUMNS.filter((c) => fields[c.key] !== undefined).map((c) => [c.header, fields[c.key] as string] as const);
  if (rows.length === 0) io.out('No student details found on this page.');
  const width = Math.max(0, ...rows.map(([header]) => header.length));
  for (const [header, value] of rows) io.out(`  ${paint(io, 'dim', header.padEnd(width))}  ${value}`);
  if (reading.issues.length > 0) {
    io.out(paint(io, 'bold', 'Notes:'));
    for (const issue of reading.issues) io.out(`  - ${issue}`);
  }
  return 0;
}

/**
 * The demo "legacy IEP system": a small static web server over the synthetic pages in
 * tests/fixtures/pages/ (invented students only), so the extension can be tried and tested on every page
 * style real systems use. Listens on 127.0.0.1 only.
 *
 * Run it: `node --import tsx demo/serve.ts [port]` (default: a free port), then open the printed address.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder the demo pages are served from. */
export const DEMO_PAGES_DIR = resolve(fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The pages on the index, in the order a tour visits them. */
export const DEMO_PAGES: readonly { path: string; title: string; style: string }[] = [
  { path: '/seis/student/1001', title: 'SEIS-style student screen', style: 'Label/value sidebar; a single-page app that switches students without reloading (history.pushState).' },
  { path: '/forms/student.html', title: 'Student profile form', style: 'Read-only inputs and selects: the values live in value attributes.' },
  { path: '/tables/student.html', title: 'Special education summary', style: 'Tables with a header row and a header column, a definition list, layout tables.' },
  { path: '/text/student.html', title: 'Printed case file', style: '"Label: value" text in many spellings, and aria-labels.' },
  { path: '/frames/index.html', title: 'Framed portal', style: 'A frameset: the student is spread over same-origin frames.' },
  { path: '/frames/mixed.html', title: 'Portal with a frame from another site', style: 'One same-origin iframe and one from another origin (skipped).' },
  { path: '/hostile/student.html', title: 'Hostile page', style: 'Script injection in fields, a megabyte field, bidi and zero-width characters.' },
  { path: '/changed/student.html', title: 'Redesigned page', style: 'No label Casekeeper knows: "Layout not recognised"; use teach mode.' },
  { path: '/caseload/1000.html', title: 'Caseload list', style: 'A 1,000-row caseload table (for the benchmark).' },
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function indexPage(): string {
  const items = DEMO_PAGES.map(
    (p) => `<li><a href="${escapeHtml(p.path)}">${escapeHtml(p.title)}</a>: ${escapeHtml(p.style)}</li>`,
  ).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Casekeeper demo IEP system</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}</style></head>
<body>
  <h1>Casekeeper demo IEP system</h1>
  <p>A pretend legacy IEP system on this computer, built from synthetic students (every name is invented).
  Open a page, then open Casekeeper's side panel beside it.</p>
  <ul>
    ${items}
  </ul>
</body>
</html>
`;
}

/** Maps a request path to a file under the pages folder, or undefined when it would leave it. */
function fileFor(pathname: string): string | undefined {
  if (/^\/seis\/student\/[A-Za-z0-9-]+\/?$/.test(pathname)) return join(DEMO_PAGES_DIR, 'seis', 'student.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(DEMO_PAGES_DIR, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return file.startsWith(DEMO_PAGES_DIR + sep) ? file : undefined;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(head ? undefined : body);
}

async function handle(req: IncomingMessage, res: ServerResponse, origin: () => string): Promise<void> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    send(res, 405, 'text/plain; charset=utf-8', 'Only GET is served here.', head);
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    send(res, 200, TYPES['.html'] as string, indexPage(), head);
    return;
  }
  if (url.pathname === '/seis' || url.pathname === '/seis/') {
    res.writeHead(302, { Location: '/seis/student/1001' });
    res.end();
    return;
  }
  const file = fileFor(url.pathname);
  if (!file || !(await stat(file).then((s) => s.isFile(), () => false))) {
    send(res, 404, 'text/plain; charset=utf-8', 'No such page in the demo IEP system.', head);
    return;
  }
  let body: string | Buffer = await readFile(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (extname(file) === '.html') {
    // The mixed-origin frame page points one frame at this same server under another host name.
    const other = origin().replace('//127.0.0.1:', '//localhost:');
    body = body.toString('utf8').replaceAll('__OTHER_ORIGIN__', other);
  }
  send(res, 200, type, body, head);
}

/**
 * Starts the demo IEP site on 127.0.0.1.
 *
 * @param options `port` to listen on (default 0: a free port)
 * @returns the site's address (no trailing slash) and a way to stop it
 * @example const demo = await startDemoServer(); console.log(demo.url); await demo.close();
 */
export async function startDemoServer(options: { port?: number } = {}): Promise<{ url: string; close(): Promise<void> }> {
  let url = '';
  const server = createServer((req, res) => {
    handle(req, res, () => url).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'The demo site could not read that page.', false);
      else res.end();
    });
  });
  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = process.argv[2];
  const port = arg === undefined ? 0 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`"${arg}" is not a port number; try: node --import tsx demo/serve.ts 5173\n`);
    process.exit(2);
  }
  const demo = await startDemoServer({ port });
  process.stdout.write(`Demo IEP system (synthetic students) at ${demo.url}/ : press Ctrl+C to stop.\n`);
  process.on('SIGINT', () => void demo.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => void demo.close().then(() => process.exit(0)));
}

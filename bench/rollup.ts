/**
 * District roll-up: 200 team sheets of 60 students each (every table filled, 40 sessions a student), half
 * with their own Settings and School Calendar tabs, read through the real `googleapis` client from the
 * local Sheets API v4 server and summarised. Wall time end to end, and requests per sheet (target ≤ 2).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { google } from 'googleapis';
import { run as rollup, type SheetsConnector } from '../cli/commands/rollup.ts';
import { memoryIo } from '../cli/io.ts';
import { caseloadTabs } from '../tests/google/sheets-fixtures.ts';
import { type Cell, SheetsV4Server } from '../tests/google/sheets-v4-server.ts';
import { report } from './lib/measure.ts';
import { syntheticCaseload } from './lib/synthetic-caseload.ts';

const SHEETS = 200;
const STUDENTS = 60;

export async function run(): Promise<void> {
  const server = new SheetsV4Server();
  await server.start();
  const out = mkdtempSync(join(tmpdir(), 'bench-rollup-'));
  try {
    const tabs = caseloadTabs(syntheticCaseload(STUDENTS, { sessions: 40 }));
    const states = ['NY', 'CA', 'IL', 'TX'];
    const ids = Array.from({ length: SHEETS }, (_, i) => `bench-team-${String(i).padStart(4, '0')}`);
    ids.forEach((id, i) => {
      const own: Record<string, Cell[][]> =
        i % 2 === 0
          ? {
              Settings: [['Setting', 'Value', 'What it means'], ['State', states[(i / 2) % states.length] as string], ['Soon within (days)', 30]],
              'School Calendar': [['Type', 'Name', 'From', 'To'], ['School year', '2026–2027', 46258, 46548], ['Closure', 'Winter break', 46377, 46388]],
            }
          : {};
      server.spreadsheets.set(id, { title: `Team ${i + 1}`, tabs: { ...tabs, ...own } });
    });
    const connect: SheetsConnector = async () => {
      const auth = new google.auth.OAuth2();
      auth.setCredentials({ access_token: 'test-token' });
      return google.sheets({ version: 'v4', auth, rootUrl: server.url, retry: false }) as never;
    };
    const io = memoryIo();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const code = await rollup(['--sheets', ids.join(','), '--out', out, '--today', '2026-11-23', '--state', 'NY'], io, connect);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (code !== 0) throw new Error(`the roll-up failed: ${io.stderr.join(' ')}`);
    const students = /^(\d+) students/.exec(io.stdout[0] ?? '')?.[1];
    if (Number(students) !== SHEETS * STUDENTS) throw new Error(`counted ${students} students, expected ${SHEETS * STUDENTS}`);
    report(`roll-up of ${SHEETS} sheets × ${STUDENTS} students (${SHEETS * STUDENTS} students, half with their own Settings tab; local server, 4 at a time), wall-clock`, wall / 1000, 's');
    report('  (same, CPU time of this process: the client, the shared engine and the local server together)', (used.user + used.system) / 1e6, 's');
    report('  requests per sheet', server.log.length / SHEETS, 'requests', 2);
  } finally {
    await server.stop();
    rmSync(out, { recursive: true, force: true });
  }
}

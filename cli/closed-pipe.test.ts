import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, 'casekeeper.mjs');

/** A caseload big enough that its table overflows a pipe's buffer (64 KiB), so the writer meets the closed pipe. */
function bigCaseload(): string {
  const rows = ['Student ID,First Name,Last Name,Last IEP Date,Last Evaluation Date'];
  for (let i = 0; i < 3000; i++) rows.push(`T${i},Ann,Test${i},2026-0${1 + (i % 9)}-1${i % 9},2024-0${1 + (i % 9)}-2${i % 9}`);
  const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-pipe-')), 'students.csv');
  writeFileSync(path, rows.join('\n'));
  return path;
}

describe('a closed pipe', () => {
  it('`casekeeper deadlines … | head -1` prints the first line and no EPIPE trace', () => {
    const csv = bigCaseload();
    // The real bin, its output piped into head, which exits after one line; stderr of casekeeper kept apart.
    const r = spawnSync('sh', ['-c', `node "${BIN}" deadlines "${csv}" --today 2026-11-23 2>"${csv}.err" | head -1; cat "${csv}.err"`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const [first, ...rest] = r.stdout.split('\n');
    expect(first).toBe('Deadlines as of 11/23/2026: 6000 open for 3000 students');
    const stderr = rest.join('\n');
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event|node:events|at .*:\d+:\d+/);
  }, 60_000);
});

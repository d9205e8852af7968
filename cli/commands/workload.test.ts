import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';
import { weekBar } from './workload.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const DATA = join(EXAMPLES, 'caseload');
const CALENDAR = join(EXAMPLES, 'school-calendar.json');

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-')), name);
  writeFileSync(path, content);
  return path;
}

describe('casekeeper workload', () => {
  const base = ['workload', '--data', DATA, '--calendar', CALENDAR, '--today', '2026-11-23', '--report-dates', '2027-01-22'];
  // Early October, one case manager, 10 h a week: some weeks over capacity, with work that can move.
  const october = ['workload', '--data', DATA, '--calendar', CALENDAR, '--today', '2026-10-05', '--report-dates', '2026-11-06,2027-01-22', '--case-manager', 'j.lee@example.org'];

  it('answers in JSON with exactly the documented keys', async () => {
    const r = await cli(...base, '--capacity', '3', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['weeks', 'overloaded', 'moves', 'peakBefore', 'peakAfter']);
    expect(json.weeks).toHaveLength(12);
    expect(Object.keys(json.weeks[0])).toEqual(['weekStart', 'hours', 'capacityHours', 'items']);
    // Thanksgiving week: closed, no capacity, no work.
    expect(json.weeks[0]).toMatchObject({ weekStart: '2026-11-23', hours: 0, capacityHours: 0, items: [] });
    expect(json.overloaded).toContain('2027-01-18');
    const moved = JSON.parse((await cli(...october, '--capacity', '10', '--format', 'json')).out);
    expect(moved.moves.length).toBeGreaterThan(0);
    for (const move of moved.moves) {
      expect(Object.keys(move)).toEqual(['studentId', 'kind', 'dueDate', 'from', 'to', 'reason']);
      expect(move.to <= move.dueDate && move.to >= '2026-10-05' && move.to < move.from).toBe(true);
    }
    expect(moved.peakAfter).toBeLessThan(moved.peakBefore);
  });

  it('draws a bar per week in the terminal, names the weeks over capacity and the moves', async () => {
    const r = await cli(...base, '--capacity', '3');
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /^\d+\/\d+\/\d{4} /.test(l));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/no school/);
    expect(r.out).toMatch(/1\/18\/2027 .*▒.*OVER/);
    expect(r.err).toMatch(/capacity is the sum of theirs/);
    expect((await cli(...october, '--capacity', '10')).out).toMatch(/Suggested moves \(\d+\):\n {2}S\d+ .*: (Annual IEP review|Progress report), /);
    expect(r.out).toMatch(/a.patel@example.org: \d+ students.*, weighted [\d.]+ .*no cap applied/);
  });

  it('counts one case manager against their own capacity, and --weeks', async () => {
    const r = await cli(...base, '--case-manager', 'j.lee@example.org', '--weeks', '4', '--format', 'json');
    const json = JSON.parse(r.out);
    expect(json.weeks).toHaveLength(4);
    expect(json.weeks[1].capacityHours).toBe(10);
    const everyone = JSON.parse((await cli(...base, '--weeks', '4', '--format', 'json')).out);
    expect(everyone.weeks[1].capacityHours).toBe(30);
    expect(json.weeks[1].hours).toBeLessThan(everyone.weeks[1].hours);
  });

  it('reads effort, capacity and caseload types from a settings file', async () => {
    const settings = tempFile('settings.json', JSON.stringify({ workload: { capacityHours: 7, caseloadType: 'CA.resource-specialist', effort: { 'make-up-minutes': { hours: 0 } } } }));
    const r = await cli(...base, '--settings', settings, '--weeks', '3');
    expect(r.out).toMatch(/21 h of case-management time/);
    expect(r.out).toMatch(/cap 28 \(Resource specialist, Cal\. Educ\. Code 56362\(c\); 5 CCR 3100\)/);
    const json = JSON.parse((await cli(...base, '--settings', settings, '--weeks', '3', '--format', 'json')).out);
    expect(json.weeks.flatMap((w: { items: { kind: string }[] }) => w.items).some((i: { kind: string }) => i.kind === 'make-up-minutes')).toBe(false);
    const bad = tempFile('bad.json', JSON.stringify({ workload: { capacityHours: -1 } }));
    expect((await cli(...base, '--settings', bad)).err).toMatch(/workload\.capacityHours/);
  });

  it('explains bad flags plainly', async () => {
    expect((await cli('workload', '--data', DATA, '--capacity', 'lots')).err).toMatch(/--capacity must be a number/);
    expect((await cli('workload', '--data', DATA, '--weeks', '0')).code).toBe(2);
    expect((await cli('workload')).err).toMatch(/Name the caseload/);
  });
});

describe('weekBar', () => {
  it('fills up to the hours and marks the capacity', () => {
    expect(weekBar({ hours: 5, capacityHours: 10 }, 10)).toBe(`${'█'.repeat(20)}${' '.repeat(20)}|`);
    expect(weekBar({ hours: 10, capacityHours: 5 }, 10)).toBe(`${'█'.repeat(20)}|${'▒'.repeat(19)}`);
    expect(weekBar({ hours: 0, capacityHours: 0 }, 10)).toBe('|');
  });
});

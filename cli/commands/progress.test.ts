import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, type Caseload, caseloadOf, type GoalRecord, type IsoDate } from '../../shared/index.ts';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';
import { runProgress } from './progress.ts';

const BASE = '2026-09-07' as IsoDate;
const goal = (over: Partial<GoalRecord>): GoalRecord => ({
  goalId: 'G1',
  studentId: 'S1',
  area: 'Reading fluency',
  goal: 'Reads aloud at 48 words correct per minute.',
  measure: 'rate',
  unit: 'words correct per minute',
  baseline: 20,
  baselineDate: BASE,
  target: 48,
  targetDate: addCalendarDays(BASE, 98), // aim rises 2 a week
  ...over,
});
const weekly = (g: GoalRecord, values: number[]) =>
  values.map((value, i) => ({ pointId: `${g.goalId}-${i}`, studentId: g.studentId, goalId: g.goalId, date: addCalendarDays(BASE, 7 * (i + 1)), value }));

const reading = goal({});
const behaviour = goal({ goalId: 'G2', area: 'Behaviour', measure: 'count', unit: 'outbursts a day', baseline: 10, target: 3, direction: 'decrease', rule: 'three-point' });
const math = goal({ goalId: 'G3', studentId: 'S2', area: 'Math facts' });
const CASELOAD: Caseload = caseloadOf({
  students: [{ studentId: 'S1', firstName: 'Ava', lastName: 'Example' }, { studentId: 'S2' }],
  goals: [reading, behaviour, math],
  goalData: [
    ...weekly(reading, [22, 24, 25, 27, 29, 31, 33, 35]), // from week 3 on, 1 below the aim line
    ...weekly(behaviour, [9.8, 9.6, 9.4]), // aim 9.5, 9, 8.5: the last 3 above
    { pointId: 'X', studentId: 'S3', goalId: 'G9', date: '2026-10-01' as IsoDate, value: 1 },
  ],
});

async function progress(...args: string[]) {
  const io = memoryIo();
  const seen: string[] = [];
  const code = await runProgress(args, io, (path) => {
    seen.push(path);
    return { caseload: CASELOAD, problems: [], source: path };
  });
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), seen };
}

describe('casekeeper progress', () => {
  it('prints one row per goal with the verdict, rule, slopes and reason', async () => {
    const r = await progress('--data', 'caseload-folder', '--today', '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.seen).toEqual(['caseload-folder']);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Goal progress as of 11/20/2026: 3 goals (2 change instruction, 1 not enough data)');
    expect(lines[1]).toMatch(/^Verdict\s+Student\s+Goal\s+Rule\s+Points\s+Trend\/week\s+Aim\/week\s+Why$/);
    expect(lines[2]).toMatch(/^Change instruction\s+Ava Example\s+Reading fluency\s+Four-point rule\s+8\s+\+1\.86\s+\+2\s+the last 4 points are all below the aim line$/);
    expect(lines[3]).toMatch(/Behaviour\s+Three-point rule \(behaviour\)\s+3\s+-0\.2\s+-0\.5\s+the last 3 points are all above the aim line$/);
    expect(lines[4]).toMatch(/^Not enough data\s+Student S2\s+Math facts.*no data points have been recorded for this goal$/);
    expect(r.err).toBe('The data point of 2026-10-01 for student S3 names goal G9, which is not in the goals table: not counted.');
  });

  it('answers in JSON with the documented fields', async () => {
    const r = await progress('--data', 'x', '--today', '2026-11-20', '--format', 'json');
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0] ?? {})).toEqual(['studentId', 'goalId', 'rule', 'verdict', 'points', 'trendPerWeek', 'aimPerWeek', 'reason', 'reportSentence']);
    expect(rows[0]).toMatchObject({ studentId: 'S1', goalId: 'G1', rule: 'four-point', verdict: 'change-instruction', points: 8 });
    expect(rows[0]?.reportSentence).toMatch(/^Reading fluency: now 33 words correct per minute/);
    expect(rows[2]).toMatchObject({ goalId: 'G3', verdict: 'insufficient-data', trendPerWeek: null });
  });

  it('judges every goal by --rule when given', async () => {
    const rows = JSON.parse((await progress('--data', 'x', '--today', '2026-11-20', '--format', 'json', '--rule', 'trend')).out) as { rule: string; verdict: string }[];
    expect(rows.map((row) => row.rule)).toEqual(['trend', 'trend', 'trend']);
    expect(rows[0]?.verdict).toBe('on-track'); // 1.86 a week (least squares by hand: 78 ÷ 42) is within 10 % of 2
  });

  it('refuses bad flags in plain words', async () => {
    await expect(progress('--today', '2026-11-20')).rejects.toThrow('Name the caseload with --data');
    await expect(progress('--data', 'x', '--rule', 'five-point')).rejects.toThrow('--rule must be four-point, trend or three-point, not "five-point"');
    await expect(progress('--data', 'x', '--format', 'csv')).rejects.toThrow('--format must be table or json');
    await expect(progress('--data', 'x', '--today', '13/45/2026')).rejects.toThrow('--today');
  });
});

describe('casekeeper progress on the example caseload folder', () => {
  it('lists every goal of goals.csv once, each with a verdict, reason and report sentence', async () => {
    const folder = join(import.meta.dirname, '..', '..', 'examples', 'caseload');
    const io = memoryIo();
    expect(await main(['progress', '--data', folder, '--today', '2026-11-23', '--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout.join('\n')) as { goalId: string; verdict: string; reason: string; reportSentence: string }[];
    const goalIds = readFileSync(join(folder, 'goals.csv'), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split(',')[1]);
    expect(rows.map((r) => r.goalId).sort()).toEqual([...goalIds].sort());
    for (const r of rows) {
      expect(['on-track', 'change-instruction', 'raise-goal', 'insufficient-data']).toContain(r.verdict);
      expect(r.reason.length).toBeGreaterThan(10);
      expect(r.reportSentence).toMatch(/^[A-Z].*\.$/);
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIo, UsageError } from './io.ts';
import { main } from './main.ts';
import { explainFlagProblem, parseFlags, SETTING_FLAGS, settingsFrom } from './options.ts';

const CASELOAD = join(import.meta.dirname, '..', 'examples', 'caseload');

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), lines: io.stdout };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-')), name);
  writeFileSync(path, content);
  return path;
}

const OPTIONS = { data: { type: 'string' }, json: { type: 'boolean' }, output: { type: 'string', short: 'o' }, today: { type: 'string' } } as const;

function messageOf(args: string[]): string {
  try {
    parseFlags(args, OPTIONS, 'Usage: casekeeper test');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${args.join(' ')}`);
}

describe('option errors in plain words', () => {
  it('an unknown option, with the nearest known one', () => {
    expect(messageOf(['--tody', '2026-11-23'])).toMatch(/^"--tody" is not an option of this command\. Did you mean --today\? Its options are: --data, --json, --output \(-o\), --today\./);
    expect(messageOf(['-x'])).toMatch(/^"-x" is not an option of this command\. Its options/);
  });

  it('an option with no value, at the end or followed by another option', () => {
    expect(messageOf(['--data'])).toMatch(/^--data needs a value after it, like --data examples\/caseload\./);
    expect(messageOf(['-o'])).toMatch(/^-o needs a value after it, like --output deadlines\.ics\./);
    expect(messageOf(['--data', '--json'])).toMatch(/^--data needs a value after it, like --data examples\/caseload; it was followed by "--json", another option\./);
  });

  it('a value given to a switch', () => {
    expect(messageOf(['--json=yes'])).toMatch(/^--json is a switch and takes no value: write just --json, without "=yes"\./);
  });

  it('never leaks the parser\'s own text, and always ends with the usage and where to find help (property)', () => {
    const words = fc.constantFrom('--data', '--json', '-o', '--today', '--tody', '-x', '--json=1', 'file.csv', '--', '-', '--data=x', '-jo', '--output=');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 5 }), (args) => {
        let message: string | undefined;
        try {
          parseFlags(args, OPTIONS, 'Usage: casekeeper test');
        } catch (error) {
          message = (error as Error).message;
        }
        if (message === undefined) return;
        expect(message).not.toMatch(/To specify|ambiguous|ERR_PARSE_ARGS|argument missing|Unknown option/);
        expect(message).toContain('Usage: casekeeper test');
        expect(message).toContain('--help');
        expect((message.match(/"/g) ?? []).length % 2).toBe(0);
      }),
    );
  });

  it('explains through the real command with exit 2 and no stack trace', async () => {
    const r = await cli('deadlines', '--data');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--data needs a value after it');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect(explainFlagProblem(['--json=1'], OPTIONS)).toContain('takes no value');
  });
});

describe('--setting and --settings', () => {
  it('changes a caseload setting, a state rule setting and the date style', () => {
    const s = settingsFrom({ state: 'tx', setting: ['urgentDays=14', 'TX.ardSummerRule=no', 'dateStyle=iso'] });
    expect(s.state).toBe('TX');
    expect(s.urgentDays).toBe(14);
    expect(s.ruleSettings['TX.ardSummerRule']).toBe(false);
    expect(s.dateStyle).toBe('iso');
  });

  it('says which settings exist, what a value may be, and how to write the pair', () => {
    expect(() => settingsFrom({ setting: ['urgent=3'] })).toThrow(/--setting urgent=3: There is no setting "urgent"\. Known settings: urgentDays, soonDays/);
    expect(() => settingsFrom({ setting: ['soonDays=lots'] })).toThrow(/soonDays takes a whole number from 0 to 730/);
    expect(() => settingsFrom({ setting: ['urgentDays'] })).toThrow(/joined by "=", like --setting urgentDays=10/);
  });

  it('reads a settings file in the Settings shape, and the flags win over it', () => {
    const file = tempFile('settings.json', JSON.stringify({ urgentDays: 3, gradingPeriods: [{ name: 'Q1', from: '2026-08-24', to: '2026-10-30' }] }));
    const s = settingsFrom({ settings: file, setting: ['urgentDays=5'] });
    expect(s.urgentDays).toBe(5);
    expect(s.gradingPeriods).toHaveLength(1);
  });

  it('names the field and the reason when a settings file is wrong', () => {
    const bad = tempFile('bad.json', JSON.stringify({ gradingPeriods: [{ name: 'Q1', from: '2026-10-30', to: '2026-08-24' }] }));
    expect(() => settingsFrom({ settings: bad })).toThrow(/--settings .*bad\.json: gradingPeriods\[0\]: The grading period ends before it starts\./);
    const notJson = tempFile('x.json', 'urgentDays: 3');
    expect(() => settingsFrom({ settings: notJson })).toThrow(/is not a JSON file/);
    expect(() => settingsFrom({ settings: '/nonexistent/s.json' })).toThrow(/Cannot open the settings file "\/nonexistent\/s\.json": there is no such file\./);
  });

  it('every date command takes --setting: due moves the annual review with the convention', async () => {
    const before = await cli('due', 'annual-review', '--from', '2025-12-20');
    const after = await cli('due', 'annual-review', '--from', '2025-12-20', '--setting', 'annualReviewConvention=anniversary');
    expect(before.lines[0]).toBe('2026-12-19');
    expect(after.lines[0]).toBe('2026-12-20');
    for (const command of ['deadlines', 'ics', 'check', 'services', 'progress']) {
      const r = await cli(command, '--data', CASELOAD, '--today', '2026-11-23', '--setting', 'nope=1');
      expect(r.code, command).toBe(2);
      expect(r.err, command).toContain('There is no setting "nope"');
    }
    expect(SETTING_FLAGS.setting.multiple).toBe(true);
  });

  it('deadlines: urgentDays changes the status words, dateStyle=iso the dates shown', async () => {
    const us = await cli('deadlines', '--data', CASELOAD, '--today', '2026-11-23');
    const iso = await cli('deadlines', '--data', CASELOAD, '--today', '2026-11-23', '--setting', 'dateStyle=iso', '--setting', 'urgentDays=20');
    expect(us.lines[0]).toMatch(/^Deadlines as of 11\/23\/2026:/);
    expect(iso.lines[0]).toMatch(/^Deadlines as of 2026-11-23:/);
    const count = (out: string) => out.split('\n').filter((l) => l.startsWith('Urgent ')).length;
    expect(count(iso.out)).toBeGreaterThan(count(us.out));
    expect(iso.out).toContain('Urgent = due within 20 days');
  });

  it('studentNames=initials names students by initials in the table and CSV; ics --names still gives full names', async () => {
    const table = await cli('deadlines', '--data', CASELOAD, '--today', '2026-11-23', '--setting', 'studentNames=initials');
    expect(table.out).toMatch(/S\d+ [A-Z]\.[A-Z]\. \(S\d+\)/);
    const ics = await cli('ics', '--data', CASELOAD, '--today', '2026-11-23', '--names', '--setting', 'studentNames=initials');
    const full = await cli('ics', '--data', CASELOAD, '--today', '2026-11-23', '--setting', 'studentNames=full');
    const summaries = (out: string) => out.split('\n').filter((l) => l.startsWith('SUMMARY:'));
    expect(summaries(ics.out)).toEqual(summaries(full.out));
    expect(summaries(full.out).length).toBeGreaterThan(40);
    expect(full.out).not.toMatch(/SUMMARY:.*[A-Z]\.[A-Z]\. \(/);
  });
});

import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from './command-help.ts';
import { memoryIo } from './io.ts';
import { COMMANDS, main, version } from './main.ts';

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('--help on every subcommand', () => {
  for (const name of Object.keys(COMMANDS)) {
    it(`${name} --help and -h print usage, options and examples, and exit 0`, async () => {
      for (const flag of ['--help', '-h']) {
        const r = await cli(name, flag);
        expect(r.code, `${name} ${flag}`).toBe(0);
        expect(r.err).toBe('');
        expect(r.out).toContain(`Usage: casekeeper ${name}`);
        expect(r.out).toContain('Options:');
        expect(r.out).toContain('Examples:');
        expect(r.out).toContain(`  casekeeper ${name}`);
        expect(r.out).not.toMatch(/To specify a positional argument|Unknown option/);
      }
    });
  }

  it('has a help page for every command and a command for every help page', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('shows help even after other flags, and "casekeeper help due" does the same', async () => {
    const late = await cli('deadlines', '--data', 'nowhere', '--help');
    expect(late.code).toBe(0);
    expect(late.out).toContain('Usage: casekeeper deadlines');
    const word = await cli('help', 'due');
    expect(word.code).toBe(0);
    expect(word.out).toContain('Kinds:');
    expect(word.out).toContain('annual-review');
  });

  it('lists the settings, with what each takes, on commands that compute dates', async () => {
    const r = await cli('deadlines', '--help');
    expect(r.out).toContain('Settings (--setting NAME=VALUE):');
    expect(r.out).toMatch(/urgentDays\s+Urgent within \(days\): a whole number from 0 to 365 \(default 7\)/);
    expect(r.out).toContain('casekeeper rules --state XX');
    expect((await cli('extract', '--help')).out).not.toContain('Settings (--setting');
  });

  it('a "--help" after "--" is a value, not a request for help', async () => {
    const r = await cli('parse-service', '--', '--help');
    expect(r.out).not.toContain('Usage: casekeeper parse-service');
  });
});

describe('--version', () => {
  it('prints the version of package.json and exits 0', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^casekeeper \d+\.\d+\.\d+/);
    expect(r.out).toBe(`casekeeper ${version()}`);
  });
});

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/main.ts';
import { listRulePacks, TRACKER_COLUMNS } from '../../shared/index.ts';

/** The README stays true as features land: what the code offers, the README names. */
const README = readFileSync(join(resolve(import.meta.dirname, '../..'), 'README.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../..'), 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
  it('shows the two commands: set up and run the main job, and run every test', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toMatch(/^npm test\b/m);
    expect(PACKAGE.scripts.start).toBeDefined();
    expect(PACKAGE.scripts.test).toContain('vitest run');
  });

  it('documents every tracker column with its header', () => {
    for (const column of TRACKER_COLUMNS) expect(README).toContain(`| \`${column.key}\` | ${column.header}`);
  });

  it('has a coverage row for every state rule pack', () => {
    for (const pack of listRulePacks().filter((p) => p.code !== 'US')) expect(README).toMatch(new RegExp(`^\\| \\*?\\*?${pack.code}\\b`, 'm'));
  });

  it('shows every casekeeper command', () => {
    for (const name of Object.keys(COMMANDS)) expect(README).toContain(`casekeeper ${name}`);
  });

  it('names every npm script it tells people to run', () => {
    for (const [, script] of README.matchAll(/npm run ([a-z:]+)/g)) expect(Object.keys(PACKAGE.scripts)).toContain(script);
  });
});

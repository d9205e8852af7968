import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('push:gas', () => {
  it('refuses a target whose script id was never filled in, and says where to find it', () => {
    for (const target of ['dev', 'prod']) {
      const config = JSON.parse(readFileSync(join(root, `apps-script/clasp/${target}.json`), 'utf8'));
      if (!String(config.scriptId).startsWith('PASTE')) continue;
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps-script/push.ts', target], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`No script id for "${target}".*Project Settings.*apps-script/clasp/${target}\\.json`, 's'));
    }
  });

  it('never keeps Google credentials in the project', () => {
    expect(existsSync(join(root, 'apps-script/.clasprc.json'))).toBe(false);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.clasprc\.json$/m);
  });
});

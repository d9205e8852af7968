import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePush } from './push.ts';

const root = join(import.meta.dirname, '..');

/** A throwaway project folder with a clasp config and a build. */
function project(options: { scriptId?: string; files?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ck-push-'));
  mkdirSync(join(dir, 'apps-script/clasp'), { recursive: true });
  mkdirSync(join(dir, 'dist/apps-script'), { recursive: true });
  writeFileSync(join(dir, 'apps-script/clasp/template.json'), JSON.stringify({ scriptId: options.scriptId ?? '1TemplateScriptId', rootDir: '.' }));
  const manifest = readFileSync(join(root, 'apps-script/appsscript.json'), 'utf8');
  for (const [name, text] of Object.entries(options.files ?? { 'Code.js': 'function onOpen() {}', 'appsscript.json': manifest })) {
    writeFileSync(join(dir, 'dist/apps-script', name), text);
  }
  return dir;
}

describe('push:gas', () => {
  it('refuses a target whose script id was never filled in, and says where to find it', { timeout: 60_000 }, () => {
    for (const target of ['dev', 'template', 'prod']) {
      const config = JSON.parse(readFileSync(join(root, `apps-script/clasp/${target}.json`), 'utf8'));
      if (!String(config.scriptId).startsWith('PASTE')) continue;
      expect(preparePush(root, target)).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`No script id for "${target}".*Project Settings.*apps-script/clasp/${target}\\.json`, 's')) });
    }
    // The command itself stops with that message and exit code 1, before clasp runs.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps-script/push.ts', 'template'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No script id for "template"/);
  });

  it('writes .clasp.json with the template\'s script id beside exactly the bundle and the manifest', () => {
    const dir = project();
    const plan = preparePush(dir, 'template');
    expect(plan).toMatchObject({ ok: true, scriptId: '1TemplateScriptId', files: ['Code.js', 'appsscript.json'] });
    expect(JSON.parse(readFileSync(join(dir, 'dist/apps-script/.clasp.json'), 'utf8'))).toEqual({ scriptId: '1TemplateScriptId', rootDir: '.' });
  });

  it('refuses a missing build, a stray file (a credentials file above all) and a manifest without the Calendar service', () => {
    expect(preparePush(project({ files: { 'appsscript.json': '{}' } }), 'template')).toMatchObject({ ok: false, message: expect.stringMatching(/missing Code\.js/) });
    const stray = project({ files: { 'Code.js': '', 'appsscript.json': '{}', '.clasprc.json': '{"token":"x"}' } });
    expect(preparePush(stray, 'template')).toMatchObject({ ok: false, message: expect.stringMatching(/must not be pushed: \.clasprc\.json/) });
    expect(existsSync(join(stray, 'dist/apps-script/.clasp.json'))).toBe(false);
    expect(preparePush(project({ files: { 'Code.js': '', 'appsscript.json': '{}' } }), 'template')).toMatchObject({ ok: false, message: expect.stringMatching(/Calendar advanced service/) });
    expect(preparePush(project(), 'staging')).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown target/) });
  });

  it('never keeps Google credentials in the project', () => {
    expect(existsSync(join(root, 'apps-script/.clasprc.json'))).toBe(false);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.clasprc\.json$/m);
  });
});

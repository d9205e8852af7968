// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../extension/sites/index.ts';

const SITES = resolve(import.meta.dirname, '../../extension/sites');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('page-reader conventions', () => {
  const files = sources(SITES);
  const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

  it('read text only: never innerHTML, outerHTML, insertAdjacentHTML, eval or new Function', () => {
    const offending = files.filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|eval\s*\(|new Function|document\.write)\b/.test(code(f)));
    expect(offending).toEqual([]);
  });

  it('take the document as a parameter: no global document, window or location', () => {
    const offending = files.filter((f) => /(?<![.\w])(document|window|location)\s*\./.test(code(f)));
    expect(offending).toEqual([]);
  });

  it('keep one folder per system, named after the adapter id, generic last', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(ids.at(-1)).toBe('generic');
    for (const id of ids) expect(statSync(join(SITES, id, `${id}.ts`)).isFile()).toBe(true);
  });
});

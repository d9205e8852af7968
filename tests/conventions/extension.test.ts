import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../extension/sites/index.ts';

/** The extension's house rules, checked on its source: the app first, then the page readers in sites/. */
const ROOT = resolve(import.meta.dirname, '../../extension');
const SITES = join(ROOT, 'sites');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'sites' && dir === ROOT ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const source = files(ROOT).filter((f) => !/\.test\.tsx?$/.test(f) && !f.endsWith('test-setup.ts'));
const read = (f: string) => readFileSync(f, 'utf8');
const rel = (f: string) => relative(ROOT, f);

describe('extension conventions', () => {
  it('keeps entrypoints one level deep: a file or a folder per entrypoint', () => {
    const dir = join(ROOT, 'entrypoints');
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        expect(readdirSync(path).every((f) => !statSync(join(path, f)).isDirectory()), name).toBe(true);
      }
    }
  });

  it('makes zod run without code generation in every entrypoint', () => {
    const entries = ['entrypoints/background.ts', 'entrypoints/content/index.ts', 'entrypoints/sidepanel/main.tsx'];
    for (const entry of entries) expect(read(join(ROOT, entry)), entry).toMatch(/z\.config\(\{ jitless: true \}\)/);
  });

  it('never renders or reads markup as HTML, and never evaluates code', () => {
    expect(source.length).toBeGreaterThan(15);
    for (const file of source) {
      const text = read(file);
      expect(text, rel(file)).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|\beval\(|new Function\(/);
    }
  });

  it('makes no network request and talks to no page with postMessage (only the Sheets client calls Google Sheets, once connected)', () => {
    for (const file of source.filter((f) => rel(f) !== 'sync/sheets-client.ts')) {
      expect(read(file), rel(file)).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|window\.postMessage|externally_connectable/);
    }
  });

  it('keeps components away from page reading, and page reading away from the rest', () => {
    for (const file of source.filter((f) => rel(f).startsWith('components/'))) {
      expect(read(file), rel(file)).not.toMatch(/from '\.\.\/sites\//);
    }
  });

  it('imports the domain only through shared/index.ts', () => {
    for (const file of source) {
      expect(read(file), rel(file)).not.toMatch(/shared\/(?!index\.ts')[\w-]+/);
    }
  });
});

describe('page-reader conventions', () => {
  const readers = files(SITES).filter((f) => !/\.test\.tsx?$/.test(f));
  const code = (f: string) => read(f).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

  it('read text only: never innerHTML, outerHTML, insertAdjacentHTML, eval or new Function', () => {
    expect(readers.length).toBeGreaterThan(5);
    const offending = readers.filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|eval\s*\(|new Function|document\.write)\b/.test(code(f))).map(rel);
    expect(offending).toEqual([]);
  });

  it('take the document as a parameter: no global document, window or location', () => {
    const offending = readers.filter((f) => /(?<![.\w])(document|window|location)\s*\./.test(code(f))).map(rel);
    expect(offending).toEqual([]);
  });

  it('keep one folder per system, named after the adapter id, generic last', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(ids.at(-1)).toBe('generic');
    for (const id of ids) expect(statSync(join(SITES, id, `${id}.ts`)).isFile()).toBe(true);
  });
});

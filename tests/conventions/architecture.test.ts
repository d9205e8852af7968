import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The dependency rules of ../shared/reference/architecture.md, enforced on the source tree. */
const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(join(dir, name));
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [join(dir, name)] : [];
  });
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** Every module specifier a file imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g), ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)];
  return specs.map((m) => m[1] as string);
}

/** The repository path an import resolves to, or the package name for a bare import. */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;
}

const SHARED_PACKAGES = ['zod', 'zod/mini', 'date-fns', 'papaparse', 'ical.js', 'fflate', 'd3-scale', 'd3-shape'];

describe('architecture: shared/ is the pure domain core', () => {
  const files = sourceFiles('shared').filter((f) => !isTest(f) && !f.startsWith('shared/test-'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports only zod, date-fns, papaparse, ical.js, fflate, d3-scale, d3-shape and itself', () => {
    const offending = files.flatMap((f) =>
      importsOf(f)
        .map((s) => ({ f, s, t: target(f, s) }))
        .filter(({ s, t }) => (s.startsWith('.') ? !t.startsWith('shared') : !SHARED_PACKAGES.includes(s)))
        .map(({ f, s }) => `${f} imports ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('never touches browser, extension, Node or Apps Script globals', () => {
    const pattern = /\b(chrome|browser|SpreadsheetApp|CalendarApp|Utilities|LockService|PropertiesService|ScriptApp|HtmlService|document|window|process|require)\s*\./;
    const offending = files.filter((f) => {
      const code = readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return pattern.test(code);
    });
    expect(offending).toEqual([]);
  });

  it('names files in kebab-case (states by postal code)', () => {
    const bad = files.filter((f) => !/^[a-z0-9-]+\.ts$|^[A-Z]{2}\.ts$/.test(f.split('/').pop() as string));
    expect(bad).toEqual([]);
  });
});

describe('architecture: the edges', () => {
  const edges = ['extension', 'apps-script', 'cli'];

  it('import shared/ only through its public index', () => {
    const offending = edges.flatMap((edge) =>
      sourceFiles(edge).flatMap((f) =>
        importsOf(f)
          .map((s) => target(f, s))
          .filter((t) => t.startsWith('shared/') && t !== 'shared/index.ts')
          .map((t) => `${f} imports ${t}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('never import each other (cli may use the extension page readers only)', () => {
    const offending = edges.flatMap((edge) =>
      sourceFiles(edge).flatMap((f) =>
        importsOf(f)
          .map((s) => target(f, s))
          .filter((t) => edges.some((other) => other !== edge && t.startsWith(`${other}/`)))
          .filter((t) => !(edge === 'cli' && t.startsWith('extension/sites/')))
          .map((t) => `${f} imports ${t}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('page readers (extension/sites) import no React, storage, messaging or components', () => {
    const offending = sourceFiles('extension/sites')
      .filter((f) => !isTest(f))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => /^react|\/(storage|messaging|components|entrypoints)\//.test(s) || /^(wxt|@wxt-dev)/.test(s))
          .map((s) => `${f} imports ${s}`),
      );
    expect(offending).toEqual([]);
  });

  it('components never import the page readers', () => {
    const offending = sourceFiles('extension/components').flatMap((f) =>
      importsOf(f)
        .map((s) => target(f, s))
        .filter((t) => t.startsWith('extension/sites'))
        .map((t) => `${f} imports ${t}`),
    );
    expect(offending).toEqual([]);
  });

  it('shipped folders hold no test support that reaches into tests/ (only test files beside the code may)', () => {
    const offending = ['shared', ...edges].flatMap((dir) =>
      sourceFiles(dir)
        .filter((f) => !isTest(f))
        .flatMap((f) =>
          importsOf(f)
            .map((s) => target(f, s))
            .filter((t) => t.startsWith('tests/'))
            .map((t) => `${f} imports ${t}`),
        ),
    );
    expect(offending).toEqual([]);
  });

  it('extension entrypoints are one level deep', () => {
    const deep = sourceFiles('extension/entrypoints').filter((f) => f.split('/').length > 4);
    expect(deep).toEqual([]);
  });

  it('only apps-script/main.ts reaches Apps Script services by their global names (the rest receive them)', () => {
    const pattern = /(?<![.\w])(SpreadsheetApp|CalendarApp|LockService|PropertiesService|ScriptApp|HtmlService|Session|Utilities)\.\w/;
    const offending = sourceFiles('apps-script')
      .filter((f) => !isTest(f) && f !== 'apps-script/main.ts' && !/build|vitest/.test(f))
      .filter((f) => pattern.test(readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offending).toEqual([]);
  });
});

/**
 * The side panel's sync with the team's Google Sheet (README, "Side panel and the team's sheet"): the only
 * shipped file allowed a network call, to the Sheets API, and only after the teacher connects a sheet.
 */
const SHEETS_CLIENT = 'extension/sync/sheets-client.ts';

describe('privacy: no network calls of our own', () => {
  it('shipped code never calls fetch, XMLHttpRequest, WebSocket, sendBeacon or UrlFetchApp', () => {
    const pattern = /\bfetch\s*\(|XMLHttpRequest|new WebSocket|sendBeacon|UrlFetchApp/;
    const offending = ['shared', 'extension', 'apps-script', 'cli']
      .flatMap((d) => sourceFiles(d))
      .filter((f) => !isTest(f) && f !== SHEETS_CLIENT)
      .filter((f) => pattern.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('the one exception is the Sheets client the teacher turns on by connecting a sheet: it calls only its API root', () => {
    const text = readFileSync(join(ROOT, SHEETS_CLIENT), 'utf8');
    expect(text).toMatch(/export const SHEETS_API_ROOT = 'https:\/\/sheets\.googleapis\.com\/';/);
    expect([...text.matchAll(/https?:\/\/[^\s'"`]+/g)].map((m) => m[0])).toEqual(['https://sheets.googleapis.com/']);
    expect(text.match(/\bfetch\s*\(/g)).toHaveLength(1);
  });
});

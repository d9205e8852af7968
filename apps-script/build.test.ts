import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertEs2020 } from './build.ts';

describe('the Apps Script bundle stays within ES2020', () => {
  it('refuses built-ins newer than ES2020, naming them', () => {
    expect(() => assertEs2020('const x = [1].at(-1);')).toThrow(/Array\/String\.prototype\.at \(ES2022\)/);
    expect(() => assertEs2020('Object.hasOwn(a, "b") && s.replaceAll("a", "b")')).toThrow(/Object\.hasOwn \(ES2022\), String\.prototype\.replaceAll \(ES2021\)/);
    expect(() => assertEs2020('const x = a?.b ?? [1, 2].includes(2);')).not.toThrow();
  });

  it('the built Code.js passes, and esbuild targets es2020', () => {
    const code = readFileSync(join(import.meta.dirname, '../dist/apps-script/Code.js'), 'utf8');
    expect(() => assertEs2020(code)).not.toThrow();
    expect(readFileSync(join(import.meta.dirname, 'build.ts'), 'utf8')).toMatch(/target: 'es2020'/);
  });
});

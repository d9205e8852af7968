import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStubs } from './generate-stubs.ts';

describe('generated stubs', () => {
  it('match the installed @types/google-apps-script (run generate-stubs.ts if this fails)', () => {
    const committed = readFileSync(new URL('./generated/stubs.ts', import.meta.url), 'utf8');
    expect(committed).toBe(generateStubs());
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { readPage } from '../../extension/sites/index.ts';
import { loadPage } from './load-page.ts';
import { CORPUS } from './vocabulary-corpus.ts';

describe('the vocabulary corpus: synthetic pages in the words of many states and IEP systems', () => {
  it('covers at least 40 pages, 12 states and the named systems', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.flatMap((p) => p.vocabulary)).size).toBeGreaterThanOrEqual(12);
    const systems = CORPUS.map((p) => p.system ?? '').join(' ');
    for (const name of ['SEIS', 'Frontline', 'PowerSchool Special Programs', 'SpEd Forms', 'TIENET', 'Enrich', 'EasyIEP']) expect(systems).toContain(name);
  });

  describe.each(CORPUS.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const reading = readPage(loadPage(`vocabulary/${page.file}`), new URL(page.url));
    it.each(Object.entries(page.fields))('reads %s', (key, value) => {
      expect(reading.fields[key as keyof typeof reading.fields]).toBe(value);
      expect(reading.sources[key as keyof typeof reading.sources], 'the label it was read beside').toBeTruthy();
    });
    it('reads nothing it should not (no wrong or extra field)', () => {
      const extra = Object.keys(reading.fields).filter((k) => !(k in page.fields));
      expect(extra.map((k) => `${k}=${reading.fields[k as keyof typeof reading.fields]}`)).toEqual([]);
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../tests/readers/load-page.ts';
import { KNOWN_SYSTEMS } from './known-systems.ts';
import { readPage, SITE_ADAPTERS } from './index.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readPage', () => {
  it('asks the SEIS reader first and the generic reader last', () => {
    expect(SITE_ADAPTERS.map((a) => a.id)).toEqual(['seis', 'generic']);
  });

  it('uses the generic reader on pages of unknown systems', () => {
    document.body.innerHTML = '<p>Student ID: S1</p><p>Next IEP: 5/5/2026</p>';
    expect(readPage(document, new URL('https://iep.district.example/'))).toEqual({
      system: 'generic',
      fields: { studentId: 'S1', annualReviewDue: '2026-05-05' },
      sources: { studentId: 'Student ID', annualReviewDue: 'Next IEP' },
      issues: [],
    });
  });

  it('keeps going when one reader fails: the next one reads the page', () => {
    document.body.innerHTML = '<p>Student ID: S2</p>';
    Object.defineProperty(document, 'querySelector', {
      configurable: true,
      value: () => {
        throw new Error('broken page script');
      },
    });
    try {
      const reading = readPage(document, new URL('https://www.seis.org/iep/'));
      expect(reading.system).toBe('generic');
      expect(reading.fields).toEqual({ studentId: 'S2' });
      expect(reading.issues).toContain('The seis reader could not read this page; trying the next one.');
    } finally {
      delete (document as unknown as Record<string, unknown>).querySelector;
    }
  });

  it('never throws, even on a missing or booby-trapped document', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } }) as Document;
    for (const doc of [null, undefined, {}, trap] as unknown as Document[]) {
      const reading = readPage(doc, new URL('https://www.seis.org/iep/'));
      expect(reading.fields).toEqual({});
      expect(reading.issues[0]).toMatch(/^Layout not recognised/);
    }
  });

  it('lists the systems it knows with match patterns for permission requests', () => {
    expect(KNOWN_SYSTEMS.find((s) => s.id === 'seis')?.origins).toContain('https://www.seis.org/*');
    for (const system of KNOWN_SYSTEMS) for (const origin of system.origins) expect(origin).toMatch(/^https?:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('leaves the page exactly as it was', () => {
    for (const path of ['seis/student.html', 'forms/student.html', 'tables/student.html', 'text/student.html', 'changed/student.html']) {
      const page = loadPage(path);
      const before = page.documentElement.outerHTML;
      const values = Array.from(page.querySelectorAll('input')).map((i) => i.value);
      readPage(page, new URL('https://www.seis.org/iep/'));
      readPage(page, new URL('https://district.example/'), { annualReviewDue: { label: 'Plan renewal', relation: 'next-sibling' } });
      expect(page.documentElement.outerHTML, path).toBe(before);
      expect(Array.from(page.querySelectorAll('input')).map((i) => i.value)).toEqual(values);
    }
  });
});

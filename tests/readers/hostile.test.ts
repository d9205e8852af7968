import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../extension/sites/index.ts';
import { loadPage } from './load-page.ts';

const URL_ANY = new URL('https://district.example/student');

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the hostile page', () => {
  it('reads fields as literal, cleaned, capped text; scripts and styles are neither run nor read', () => {
    const reading = readPage(loadPage('hostile/student.html'), URL_ANY);
    expect(reading.system).toBe('generic');
    const { disability, notes, ...rest } = reading.fields;
    expect(rest).toEqual({
      firstName: 'Pia',
      lastName: '<img src=x onerror=alert(1)>Vance',
      studentId: 'S7001',
      school: 'Elm Street School',
      caseManager: 'Grant, Lou',
      dateOfBirth: '2013-05-06',
      grade: '5',
      annualReviewDue: '2026-01-14',
    });
    expect(disability).toBe(`${'X'.repeat(199)}…`);
    expect(notes).toHaveLength(200);
    expect(notes?.startsWith('Lorem ipsum dolor sit amet. Lorem')).toBe(true);
    expect(reading.issues).toEqual(['"Current IEP Date" on this page is not a date I can read.']);
    expect(JSON.stringify(reading)).not.toMatch(/script ran|__casekeeperHostileRan|color: red/);
    expect((globalThis as Record<string, unknown>).__casekeeperHostileRan).toBeUndefined();
  });

  it('strips NUL and other control characters put into the page by script', () => {
    document.body.innerHTML = '<p id="n"></p><p id="g"></p>';
    document.getElementById('n')?.append('Name: Lee\u0000,\u0001 Ana\u0007');
    document.getElementById('g')?.append('Grade: \u202E3\u202C\u200B');
    expect(readPage(document, URL_ANY).fields).toEqual({ lastName: 'Lee', firstName: 'Ana', grade: '3' });
  });

  it('reads a bounded amount of a huge page and says so', () => {
    const chunk = 'Filler text that goes on and on. '.repeat(60);
    document.body.innerHTML = `<p>Student ID: S8080</p>${'<p></p>'.repeat(700)}<p>Grade: 12</p>`;
    for (const p of Array.from(document.querySelectorAll('p')).slice(1, 701)) p.textContent = chunk;
    const reading = readPage(document, URL_ANY);
    expect(reading.fields).toEqual({ studentId: 'S8080' });
    expect(reading.issues).toEqual(['This page is very long; Casekeeper read only its first part.']);
  });
});

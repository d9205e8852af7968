import { afterEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../../tests/readers/load-page.ts';
import { readPage } from '../index.ts';
import { isSeisPage, seis } from './seis.ts';

const SEIS_URL = new URL('https://www.seis.org/iep/student/1001');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SEIS reader', () => {
  it('matches SEIS addresses and the local demo copy, nothing else', () => {
    expect(isSeisPage(new URL('https://www.seis.org/forms/1001/state/goals2/a'))).toBe(true);
    expect(isSeisPage(new URL('https://seis.org/iep/'))).toBe(true);
    expect(isSeisPage(new URL('http://127.0.0.1:5173/seis/student/1002'))).toBe(true);
    expect(isSeisPage(new URL('http://www.seis.org/iep/'))).toBe(false);
    expect(isSeisPage(new URL('https://seis.org.attacker.example/iep/'))).toBe(false);
    expect(isSeisPage(new URL('https://notseis.org/iep/'))).toBe(false);
    expect(isSeisPage(new URL('http://127.0.0.1:5173/forms/student.html'))).toBe(false);
  });

  it('reads the student sidebar: "Name: Last, First" split, SEIS ID as the student ID, IEP dates', () => {
    const reading = readPage(loadPage('seis/student.html'), SEIS_URL);
    expect(reading).toEqual({
      system: 'seis',
      fields: {
        firstName: 'Maya',
        lastName: 'Rivera',
        studentId: '1001',
        dateOfBirth: '2014-03-14',
        grade: '06',
        school: 'Juniper Middle School',
        caseManager: 'Okafor, Daniel',
        lastIepDate: '2025-02-06',
        annualReviewDue: '2026-02-05',
      },
      sources: {
        firstName: 'Name',
        lastName: 'Name',
        studentId: 'SEIS ID',
        dateOfBirth: 'DOB',
        grade: 'Grade',
        school: 'School',
        caseManager: 'Case Manager',
        lastIepDate: 'Current IEP Date',
        annualReviewDue: 'Future IEP Date',
      },
      issues: [],
    });
  });

  it('reads "Next IEP:" as the annual review date on older screens', () => {
    const page = loadPage('seis/student.html');
    const label = page.querySelector('[data-field="futureLabel"]') as Element;
    label.textContent = 'Next IEP:';
    expect(seis.read(page, SEIS_URL).fields.annualReviewDue).toBe('2026-02-05');
  });

  it('reads the same labels when the sidebar markup is unknown, and falls back to the SSID', () => {
    document.body.innerHTML = `
      <div class="new-layout"><p>Name: Quill, Bea</p><p>SSID: 9000004242</p><p>DOB: 1/9/2012</p>
      <p>Future IEP Date: 5/5/2026</p></div>`;
    expect(seis.read(document, SEIS_URL).fields).toEqual({
      firstName: 'Bea',
      lastName: 'Quill',
      studentId: '9000004242',
      dateOfBirth: '2012-01-09',
      annualReviewDue: '2026-05-05',
    });
  });

  it('does not read the service line or goals as fields', () => {
    const reading = seis.read(loadPage('seis/student.html'), SEIS_URL);
    expect(Object.values(reading.fields).join(' ')).not.toMatch(/counseling|inferential/);
  });

  it('on a SEIS page with no student open, hands over to the generic reader and explains', () => {
    document.body.innerHTML = '<h1>My Students</h1><p>Select a student to begin.</p>';
    const reading = readPage(document, new URL('https://www.seis.org/iep/'));
    expect(reading.fields).toEqual({});
    expect(reading.issues[0]).toMatch(/^Layout not recognised/);
    expect(reading.issues).toContain('No SEIS student sidebar on this page; open a student in SEIS to read their details.');
  });
});

describe('SEIS reader on the other layouts', () => {
  const SEIS_KEYS = ['firstName', 'lastName', 'studentId', 'dateOfBirth', 'grade', 'school', 'caseManager', 'lastIepDate', 'annualReviewDue'];

  it('reads only its own labels from pages built in other styles, and never fails', () => {
    for (const path of ['forms/student.html', 'tables/student.html', 'text/student.html', 'hostile/student.html', 'changed/student.html', 'caseload/1000.html']) {
      const reading = seis.read(loadPage(path), SEIS_URL);
      for (const key of Object.keys(reading.fields)) expect(SEIS_KEYS, `${path}: ${key}`).toContain(key);
    }
  });

  it('agrees with the generic reader on the SEIS page', async () => {
    const { generic } = await import('../generic/generic.ts');
    const page = loadPage('seis/student.html');
    expect(generic.read(page, new URL('https://district.example/')).fields).toEqual(seis.read(page, SEIS_URL).fields);
  });
});

// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../extension/sites/index.ts';
import { pageHtml } from './load-page.ts';

describe('the SEIS-style single-page app of the demo site', () => {
  it('switches students with history.pushState, without loading a page, and the reader follows', async () => {
    // The demo page's own script must run here (and only here): it is our synthetic page, not a hostile one.
    const window = new Window({
      url: 'http://127.0.0.1:5173/seis/student/1001',
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
    });
    try {
      const document = window.document as unknown as Document;
      document.write(pageHtml('seis/student.html'));
      await window.happyDOM.waitUntilComplete();
      const read = () => readPage(document, new URL(window.location.href));
      expect(read().fields).toMatchObject({ studentId: '1001', lastName: 'Rivera', annualReviewDue: '2026-02-05' });

      const before = document.querySelector('main');
      (document.querySelector('a[data-student="1002"]') as HTMLElement).click();
      expect(window.location.pathname).toBe('/seis/student/1002');
      expect(document.querySelector('main')).toBe(before); // same document: no page load
      expect(read()).toEqual({
        system: 'seis',
        fields: {
          firstName: 'Leo',
          lastName: 'Chen',
          studentId: '1002',
          dateOfBirth: '2016-11-02',
          grade: '03',
          school: 'Alder Elementary',
          caseManager: 'Okafor, Daniel',
          lastIepDate: '2025-10-21',
          annualReviewDue: '2026-10-20',
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

      (document.querySelector('a[data-student="1003"]') as HTMLElement).click();
      expect(read().fields).toMatchObject({ studentId: '1003', lastName: 'Haddad', annualReviewDue: '2026-04-14' });
    } finally {
      await window.happyDOM.close();
    }
  });
});

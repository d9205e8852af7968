import { afterEach, describe, expect, it } from 'vitest';
import { attachFrame, loadPage, pageHtml, parseHtml } from '../../../tests/readers/load-page.ts';
import { readPage } from '../index.ts';
import { generic } from './generic.ts';

const URL_ANY = new URL('https://district.example/student/view');

function read(doc: Document) {
  return generic.read(doc, URL_ANY);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('generic reader on the synthetic layouts', () => {
  it('reads a read-only form: input values, selects, aria-labels and wrapped labels, never hidden inputs', () => {
    const reading = read(loadPage('forms/student.html'));
    expect(reading.fields).toEqual({
      studentId: 'S2044',
      lastName: 'Nakamura',
      firstName: 'Hana',
      dateOfBirth: '2012-09-09',
      grade: '8th',
      school: 'Willow Creek Middle',
      caseManager: 'Lindqvist, Erik',
      disability: 'Specific Learning Disability (SLD)',
      lastIepDate: '2025-01-28',
      annualReviewDue: '2026-01-27',
      reevaluationDue: '2027-01-15',
      lastEvaluationDate: '2024-01-15',
    });
    expect(JSON.stringify(reading)).not.toContain('do-not-read');
    expect(reading.issues).toEqual([]);
  });

  it('reads tables with a header row and a header column, label/value cell pairs and a definition list', () => {
    const reading = read(loadPage('tables/student.html'));
    expect(reading.fields).toEqual({
      studentId: 'S3107',
      lastName: 'Okonkwo',
      firstName: 'Chidi',
      grade: 'K',
      school: 'Birchwood Elementary',
      dateOfBirth: '2020-05-02',
      lastIepDate: '2025-09-12',
      annualReviewDue: '2026-09-11',
      reevaluationDue: '2028-09-03',
      eligibilityDate: '2025-09-04',
      consentDate: '2025-07-30',
      referralDate: '2025-07-21',
      caseManager: 'Moreau, Claire',
      disability: 'Speech or Language Impairment',
      absences: '2',
    });
  });

  it('reads "Label: value" text in its many spellings, label-then-value lines and aria-labels', () => {
    const reading = read(loadPage('text/student.html'));
    expect(reading.fields).toEqual({
      firstName: 'Mateo',
      lastName: 'Torres',
      studentId: 'S5521',
      dateOfBirth: '2015-04-18',
      grade: '4',
      school: 'Hillcrest Elementary',
      caseManager: 'Nguyen, Thi',
      lastIepDate: '2025-11-05',
      annualReviewDue: '2026-11-04',
      lastEvaluationDate: '2023-10-30',
      reevaluationDue: '2026-10-29',
      absences: '3',
      notes: 'Prefers written directions.',
    });
  });

  it('reads every same-origin frame of a frameset, page first', () => {
    const page = loadPage('frames/index.html');
    const frames = Array.from(page.querySelectorAll('frame'));
    expect(frames.map((f) => f.getAttribute('src'))).toEqual(['banner.html', 'student.html', 'detail.html']);
    for (const frame of frames) attachFrame(frame, loadPage(`frames/${frame.getAttribute('src')}`));
    const reading = read(page);
    expect(reading.fields).toEqual({
      firstName: 'Amara',
      lastName: 'Osei',
      studentId: 'S4410',
      dateOfBirth: '2011-12-01',
      grade: '9',
      school: 'Riverside High School',
      caseManager: 'Whitfield, Jordan',
      lastIepDate: '2025-03-03',
      annualReviewDue: '2026-03-02',
      reevaluationDue: '2027-03-02',
    });
    expect(reading.issues).toEqual([]);
  });

  it('reads a same-origin iframe and skips a cross-origin one with a note naming its site', () => {
    const page = parseHtml(pageHtml('frames/mixed.html').replaceAll('__OTHER_ORIGIN__', 'https://timeline.other.example'));
    attachFrame(page.querySelector('#own') as Element, loadPage('frames/student.html'));
    const reading = read(page);
    expect(reading.fields).toMatchObject({ studentId: 'S4410', firstName: 'Amara', lastName: 'Osei' });
    expect(reading.fields.caseManager).toBeUndefined();
    expect(reading.issues).toEqual([
      'Skipped a frame from timeline.other.example: Casekeeper only reads frames from the same site as the page.',
    ]);
  });

  it('skips a frame whose document throws on access (cross-origin) without failing', () => {
    document.body.innerHTML = '<p>Student ID: S9001</p><iframe src="https://elsewhere.example/x"></iframe>';
    const frame = document.querySelector('iframe') as Element;
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const reading = read(document);
    expect(reading.fields).toEqual({ studentId: 'S9001' });
    expect(reading.issues[0]).toMatch(/^Skipped a frame from elsewhere\.example/);
  });

  it('reads a live srcdoc iframe through its contentDocument', () => {
    document.body.innerHTML = '<h1>Portal</h1><iframe srcdoc="<p>DOB: Sept 2, 2015</p><p>Tri Due: 9/1/2027</p>"></iframe>';
    expect(read(document).fields).toEqual({ dateOfBirth: '2015-09-02', reevaluationDue: '2027-09-01' });
  });

  it('recognises a caseload list instead of reading its first row as one student', () => {
    const reading = readPage(loadPage('caseload/1000.html'), URL_ANY);
    expect(reading).toEqual({
      system: 'generic',
      fields: {},
      sources: {},
      issues: ['This page lists 1,000 students; open one student to read their details.'],
    });
  });

  it('reports "Layout not recognised" with no fields when no label is known', () => {
    const reading = readPage(loadPage('changed/student.html'), URL_ANY);
    expect(reading.system).toBe('generic');
    expect(reading.fields).toEqual({});
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]).toMatch(/^Layout not recognised/);
  });
});

describe('generic reader details a teacher would notice', () => {
  function readHtml(html: string) {
    document.body.innerHTML = html;
    return read(document);
  }

  it('reads dates in the US spellings IEP systems print', () => {
    const reading = readHtml(`
      <p>DOB: 3/4/15</p><p>IEP Date: 2025-03-09</p><p>Next IEP: March 8, 2026</p>
      <p>Tri Due: 8 March 2027</p><p>Consent Date: 09-02-2025</p><p>Referral Date: Tue, Sept 2, 2025</p>
      <p>Eligibility Date: 10.14.2025</p>`);
    expect(reading.fields).toEqual({
      dateOfBirth: '2015-03-04',
      lastIepDate: '2025-03-09',
      annualReviewDue: '2026-03-08',
      reevaluationDue: '2027-03-08',
      consentDate: '2025-09-02',
      referralDate: '2025-09-02',
      eligibilityDate: '2025-10-14',
    });
  });

  it('leaves out a date it cannot read and says which label, not the value', () => {
    const reading = readHtml('<p>Student ID: S1</p><p>Annual Review Date: next week</p>');
    expect(reading.fields).toEqual({ studentId: 'S1' });
    expect(reading.issues).toEqual(['"Annual Review Date" on this page is not a date I can read.']);
  });

  it('treats placeholders (—, N/A, blank inputs) as no value, without a complaint', () => {
    const reading = readHtml('<p>Exit Date: —</p><p>Next IEP Meeting: N/A</p><label>Tri Due <input value=""></label><p>Grade: 2</p>');
    expect(reading.fields).toEqual({ grade: '2' });
    expect(reading.issues).toEqual([]);
  });

  it('does not take the next label as the value of an empty one', () => {
    const reading = readHtml('<div>Case Manager:</div><div>Grade: 5</div>');
    expect(reading.fields).toEqual({ grade: '5' });
  });

  it('reads several labels on one line split across inline elements', () => {
    const reading = readHtml('<div><b>Name:</b> <span>Ruiz, Elena</span> <b>Grade:</b> <span>11</span> <b>SSID:</b> 77</div>');
    expect(reading.fields).toEqual({ firstName: 'Elena', lastName: 'Ruiz', grade: '11', studentId: '77' });
  });

  it('splits "First Last" names and keeps explicit first/last labels', () => {
    expect(readHtml('<p>Student: Jonah Bell</p>').fields).toEqual({ firstName: 'Jonah', lastName: 'Bell' });
    expect(readHtml('<p>First Name: Ana</p><p>Last Name: Diaz Ortega</p>').fields).toEqual({ firstName: 'Ana', lastName: 'Diaz Ortega' });
  });

  it('ignores hidden elements, scripts and styles', () => {
    const reading = readHtml(`
      <p hidden>Student ID: HIDDEN1</p><p style="display: none">Grade: 12</p>
      <p>Student ID: S42<script>var x = "Grade: 9";</script></p><style>.x { content: "Grade: 7" }</style>`);
    expect(reading.fields).toEqual({ studentId: 'S42' });
  });

  it('reads aria-labelled values but not aria-labelled regions', () => {
    const reading = readHtml(`
      <section aria-label="Student"><span aria-label="Date of birth">04/05/2016</span></section>
      <div role="region" aria-label="Name">Welcome to the portal, please select a student</div>`);
    expect(reading.fields).toEqual({ dateOfBirth: '2016-04-05' });
  });

  it('reads a value in the block after a label without a colon only when it sits right next to it', () => {
    expect(readHtml('<div class="r"><div>School</div><div>Oak Hill</div></div>').fields).toEqual({ school: 'Oak Hill' });
    expect(readHtml('<table><tr><td><div>School</div></td></tr></table><p>Oak Hill</p>').fields).toEqual({});
  });

  it('maps the tracker column headers and aliases, so a page and a CSV export agree (but never the rules state)', () => {
    const reading = readHtml(`
      <table><tr><th>Student Number</th><th>Surname</th><th>Given Name</th><th>Birthday</th><th>Case Mgr</th><th>Reeval Due</th><th>Days Absent</th><th>State</th></tr>
      <tr><td>S77</td><td>Park</td><td>Min</td><td>1/2/2014</td><td>Cole, R</td><td>6/30/2027</td><td>4</td><td>tx</td></tr></table>`);
    expect(reading.fields).toEqual({
      studentId: 'S77',
      lastName: 'Park',
      firstName: 'Min',
      dateOfBirth: '2014-01-02',
      caseManager: 'Cole, R',
      reevaluationDue: '2027-06-30',
      absences: '4',
    });
  });

  it('lines header cells up with values across column spans', () => {
    const reading = readHtml(`
      <table><thead><tr><th>Student ID</th><th colspan="2">Parent contact</th><th>Grade</th><th>Next IEP</th></tr></thead>
      <tbody><tr><td>S31</td><td>Luz Diaz</td><td>555-0100</td><td>7</td><td>6/1/2026</td></tr></tbody></table>`);
    expect(reading.fields).toEqual({ studentId: 'S31', grade: '7', annualReviewDue: '2026-06-01' });
  });

  it('reads labels with a format hint or a "Student" prefix, and dates followed by a time', () => {
    const reading = readHtml('<p>DOB (mm/dd/yyyy): 07/04/2013</p><p>Student Grade: 2</p><p>Current IEP Date: 02/06/2025 10:30 AM</p>');
    expect(reading.fields).toEqual({ dateOfBirth: '2013-07-04', grade: '2', lastIepDate: '2025-02-06' });
  });
});

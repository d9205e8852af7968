import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../tests/readers/load-page.ts';
import { readPage } from './index.ts';
import { locatorFor, readTaught, type TaughtMapping } from './teach.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function setBody(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function el(selector: string, doc: Document = document): Element {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('teach mode: locators from the element the teacher clicked', () => {
  it('uses the visible label next to a value on a page no reader recognises', () => {
    const page = loadPage('changed/student.html');
    const values = Array.from(page.querySelectorAll('.x-v'));
    expect(values.map((v) => locatorFor(v))).toEqual([
      { label: 'Pupil', relation: 'next-sibling' },
      { label: 'Ref', relation: 'next-sibling' },
      { label: 'Plan renewal', relation: 'next-sibling' },
      { label: 'Re-assessment window closes', relation: 'next-sibling' },
    ]);
  });

  it('uses a form control\'s <label>, its aria-label, or aria-labelledby', () => {
    const page = loadPage('forms/student.html');
    expect(locatorFor(el('#f_dob', page))).toEqual({ label: 'Birthdate', relation: 'input' });
    expect(locatorFor(el('input[aria-label="3 Yr Reeval"]', page))).toEqual({ label: '3 Yr Reeval', relation: 'aria' });
    expect(locatorFor(el('input[aria-labelledby="lbl_annual"]', page))).toEqual({ label: 'Annual Review Due', relation: 'aria' });
    expect(locatorFor(el('#f_grade', page))).toEqual({ label: 'Grade', relation: 'input' });
  });

  it('uses a table\'s column header (with the row) or the row\'s header cell', () => {
    const page = loadPage('tables/student.html');
    expect(locatorFor(el('#identity tbody td:nth-child(5)', page))).toEqual({ label: 'Campus', relation: 'table-column', index: 0 });
    expect(locatorFor(el('#dates tr:nth-child(4) td', page))).toEqual({ label: 'Tri Due', relation: 'table-row' });
    expect(locatorFor(el('#identity thead th:nth-child(2)', page))).toEqual({ label: 'Last', relation: 'table-column', index: 0 });
    expect(locatorFor(el('#dates tr:nth-child(4) th', page))).toEqual({ label: 'Tri Due', relation: 'table-row' });
    const caseload = loadPage('caseload/1000.html');
    expect(locatorFor(el('#caseload tbody tr:nth-child(3) td:nth-child(9)', caseload))).toEqual({ label: 'Tri Due', relation: 'table-column', index: 2 });
  });

  it('uses the term of a definition list, an aria-label, or "Label:" in the same text', () => {
    const page = loadPage('tables/student.html');
    expect(locatorFor(el('#program dd', page))).toEqual({ label: 'Case Manager', relation: 'next-sibling' });
    setBody('<span aria-label="Plan renewal">5/1/2026</span><p id="p">Plan renewal: 5/1/2026</p>');
    expect(locatorFor(el('span'))).toEqual({ label: 'Plan renewal', relation: 'aria' });
    expect(locatorFor(el('#p'))).toEqual({ label: 'Plan renewal', relation: 'same-element' });
  });

  it('finds the label the way the readers pair it: grids, a label above its value, loose text after a label', () => {
    setBody('<div class="grid"><div>Plan renewal</div><div id="v">05/01/2026</div><div>Ref</div><div>S6012</div></div>');
    expect(locatorFor(el('#v'))).toEqual({ label: 'Plan renewal', relation: 'next-sibling' });
    setBody('<p><strong>Pupil ref</strong><br><span id="r">S6012</span></p>');
    expect(locatorFor(el('#r'))).toEqual({ label: 'Pupil ref', relation: 'next-sibling' });
    setBody('<p id="p"><em>Re-assessment</em> – 2027-04-30</p>');
    expect(locatorFor(el('#p'))).toEqual({ label: 'Re-assessment', relation: 'next-sibling' });
  });

  it('accepts a click on the label itself', () => {
    setBody('<div><span id="l">Plan renewal:</span> <span>5/1/2026</span></div>');
    expect(locatorFor(el('#l'))).toEqual({ label: 'Plan renewal', relation: 'next-sibling' });
  });

  it('returns null where nothing near the element reads as a label', () => {
    setBody('<main><div><p id="lonely">A long paragraph of welcome text that is not a label at all and goes on for a while.</p></div></main>');
    expect(locatorFor(el('#lonely'))).toBeNull();
    setBody('<div><span>05/01/2026</span><span id="after-a-date">S6012</span></div>');
    expect(locatorFor(el('#after-a-date'))).toBeNull();
  });
});

describe('teach mode: reading taught fields back after the markup changes', () => {
  it('reads the redesigned page once taught, through readPage', () => {
    const mapping: TaughtMapping = {
      studentId: { label: 'Ref', relation: 'next-sibling' },
      annualReviewDue: { label: 'Plan renewal', relation: 'next-sibling' },
      reevaluationDue: { label: 'Re-assessment window closes', relation: 'next-sibling' },
    };
    const reading = readPage(loadPage('changed/student.html'), new URL('https://hub.example/learner'), mapping);
    expect(reading).toEqual({
      system: 'taught',
      fields: { studentId: 'S6012', annualReviewDue: '2026-05-01', reevaluationDue: '2027-04-30' },
      sources: { studentId: 'Ref', annualReviewDue: 'Plan renewal', reevaluationDue: 'Re-assessment window closes' },
      issues: [],
    });
  });

  it('says which taught fields are missing from a page', () => {
    const mapping: TaughtMapping = { annualReviewDue: { label: 'Plan renewal', relation: 'next-sibling' }, exitDate: { label: 'Left on', relation: 'next-sibling' } };
    const reading = readPage(loadPage('changed/student.html'), new URL('https://hub.example/learner'), mapping);
    expect(reading.fields).toEqual({ annualReviewDue: '2026-05-01' });
    expect(reading.issues).toEqual(['Not found on this page: Exit Date (taught for this site).']);
  });

  it('keeps working when ids and classes change, wrappers are added and rows move', () => {
    const before = setBody(`
      <div class="x-row"><span class="x-k">Plan renewal</span><span class="x-v" id="v1">05/01/2026</span></div>
      <div class="x-row"><span class="x-k">Ref</span><span class="x-v">S6012</span></div>`);
    const locator = locatorFor(el('#v1', before));
    expect(locator).toEqual({ label: 'Plan renewal', relation: 'next-sibling' });
    const after = setBody(`
      <section class="card-v2"><div class="grid"><div data-row="2"><div class="key-7">Ref:</div><div class="val-7"><b>S6012</b></div></div></div>
      <div class="grid"><div data-row="1"><div class="key-7"><span>Plan renewal</span></div><div class="val-7"><span><i>May 1, 2026</i></span></div></div></div></section>`);
    expect(readTaught(after, { annualReviewDue: locator! })).toEqual({ annualReviewDue: '2026-05-01' });
  });

  it('keeps reading a form control after its id, classes and wrappers change', () => {
    const locator = locatorFor(el('#f_dob', loadPage('forms/student.html')));
    const after = setBody('<div class="v3"><div><label for="dob-2024">Birthdate</label></div><div><input id="dob-2024" class="fancy" readonly value="9/9/2012"></div></div>');
    expect(readTaught(after, { dateOfBirth: locator! })).toEqual({ dateOfBirth: '2012-09-09' });
  });

  it('keeps reading a table column when the columns are reordered', () => {
    const caseload = loadPage('caseload/1000.html');
    const locator = locatorFor(el('#caseload tbody tr:nth-child(1) td:nth-child(9)', caseload));
    const after = setBody(`
      <table class="t2"><thead><tr><th>Tri Due</th><th>Student ID</th></tr></thead>
      <tbody><tr><td><span>01/01/2026</span></td><td>S1000</td></tr><tr><td>02/02/2027</td><td>S1001</td></tr></tbody></table>`);
    expect(readTaught(after, { reevaluationDue: locator! })).toEqual({ reevaluationDue: '2026-01-01' });
  });

  it('survives random renames, wrappers and noise around the taught value (property)', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    // (No <p>: a block inside it is moved out by the HTML parser, in browsers too.)
    const wrapperTag = fc.constantFrom('div', 'span', 'section', 'x-field', 'b', 'font');
    fc.assert(
      fc.property(
        fc.array(wrapperTag, { maxLength: 3 }),
        fc.array(wrapperTag, { minLength: 1, maxLength: 3 }),
        word,
        word,
        fc.boolean(),
        fc.array(fc.constantFrom('Welcome back', 'Status: Active', 'Updated 3 days ago'), { maxLength: 3 }),
        (labelWrap, valueWrap, cls, id, colon, noise) => {
          const wrap = (tags: string[], inner: string) => tags.reduceRight((acc, tag) => `<${tag} class="${cls}">${acc}</${tag}>`, inner);
          const doc = setBody(`
            ${noise.map((n) => `<div class="${cls}-n">${n}</div>`).join('')}
            <div id="${id}" class="${cls}-row">${wrap(labelWrap, `Plan renewal${colon ? ':' : ''}`)}${wrap(valueWrap, '05/01/2026')}</div>`);
          return readTaught(doc, { annualReviewDue: { label: 'Plan renewal', relation: 'next-sibling' } }).annualReviewDue === '2026-05-01';
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on broken mappings and reads nothing from empty labels', () => {
    const doc = setBody('<p>Plan renewal: 5/1/2026</p>');
    const broken = { annualReviewDue: { label: '', relation: 'aria' }, exitDate: null, grade: { label: 42 } } as unknown as TaughtMapping;
    expect(readTaught(doc, broken)).toEqual({});
    expect(() => readPage(doc, new URL('https://x.example/'), broken)).not.toThrow();
  });
});

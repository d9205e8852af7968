import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../extension/sites/index.ts';
import { isHiddenElement } from '../../extension/sites/dom-text.ts';
import { parseHtml } from './load-page.ts';

const URL_ANY = new URL('https://district.example/student');

afterEach(() => {
  document.body.innerHTML = '';
});

/** A page with one hidden decoy (wrong values) before the visible record. */
function withDecoy(decoy: string, css = ''): Document {
  return parseHtml(`<html><head><style>${css}</style></head><body>${decoy}
    <p>Student ID: S-VISIBLE</p><p>DOB: 02/28/2013</p><p>Annual Review Due: 03/04/2026</p></body></html>`);
}

const DECOY = '<p>Student ID: S-HIDDEN</p><p>DOB: 01/01/2001</p><p>Annual Review Due: 01/01/2020</p>';

describe('visibility-aware reading: a field counts only if a person can see it', () => {
  const tricks: [string, string, string?][] = [
    ['the hidden attribute', `<div hidden>${DECOY}</div>`],
    ['an aria-hidden="true" ancestor', `<section aria-hidden="true"><div>${DECOY}</div></section>`],
    ['inline display:none', `<div style="display: none">${DECOY}</div>`],
    ['a class hidden by a style sheet', `<div class="x-hide">${DECOY}</div>`, '.x-hide { display: none }'],
    ['a descendant rule in a style sheet', `<div class="wrap"><div>${DECOY}</div></div>`, '.wrap > div { display: none }'],
    ['visibility: hidden', `<div class="v">${DECOY}</div>`, '.v { visibility: hidden }'],
    ['visibility: collapse', `<div style="visibility: collapse">${DECOY}</div>`],
    ['opacity 0', `<div class="o">${DECOY}</div>`, '.o { opacity: 0 }'],
    ['parked off-screen (position: absolute; left: -9999px)', `<div class="off">${DECOY}</div>`, '.off { position: absolute; left: -9999px }'],
    ['parked above the page (top: -10000px)', `<div style="position: fixed; top: -10000px">${DECOY}</div>`],
    ['text-indent off-screen', `<div style="text-indent: -9999px">${DECOY}</div>`],
    ['clipped to nothing (clip-path: inset(50%), a screen-reader-only class)', `<div class="sr">${DECOY}</div>`, '.sr { position: absolute; clip-path: inset(50%) }'],
    ['font-size 0', `<div style="font-size: 0">${DECOY}</div>`],
    ['a screen-reader-only class (1px box clipping its overflow, clip: rect(0 0 0 0))', `<div class="x-sr">${DECOY}</div>`, '.x-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }'],
  ];
  it.each(tricks)('ignores text hidden by %s and reads the visible record', (_name, decoy, css) => {
    const reading = readPage(withDecoy(decoy, css), URL_ANY);
    expect(reading.fields).toEqual({ studentId: 'S-VISIBLE', dateOfBirth: '2013-02-28', annualReviewDue: '2026-03-04' });
  });

  it('ignores hidden read-only inputs and hidden labelled cells', () => {
    const doc = parseHtml(`<html><head><style>.gone{display:none}</style></head><body>
      <input class="gone" aria-label="Student ID" value="S-HIDDEN"><input aria-label="Student ID" value="S-VISIBLE">
      <table><tr class="gone"><th>Grade</th><td>12</td></tr><tr><th>Grade</th><td>4</td></tr></table></body></html>`);
    expect(readPage(doc, URL_ANY).fields).toEqual({ studentId: 'S-VISIBLE', grade: '4' });
  });

  it('checks size and position only where the page is laid out (happy-dom has no layout: every box is 0 × 0)', () => {
    document.body.innerHTML = '<p id="p">Grade: 4</p>';
    expect(isHiddenElement(document.getElementById('p') as Element)).toBe(false);
    expect(readPage(document, URL_ANY).fields).toEqual({ grade: '4' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { definitionLists } from './definition-lists.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('definition-lists strategy', () => {
  it('reads each term with its definition, in NY "Projected Date of …" wording too', () => {
    expect(findWith(definitionLists, '<dl><dt>Projected Date of Annual Review</dt><dd>05/18/2026</dd><dt>Anticipated Year of Graduation</dt><dd>2030</dd><dt>NYSSIS</dt><dd>120044812</dd></dl>')).toEqual([
      ['annualReviewDue', '05/18/2026', 'Projected Date of Annual Review'],
      ['studentId', '120044812', 'NYSSIS'],
    ]);
  });
});

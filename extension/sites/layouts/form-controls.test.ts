import { afterEach, describe, expect, it } from 'vitest';
import { formControls } from './form-controls.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('form-controls strategy', () => {
  it('reads read-only inputs by aria-label, aria-labelledby, <label for>, a wrapping label or title; never hidden inputs', () => {
    expect(findWith(formControls, `<span id="l1">Current IEP</span><input aria-labelledby="l1" readonly value="12/08/2024">
      <label for="d">DOB</label><input id="d" readonly value="3/4/2015"><input aria-label="Grade" value="4">
      <label>Campus <input readonly value="Alder"></label><input title="Case Manager" value="Lee, Ana"><input type="hidden" aria-label="Student ID" value="X">`)).toEqual([
      ['lastIepDate', '12/08/2024', 'Current IEP'],
      ['dateOfBirth', '3/4/2015', 'DOB'],
      ['grade', '4', 'Grade'],
      ['school', 'Alder', 'Campus'],
      ['caseManager', 'Lee, Ana', 'Case Manager'],
    ]);
  });
});

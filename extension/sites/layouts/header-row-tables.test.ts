import { afterEach, describe, expect, it } from 'vitest';
import { headerRowTables } from './header-row-tables.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('header-row-tables strategy', () => {
  it('reads the one data row under a header row, ignoring columns nobody knows', () => {
    expect(findWith(headerRowTables, '<table><thead><tr><th>Local Student ID</th><th>Next IEP Due</th><th>Flags</th></tr></thead><tbody><tr><td>WA-118203</td><td>2026-03-10</td><td>!</td></tr></tbody></table>')).toEqual([
      ['studentId', 'WA-118203', 'Local Student ID'],
      ['annualReviewDue', '2026-03-10', 'Next IEP Due'],
    ]);
  });

  it('never takes a row of a list of many students for the student', () => {
    expect(findWith(headerRowTables, '<table><tr><th>Student ID</th><th>Last Name</th></tr><tr><td>S1</td><td>Lee</td></tr><tr><td>S2</td><td>Ng</td></tr></table>')).toEqual([]);
  });
});

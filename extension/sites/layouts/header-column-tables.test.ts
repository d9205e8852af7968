import { afterEach, describe, expect, it } from 'vitest';
import { headerColumnTables } from './header-column-tables.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('header-column-tables strategy', () => {
  it('reads label and value cells, ignoring extra cells after the pair', () => {
    expect(findWith(headerColumnTables, '<table><tr><th>Student Number</th><td>58822</td><td><a href="#">History</a></td></tr><tr><th>Next Annual IEPT</th><td>10/08/2026</td><td>Scheduled</td></tr></table>')).toEqual([
      ['studentId', '58822', 'Student Number'],
      ['annualReviewDue', '10/08/2026', 'Next Annual IEPT'],
    ]);
  });

  it('reads several pairs per row, and read-only inputs labelled by the cell before them', () => {
    expect(findWith(headerColumnTables, '<table><tr><td>Student Name</td><td><input readonly value="Anaya Brooks"></td><td>Student ID</td><td><input readonly value="3304418"></td></tr><tr><td>REED Date</td><td><input readonly value="04/10/2025"></td></tr></table>')).toEqual([
      ['fullName', 'Anaya Brooks', 'Student Name'],
      ['studentId', '3304418', 'Student ID'],
      ['lastEvaluationDate', '04/10/2025', 'REED Date'],
    ]);
  });

  it('does not read a grid under three or more column headers by pairs', () => {
    expect(findWith(headerColumnTables, '<table><thead><tr><th>Event</th><th>Date</th><th>Due</th></tr></thead><tbody><tr><td>Eligibility</td><td>11/06/2025</td><td></td></tr></tbody></table>')).toEqual([]);
  });
});

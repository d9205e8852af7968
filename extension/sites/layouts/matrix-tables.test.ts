import { afterEach, describe, expect, it } from 'vitest';
import { matrixTables } from './matrix-tables.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('matrix-tables strategy', () => {
  it('reads a timeline table by the words of its row and its column together', () => {
    const found = findWith(matrixTables, `<table><thead><tr><th>Meeting</th><th>Last Held</th><th>Next Due</th><th>Status</th></tr></thead>
      <tbody><tr><td>Annual ARD</td><td>10/03/2025</td><td>10/02/2026</td><td>Held</td></tr><tr><td>FIE</td><td>09/12/2023</td><td>09/11/2026</td><td></td></tr>
      <tr><td>Progress Report</td><td>11/01/2025</td><td>01/15/2026</td><td>Open</td></tr></tbody></table>`);
    expect(found.map(([key, value]) => [key, value])).toEqual([
      ['lastIepDate', '10/03/2025'],
      ['annualReviewDue', '10/02/2026'],
      ['lastEvaluationDate', '09/12/2023'],
      ['reevaluationDue', '09/11/2026'],
    ]);
  });

  it('reads plan start and end dates by plan type', () => {
    const found = findWith(matrixTables, '<table><tr><th>Plan Type</th><th>Start Date</th><th>End Date</th></tr><tr><td>IEP</td><td>2/12/2025</td><td>2/11/2026</td></tr></table>');
    expect(found.map(([key, value]) => [key, value])).toEqual([
      ['lastIepDate', '2/12/2025'],
      ['annualReviewDue', '2/11/2026'],
    ]);
  });

  it('leaves tables without a header row, and lists of many students, alone', () => {
    expect(findWith(matrixTables, '<table><tr><td>Annual ARD</td><td>10/03/2025</td></tr></table>')).toEqual([]);
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>S${i}</td><td>Lee</td><td>1/1/2026</td></tr>`).join('');
    expect(findWith(matrixTables, `<table><thead><tr><th>Student ID</th><th>Last Name</th><th>IEP Due</th></tr></thead><tbody>${rows}</tbody></table>`)).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ariaLabels } from './aria-labels.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('aria-labels strategy', () => {
  it('reads elements named by aria-label or aria-labelledby, not regions', () => {
    expect(findWith(ariaLabels, '<div role="group" aria-label="Student"><div aria-label="GTID">5530019920</div><span id="a">Birthdate</span> <span aria-labelledby="a">06/06/2013</span></div>')).toEqual([
      ['studentId', '5530019920', 'GTID'],
      ['dateOfBirth', '06/06/2013', 'Birthdate'],
    ]);
  });
});

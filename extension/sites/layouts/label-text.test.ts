import { afterEach, describe, expect, it } from 'vitest';
import { labelText } from './label-text.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('label-text strategy', () => {
  it('reads a label element beside its value element: span + strong, grid cards, dt-less grids', () => {
    expect(findWith(labelText, '<div><span>Local ID#</span><strong>1009981</strong></div>')).toEqual([['studentId', '1009981', 'Local ID#']]);
    expect(findWith(labelText, '<div class="card"><div class="l">Annual ARD Date</div><div class="v">02/06/2025</div></div>')).toEqual([['lastIepDate', '02/06/2025', 'Annual ARD Date']]);
    expect(findWith(labelText, '<div class="grid"><div>DOB</div><div>3/4/2015</div><div>Campus</div><div>Alder Elementary</div></div>')).toEqual([
      ['dateOfBirth', '3/4/2015', 'DOB'],
      ['school', 'Alder Elementary', 'Campus'],
    ]);
  });

  it('reads "Label: value" pairs, several on a line when visible separators part them', () => {
    expect(findWith(labelText, '<p>Student ID: UT-30019 &nbsp;&nbsp; Grade: 2</p>')).toEqual([
      ['studentId', 'UT-30019', 'Student ID'],
      ['grade', '2', 'Grade'],
    ]);
    expect(findWith(labelText, '<p>Local ID: 77 | Campus: Pecan Grove</p>')).toEqual([
      ['studentId', '77', 'Local ID'],
      ['school', 'Pecan Grove', 'Campus'],
    ]);
  });

  it('reads an ID printed without a colon ("ID 1009981"), but never splits a sentence', () => {
    expect(findWith(labelText, '<div>ID 1009981</div>')).toEqual([['studentId', '1009981', 'ID']]);
    expect(findWith(labelText, '<div><span>Name: Lee, Ana</span> <span>ID# 4420917</span></div>')).toEqual([
      ['fullName', 'Lee, Ana', 'Name'],
      ['studentId', '4420917', 'ID'],
    ]);
    expect(findWith(labelText, '<p>Grade 3 students will take the state test on 5/1/2026 in the library.</p>')).toEqual([]);
    expect(findWith(labelText, '<p>Grade 3</p>')).toEqual([]);
  });

  it('reads a value on the next line of the same block, loose text after a label element, and a header bar name', () => {
    expect(findWith(labelText, '<p><strong>LASID</strong><br>LA-88120</p>')).toEqual([['studentId', 'LA-88120', 'LASID']]);
    expect(findWith(labelText, '<p><em>Student ID</em> – 550134</p>')).toEqual([['studentId', '– 550134', 'Student ID']]);
    expect(findWith(labelText, '<div><span>Caudill, Wren</span> &bull; <span>Grade: 03</span></div>')).toEqual([
      ['fullName', 'Caudill, Wren', 'Student header'],
      ['grade', '03', 'Grade'],
    ]);
    expect(findWith(labelText, '<div><span>Caudill, Wren</span> &bull; <span>Welcome back</span></div>')).toEqual([]);
  });

  it('reads nothing a person cannot see', () => {
    expect(findWith(labelText, '<p hidden>Student ID: 1</p><div aria-hidden="true"><p>DOB: 1/1/2001</p></div><p style="display:none">Grade: 9</p><p>Grade: 4</p>')).toEqual([['grade', '4', 'Grade']]);
  });
});

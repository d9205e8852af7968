import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { caseloadOf, type Caseload } from '../../shared/index.ts';
import { mountPerTest } from './test-dom.ts';
import { useStableCaseload } from './use-stable-caseload.ts';

const dom = mountPerTest();
const seen: Caseload[] = [];
function Probe({ caseload }: { caseload: Caseload }) {
  seen.push(useStableCaseload(caseload));
  return null;
}

describe('useStableCaseload', () => {
  it('keeps the first object while every table is the same array, and takes the new one when a table changes', () => {
    const first = caseloadOf({ students: [{ studentId: 'S1' }] } as Partial<Caseload>);
    act(() => dom.root.render(<Probe caseload={first} />));
    act(() => dom.root.render(<Probe caseload={{ ...first }} />));
    const changed = { ...first, contacts: [] };
    act(() => dom.root.render(<Probe caseload={changed} />));
    expect(seen[1]).toBe(first);
    expect(seen[2]).toBe(changed);
  });
});

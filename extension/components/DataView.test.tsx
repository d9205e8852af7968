import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { IsoDate, StudentRecord } from '../../shared/index.ts';
import { DataView } from './DataView.tsx';
import { clickButton, mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const saved: StudentRecord = { studentId: 'S1', firstName: 'José', lastName: 'Núñez', lastIepDate: '2026-01-15' as IsoDate };

function render(caseload: StudentRecord[], onImport = vi.fn(async (s: StudentRecord[]) => ({ added: 0, updated: s.length }))) {
  act(() =>
    dom.root.render(
      <DataView caseload={caseload} audit={[]} onImport={onImport} onExport={vi.fn()} onRestore={vi.fn()} onDeleteAll={vi.fn()} />,
    ),
  );
  return onImport;
}

async function choose(bytes: Uint8Array, name = 'caseload.csv') {
  const input = dom.host.querySelector<HTMLInputElement>('#csv-file');
  if (!input) throw new Error('no file input');
  const file = new File([new Uint8Array(bytes)], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
  });
}

/** A string as Windows-1252 bytes (Latin-1 range only here). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('DataView CSV import', () => {
  it('reads a Windows-1252 export without corrupting names, and matches s1 to the saved S1', async () => {
    const onImport = render([saved]);
    await choose(cp1252('Student ID,First Name,Last Name,Last IEP Date\r\ns1,José,Núñez,2026-02-01\r\n'));
    expect(dom.host.textContent).toContain('1 students read: 0 new, 1 already in your caseload');
    await clickButton(dom.host, 'Import these students');
    expect(onImport.mock.calls[0]?.[0]).toEqual([{ studentId: 's1', firstName: 'José', lastName: 'Núñez', lastIepDate: '2026-02-01' }]);
  });

  it('cleans NUL and bidi-override characters out of ids and names', async () => {
    const onImport = render([]);
    await choose(new TextEncoder().encode('Student ID,First Name,Last Name,Last IEP Date\nS\u00009\u202E,Ana\u202E\u200B,Ruiz,2026-02-01\n'));
    await clickButton(dom.host, 'Import these students');
    expect(onImport.mock.calls[0]?.[0]).toEqual([{ studentId: 'S9', firstName: 'Ana', lastName: 'Ruiz', lastIepDate: '2026-02-01' }]);
  });

  it('over 20,000 rows: "Nothing was imported" and the reason, never a schema dump', async () => {
    const onImport = render([]);
    const rows = Array.from({ length: 20_001 }, (_, i) => `S${i},A,B,2026-02-01`).join('\n');
    await choose(new TextEncoder().encode(`Student ID,First Name,Last Name,Last IEP Date\n${rows}\n`));
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toMatch(/^Nothing was imported: the file has 20,001 students/);
    expect(onImport).not.toHaveBeenCalled();
  }, 30_000);

  it('a failure while saving ends in "Nothing was imported" and the reason', async () => {
    render([], vi.fn(async () => Promise.reject(new Error('Not saved: the browser storage for Casekeeper is full. Your earlier data is unchanged.'))));
    await choose(new TextEncoder().encode('Student ID,Last IEP Date\nS1,2026-02-01\n'));
    await clickButton(dom.host, 'Import these students');
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe('Nothing was imported: the browser storage for Casekeeper is full.');
  });
});

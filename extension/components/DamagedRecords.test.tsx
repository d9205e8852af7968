import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { IsoDate, StudentRecord } from '../../shared/index.ts';
import { importStudents } from '../storage/data-store.ts';
import { openDb } from '../storage/db.ts';
import { DamagedRecords } from './DamagedRecords.tsx';
import { clickButton, mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const ben = { studentId: 'S1002', firstName: 'Ben', lastName: 'Okafor', lastIepDate: '2026-02-01' as IsoDate } satisfies StudentRecord;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 30)));

describe('DamagedRecords', () => {
  it('lists a damaged record by name and removes it only after a second, explicit click', async () => {
    await importStudents([ben]);
    await (await openDb()).put('students', { ...ben, lastIepDate: '2026-99-99' } as never);
    const onRemove = vi.fn(async () => ({ removed: true }));
    await act(async () => dom.root.render(<DamagedRecords damagedCount={1} caseloadRead={1} settingsRead={1} onRemove={onRemove} />));
    await settle();
    expect(dom.host.textContent).toContain('1 saved record cannot be read');
    expect(dom.host.textContent).toContain('Ben Okafor (S1002)');
    await clickButton(dom.host, 'Remove this damaged record');
    expect(onRemove).not.toHaveBeenCalled();
    await clickButton(dom.host, 'Keep it');
    await clickButton(dom.host, 'Remove this damaged record');
    await clickButton(dom.host, 'Yes, remove it for good');
    expect(onRemove).toHaveBeenCalledWith({ store: 'students', key: 'S1002', label: 'Ben Okafor (S1002)' });
    await settle();
    expect(dom.host.textContent).toContain('Removed the damaged record: Ben Okafor (S1002).');
  });

  it('reports damaged settings instead of silently using the defaults', async () => {
    await (await openDb()).put('settings', { state: 'Neverland' } as never, 'settings');
    await act(async () => dom.root.render(<DamagedRecords damagedCount={0} caseloadRead={1} settingsRead={1} onRemove={vi.fn()} />));
    await settle();
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toMatch(/saved settings could not be read/);
  });
});

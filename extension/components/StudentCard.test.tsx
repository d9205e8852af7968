import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type IsoDate, type StudentRecord } from '../../shared/index.ts';
import { StudentCard } from './StudentCard.tsx';
import { TeachMode } from './TeachMode.tsx';
import { mountPerTest } from './test-dom.ts';

const today = '2026-11-23' as IsoDate;
const dom = mountPerTest();

function render(pageFields: Record<string, string>, caseload: StudentRecord[] = [], onSave = vi.fn(async () => undefined)) {
  act(() =>
    dom.root.render(
      <StudentCard pageFields={pageFields} system="seis" issues={[]} caseload={caseload} settings={defaultSettings} today={today} onSave={onSave} />,
    ),
  );
  return onSave;
}

const button = (name: RegExp) => [...dom.host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

describe('StudentCard', () => {
  it('offers "Add to caseload" for a new student and saves the record read from the page', async () => {
    const onSave = render({ studentId: 'S1001', firstName: 'Maya', lastName: 'Rivera', lastIepDate: '2025-02-06' });
    expect(dom.host.querySelector('h2')?.textContent).toBe('Maya Rivera');
    await act(async () => button(/Add to caseload/)?.click());
    expect(onSave).toHaveBeenCalledWith({ studentId: 'S1001', firstName: 'Maya', lastName: 'Rivera', lastIepDate: '2025-02-06' });
    expect(dom.host.textContent).toContain('Added to your caseload.');
  });

  it('marks the fields that differ from the saved record and offers an update that keeps saved-only fields', async () => {
    const saved: StudentRecord = { studentId: 'S1001', lastName: 'Rivera', lastIepDate: '2024-02-06' as IsoDate, notes: 'likes maps' };
    const onSave = render({ studentId: 'S1001', lastName: 'Rivera', lastIepDate: '2025-02-06' }, [saved]);
    const differing = [...dom.host.querySelectorAll('tr.differs th')].map((th) => th.textContent);
    expect(differing).toEqual(['Last IEP Date']);
    await act(async () => button(/Update saved record \(1 change\)/)?.click());
    expect(onSave).toHaveBeenCalledWith({ studentId: 'S1001', lastName: 'Rivera', lastIepDate: '2025-02-06', notes: 'likes maps' });
  });

  it('shows beside each field the label it was read from, so a wrong read can be spotted and taught', () => {
    act(() =>
      dom.root.render(
        <StudentCard pageFields={{ studentId: 'S1', lastIepDate: '2025-02-06' }} pageSources={{ lastIepDate: 'Annual ARD Date' }} system="generic" issues={[]} caseload={[]} settings={defaultSettings} today={today} onSave={vi.fn()} />,
      ),
    );
    const row = [...dom.host.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'Last IEP Date');
    expect(row?.querySelector('td')?.textContent).toBe('2025-02-06 read from “Annual ARD Date”');
    const idRow = [...dom.host.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'Student ID');
    expect(idRow?.querySelector('.source')).toBeNull();
  });

  it('puts teaching a wrong read one click away: "Wrong? Teach" opens teach mode on that field', async () => {
    const onTeach = vi.fn();
    act(() =>
      dom.root.render(
        <StudentCard pageFields={{ studentId: 'S1', lastIepDate: '2025-02-06' }} pageSources={{ lastIepDate: 'Annual ARD Date' }} system="generic" issues={[]} caseload={[]} settings={defaultSettings} today={today} onSave={vi.fn()} onTeach={onTeach} />,
      ),
    );
    const teach = dom.host.querySelector<HTMLButtonElement>('button[aria-label="Wrong? Teach where the Last IEP Date is on this page"]');
    expect(teach?.textContent).toBe('Wrong? Teach');
    await act(async () => teach?.click());
    expect(onTeach).toHaveBeenCalledWith('lastIepDate');
    act(() => dom.root.render(<TeachMode mapping={{}} initialField="lastIepDate" onPick={vi.fn()} onCancel={vi.fn()} onSave={vi.fn()} />));
    expect(dom.host.querySelector<HTMLSelectElement>('#teach-field')?.value).toBe('lastIepDate');
  });

  it('says the student is up to date when nothing differs', () => {
    render({ studentId: 'S1', lastIepDate: '2026-01-15' }, [{ studentId: 'S1', lastIepDate: '2026-01-15' as IsoDate }]);
    expect(button(/Add|Update/)).toBeUndefined();
    expect(dom.host.textContent).toContain('In your caseload, up to date.');
  });

  it('lists deadlines with the reason, and warns when the IEP system disagrees with the rule', () => {
    render({ studentId: 'S1', lastIepDate: '2026-01-15', annualReviewDue: '2027-03-01' });
    const list = dom.host.querySelector('[aria-label="Deadlines"]');
    expect(list?.textContent).toMatch(/Due 1\/14\/2027/);
    expect(list?.querySelector('summary')?.textContent).toBe('Why this date');
    expect(list?.querySelector('.warning')?.textContent).toMatch(/2027-03-01/);
  });

  it('shows hostile page text as text: no element is created from it', () => {
    render({ studentId: 'S7001', lastName: '<img src=x onerror="window.__ran=1">Vance' });
    expect(dom.host.querySelector('img')).toBeNull();
    expect(dom.host.textContent).toContain('<img src=x onerror="window.__ran=1">Vance');
  });

  it('cannot save a page without a student id, and says how to fix it', () => {
    render({ lastName: 'Ibarra' });
    expect(button(/Add to caseload/)).toBeUndefined();
    expect(dom.host.textContent).toMatch(/No student ID found.*Teach this page/);
  });
});

import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { caseloadOf, defaultSettings, type IsoDate, type StudentRecord } from '../../shared/index.ts';
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
    expect(list?.querySelector('.warning')?.textContent).toMatch(/The IEP system says 3\/1\/2027, but .* gives 1\/14\/2027/);
  });

  it('puts the deadlines first and folds the page-and-saved comparison, closed, under its count of differences', () => {
    const saved: StudentRecord = { studentId: 'S1001', lastName: 'Rivera', lastIepDate: '2024-02-06' as IsoDate, grade: '4' };
    render({ studentId: 'S1001', lastName: 'Rivera', lastIepDate: '2025-02-06', grade: '5' }, [saved]);
    const card = dom.host.querySelector('section') as HTMLElement;
    const deadlines = card.querySelector('[aria-label="Deadlines"]') as Element;
    const compare = card.querySelector('details.compare') as HTMLDetailsElement;
    expect(deadlines.compareDocumentPosition(compare) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(compare.open).toBe(false);
    expect(compare.querySelector(':scope > summary')?.textContent).toBe('Page and saved record: 2 differences');
    expect(compare.querySelector('table')).not.toBeNull();
    // The update button stays outside the fold.
    expect(compare.contains(button(/Update saved record \(2 changes\)/) ?? null)).toBe(false);
  });

  it('says "no differences" when the page matches, and counts the fields read for a new student', () => {
    render({ studentId: 'S1', lastIepDate: '2026-01-15' }, [{ studentId: 'S1', lastIepDate: '2026-01-15' as IsoDate }]);
    expect(dom.host.querySelector('details.compare > summary')?.textContent).toBe('Page and saved record: no differences');
    render({ studentId: 'S2', lastName: 'Cho', lastIepDate: '2026-01-15' });
    expect(dom.host.querySelector('details.compare > summary')?.textContent).toBe('Read from the page: 3 fields');
  });

  it('names how the page was read in words, inside the fold, never by the reader\'s id', () => {
    act(() =>
      dom.root.render(<StudentCard pageFields={{ studentId: 'S1' }} system="seis" systemName="SEIS (California)" issues={[]} caseload={[]} settings={defaultSettings} today={today} onSave={vi.fn()} />),
    );
    expect(dom.host.querySelector('details.compare')?.textContent).toContain('How this page was read: as a SEIS (California) page.');
    act(() => dom.root.render(<StudentCard pageFields={{ studentId: 'S1' }} system="generic" issues={[]} caseload={[]} settings={defaultSettings} today={today} onSave={vi.fn()} />));
    expect(dom.host.textContent).toContain('by the labels beside each value');
    expect(dom.host.textContent).not.toMatch(/generic|Read by/);
  });

  it('includes the follow-up owed from the caseload\'s contacts among the deadlines', () => {
    const tables = caseloadOf({ contacts: [{ contactId: 'C1', studentId: 'S1', date: '2026-11-20', followUpDue: '2026-11-30', topic: 'Call home' }] } as never);
    act(() => dom.root.render(<StudentCard pageFields={{ studentId: 'S1', lastIepDate: '2026-01-15' }} system="seis" issues={[]} caseload={[]} settings={defaultSettings} today={today} onSave={vi.fn()} tables={tables} />));
    expect(dom.host.querySelector('[aria-label="Deadlines"]')?.textContent).toMatch(/follow-up.*Due 11\/30\/2026/i);
  });

  it('explains "Why this date" with the citation and the field names, never the rule\'s or the field\'s internal name', () => {
    render({ studentId: 'S1', lastIepDate: '2026-01-15' });
    const why = [...dom.host.querySelectorAll('[aria-label="Deadlines"] details')].find((d) => d.textContent?.includes('Annual IEP review') || d.closest('li')?.textContent?.includes('Annual IEP review'));
    expect(why?.textContent).toContain('Rule: 34 CFR 300.324(b)(1)(i)');
    expect([...(why?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent)).toEqual(['Last IEP Date', 'Annual review due']);
    expect([...(why?.querySelectorAll('dd') ?? [])].map((dd) => dd.textContent)).toEqual(['1/15/2026', 'the day before the anniversary']);
    expect(dom.host.querySelector('[aria-label="Deadlines"]')?.textContent).not.toMatch(/US\.|lastIepDate|day-before-anniversary/);
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

import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseloadOf, defaultSettings, type IsoDate, type StudentRecord } from '../../shared/index.ts';
import { CaseloadView } from './CaseloadView.tsx';
import { mountPerTest } from './test-dom.ts';

const today = '2026-11-23' as IsoDate;
const d = (s: string) => s as IsoDate;
const dom = mountPerTest();
// happy-dom lays nothing out: the list's scroller is given the panel's size, so the virtual list draws its lines.
beforeEach(() => {
  const size = (real: PropertyDescriptor | undefined, px: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('caseload-scroll') ? px : (real?.get?.call(this) as number);
    };
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'), 600));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'), 360));
});
afterEach(() => vi.restoreAllMocks());

const ann: StudentRecord = { studentId: 'S1', firstName: 'Ann', lastName: 'Rivera', lastIepDate: d('2025-10-01'), lastEvaluationDate: d('2024-01-10') };
const bo: StudentRecord = { studentId: 'S2', firstName: 'Bo', lastName: 'Cho', consentDate: d('2026-10-05') };
const cy: StudentRecord = { studentId: 'S3', firstName: 'Cy', lastName: 'Dunn' };
const contacts = [{ contactId: 'C1', studentId: 'S1', date: d('2026-11-20'), followUpDue: d('2026-11-30'), topic: 'Call home' }];

function render(students: StudentRecord[], options: { settings?: typeof defaultSettings; tables?: ReturnType<typeof caseloadOf>; tablesLoaded?: boolean } = {}) {
  act(() =>
    dom.root.render(
      <CaseloadView
        students={students}
        settings={options.settings ?? defaultSettings}
        today={today}
        onRemove={vi.fn()}
        tables={options.tables}
        tablesLoaded={options.tablesLoaded}
        importProblems={[{ row: 3, column: 'Date of Birth', reason: 'not a date', studentId: 'S3' } as never]}
      />,
    ),
  );
  return [...dom.host.querySelectorAll<HTMLElement>('[role=listitem]')].map((li) => li.innerText ?? li.textContent ?? '');
}

const lineOf = (name: string) => [...dom.host.querySelectorAll<HTMLElement>('[role=listitem]')].find((li) => li.textContent?.includes(name));

describe('the caseload list', () => {
  it('shows each student with their next two open deadlines: status, what, the whole due date and the days left', () => {
    render([ann], { tables: caseloadOf({ students: [ann], contacts } as never) });
    const lines = [...(lineOf('Ann Rivera')?.querySelectorAll('.row-next') ?? [])].map((l) => l.textContent);
    expect(lines).toEqual([
      expect.stringMatching(/^Overdue Annual IEP review due 9\/30\/2026 · 54 days overdue$/),
      expect.stringMatching(/^Urgent .*follow-up.* due 11\/30\/2026 · 7 days left$/i),
    ]);
  });

  it('shows the follow-up only once the contacts are read, then as Today does', () => {
    render([ann], { tables: caseloadOf({ students: [ann], contacts } as never), tablesLoaded: false });
    expect(lineOf('Ann Rivera')?.textContent).toContain('due 1/9/2027 · 47 days left');
    render([ann], { tables: caseloadOf({ students: [ann], contacts } as never), tablesLoaded: true });
    expect(lineOf('Ann Rivera')?.textContent).toContain('due 11/30/2026 · 7 days left');
  });

  it('writes dates the way the settings say', () => {
    render([ann], { settings: { ...defaultSettings, dateStyle: 'iso' } });
    expect(lineOf('Ann Rivera')?.textContent).toContain('due 2026-09-30 · 54 days overdue');
  });

  it('lists every student, with what keeps a deadline from being computed beside them and the import\'s problems counted', () => {
    render([cy, bo, ann], { settings: { ...defaultSettings, state: 'TX' } });
    expect(dom.host.querySelectorAll('[role=listitem]')).toHaveLength(3);
    expect(dom.host.querySelector('h2')?.textContent).toBe('Caseload (3 of 3)');
    expect(lineOf('Bo Cho')?.querySelector('.row-problem')?.textContent).toMatch(/⚠ Initial evaluation.*add your district's school calendar/);
    const cyLine = lineOf('Cy Dunn');
    expect(cyLine?.textContent).toContain('No open deadline');
    expect(cyLine?.querySelector('.row-problem')?.textContent).toBe('⚠ 1 problem from the last import');
  });

  it('gives each line the height its words need (no fixed height that would cut the date)', () => {
    render([ann]);
    const line = lineOf('Ann Rivera');
    expect(line?.style.height).toBe('');
    expect(line?.querySelector('.row-when')?.textContent).toBe('due 9/30/2026 · 54 days overdue');
  });
});

import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { caseloadOf, defaultSettings, type Caseload, type IsoDate, type ServiceRecord, type TableName } from '../../shared/index.ts';
import type { PageServicesRead } from './PageServices.tsx';
import { ServicesView } from './ServicesView.tsx';
import { mountPerTest } from './test-dom.ts';

const dom = mountPerTest();

/** What the page reader reads on the demo SEIS page (tests/readers/services.test.ts proves it; components never import the readers). */
const SEIS_PAGE_READ = {
  services: [
    {
      service: 'Individual counseling',
      mandate: '45 min x 1 sessions = 45 min Weekly',
      startDate: '02/06/2025',
      endDate: '02/05/2026',
      shown: '#1 510 Individual counseling 02/06/2025 - 02/05/2026 45 min x 1 sessions = 45 min Weekly',
    },
  ],
  issues: [],
};
const d = (text: string) => text as IsoDate;

const CASELOAD = caseloadOf({
  students: [
    { studentId: '1001', firstName: 'Maya', lastName: 'Rivera' },
    { studentId: '1002', firstName: 'Leo', lastName: 'Chen' },
  ],
  services: [
    { serviceId: 'svc-1', studentId: '1001', service: 'Speech-language therapy', mandate: '30 min 2x/week', provider: 'M. Lee', startDate: d('2025-02-06') },
    { serviceId: 'svc-2', studentId: '1001', service: 'Occupational therapy', mandate: '30 min 1x/week', startDate: d('2025-02-06') },
  ],
});

/** The Services view over a caseload held as storage holds it: a written service replaces the one with its id. */
function render(page: PageServicesRead, caseload: Caseload = CASELOAD) {
  const writes: { table: TableName; rows: ServiceRecord[] }[] = [];
  function Harness() {
    const [held, setHeld] = useState(caseload);
    return (
      <ServicesView
        caseload={held}
        tablesLoaded
        settings={defaultSettings}
        today={d('2026-12-01')}
        onScreenStudentId={page.studentId}
        pageServices={page}
        writeRows={async (table, rows) => {
          const services = rows as readonly ServiceRecord[];
          writes.push({ table, rows: [...services] });
          const ids = new Set(services.map((r) => r.serviceId));
          setHeld((c) => ({ ...c, services: [...c.services.filter((s) => !ids.has(s.serviceId)), ...services] }));
          return { added: 1, updated: 0, unchanged: 0 };
        }}
        deleteRows={async () => ({ deleted: 0 })}
      />
    );
  }
  act(() => dom.root.render(<Harness />));
  return writes;
}

const offers = () => [...dom.host.querySelectorAll('[aria-label="Services on this page"] > li')].map((li) => li.textContent ?? '');
const press = async (label: string) => {
  const button = dom.host.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!button) throw new Error(`no button ${label}`);
  await act(async () => button.click());
};

describe('Services on this page: read from the IEP page, saved only on the teacher\'s word', () => {
  it('the demo SEIS page\'s service line (as the reader reads it) is offered as new for the student on screen; Add writes it, then it shows as the same', async () => {
    const writes = render({ studentId: '1001', ...SEIS_PAGE_READ });
    expect(offers()).toEqual([
      expect.stringMatching(/^NewIndividual counselingOn the page: #1 510 Individual counseling 02\/06\/2025 - 02\/05\/2026 45 min x 1 sessions = 45 min WeeklyAdd$/),
    ]);
    expect(writes).toEqual([]); // nothing saved by reading
    await press('Add Individual counseling for Maya Rivera');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.table).toBe('services');
    expect(writes[0]?.rows[0]).toEqual({
      serviceId: expect.stringMatching(/^svc-/),
      studentId: '1001',
      service: 'Individual counseling',
      mandate: '45 min x 1 sessions = 45 min Weekly',
      startDate: '2025-02-06',
      endDate: '2026-02-05',
    });
    expect(dom.host.querySelector('.page-services [role=status]')?.textContent).toBe("Added Individual counseling in Maya Rivera's services.");
    expect(offers()[0]).toMatch(/^Same as savedIndividual counseling/);
    // The new service now counts in the student's minutes.
    expect([...dom.host.querySelectorAll('[aria-label="Services of Maya Rivera, behind first"] li')].some((li) => li.textContent?.includes('Individual counseling'))).toBe(true);
  });

  it('compares each page service with the saved ones: changed field by field (Update keeps the rest), same, and a frequency it cannot read with the reason', async () => {
    const writes = render({
      studentId: '1001',
      services: [
        { service: 'Speech-Language Therapy', mandate: '30 min 3x/week', startDate: '02/06/2025', endDate: '02/05/2026', shown: 'Speech-Language Therapy · 30 min 3x/week · 02/06/2025 · 02/05/2026' },
        { service: 'Occupational Therapy', mandate: '30 min 1x/week', startDate: '2/6/2025', shown: 'Occupational Therapy · 30 min 1x/week · 2/6/2025' },
        { service: 'Counseling', mandate: '30 min as needed', shown: 'Counseling · 30 min as needed' },
      ],
      issues: [],
    });
    const [speech, ot, counseling] = offers();
    expect(speech).toMatch(/^ChangedSpeech-language therapy/);
    const changes = [...dom.host.querySelectorAll('[aria-label="What updating Speech-language therapy would change"] li')].map((li) => li.textContent);
    expect(changes).toEqual(['Frequency and Duration: 30 min 2x/week → 30 min 3x/week', 'End Date: (blank) → 2/5/2026']);
    expect(ot).toMatch(/^Same as savedOccupational therapy/);
    expect(ot).not.toMatch(/Add|Update/);
    expect(counseling).toMatch(/^NewCounseling/);
    expect(counseling).toContain('Frequency and duration not counted: "30 min as needed": there is no fixed amount to count.');
    expect(writes).toEqual([]);
    await press('Update Speech-language therapy for Maya Rivera');
    expect(writes[0]?.rows).toEqual([
      { serviceId: 'svc-1', studentId: '1001', service: 'Speech-language therapy', mandate: '30 min 3x/week', provider: 'M. Lee', startDate: '2025-02-06', endDate: '2026-02-05' },
    ]);
    expect(offers()[0]).toMatch(/^Same as saved/);
  });

  it('offers nothing for another student than the one on screen', () => {
    act(() =>
      dom.root.render(
        <ServicesView caseload={CASELOAD} tablesLoaded settings={defaultSettings} today={d('2026-12-01')} onScreenStudentId="1002" pageServices={{ studentId: '1001', ...SEIS_PAGE_READ }} writeRows={async () => ({ added: 0, updated: 0, unchanged: 0 })} deleteRows={async () => ({ deleted: 0 })} />,
      ),
    );
    expect(dom.host.textContent).not.toContain('Services on this page');
  });
});

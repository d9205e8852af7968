import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { caseloadOf, defaultSettings, type Caseload, type IsoDate } from '../../shared/index.ts';
import { CaseloadView } from './CaseloadView.tsx';
import { takeRequestedStudent } from './open-student.ts';
import { mountPerTest } from './test-dom.ts';
import { TodayView } from './TodayView.tsx';

const dom = mountPerTest();
const TODAY = '2026-11-23' as IsoDate; // a Monday

/**
 * Hand-computed, no school calendar (default settings: annual review due the day before the anniversary):
 * - Ann Rivera (S1), last IEP 2025-11-10: annual review due 11/9/2026, 14 days overdue. Speech 2 × 30 min
 *   a week since Nov 2 and no session logged: behind.
 * - Ben Cho (S2), last IEP 2025-11-27: annual review due 11/26/2026, 3 days left. A concern raised on
 *   Nov 18 with no follow-up date: owed since that day (5 days overdue). Reading 60 min a month, no
 *   session: behind but monthly, so not a session for today.
 * - Cara Diaz (S3), last IEP 2026-05-01: annual review due 4/30/2027 (not this week). A follow-up due
 *   Nov 20 (3 days overdue). OT 20 min a week, given Nov 4, 11 and 18: short by this week's share only.
 * - S1's follow-up of Nov 5 is done: not owed.
 */
const CASELOAD: Caseload = caseloadOf({
  students: [
    { studentId: 'S1', firstName: 'Ann', lastName: 'Rivera', lastIepDate: '2025-11-10' },
    { studentId: 'S2', firstName: 'Ben', lastName: 'Cho', lastIepDate: '2025-11-27' },
    { studentId: 'S3', firstName: 'Cara', lastName: 'Diaz', lastIepDate: '2026-05-01' },
  ],
  contacts: [
    { contactId: 'C1', studentId: 'S3', date: '2026-11-13', followUpDue: '2026-11-20', topic: 'Reading at home' },
    { contactId: 'C2', studentId: 'S2', date: '2026-11-18', concern: true },
    { contactId: 'C3', studentId: 'S1', date: '2026-11-02', followUpDue: '2026-11-05', followUpDone: '2026-11-05' },
  ],
  services: [
    { serviceId: 'V1', studentId: 'S1', service: 'Speech', minutes: 30, sessions: 2, per: 'week', startDate: '2026-11-02' },
    { serviceId: 'V2', studentId: 'S2', service: 'Reading', minutes: 60, sessions: 1, per: 'month', startDate: '2026-10-01' },
    { serviceId: 'V3', studentId: 'S3', service: 'OT', minutes: 20, sessions: 1, per: 'week', startDate: '2026-11-02' },
  ],
  sessions: ['2026-11-04', '2026-11-11', '2026-11-18'].map((date, i) => ({ sessionId: `X${i}`, studentId: 'S3', serviceId: 'V3', date, minutes: 20, outcome: 'delivered' })),
} as Partial<Caseload>);

function render(caseload: Caseload = CASELOAD, openView = vi.fn()) {
  act(() => dom.root.render(<TodayView caseload={caseload} tablesLoaded settings={defaultSettings} today={TODAY} openView={openView} />));
  return openView;
}
const items = (heading: string) => [...(dom.host.querySelector(`[aria-labelledby="${heading}"]`)?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent ?? '');

describe('TodayView', () => {
  it('lists overdue and due this week most urgent first, with status, due date and days left', () => {
    render();
    expect(dom.host.querySelector('#today-due')?.textContent).toBe('Overdue and due this week (4)');
    expect(items('today-due')).toEqual([
      'OverdueAnn RiveraAnnual IEP reviewDue 11/9/202614 days overdue',
      'OverdueBen ChoParent concern: no follow-up setDue 11/18/20265 days overdue',
      'OverdueCara DiazParent follow-upDue 11/20/20263 days overdue',
      'UrgentBen ChoAnnual IEP reviewDue 11/26/20263 days left',
    ]);
    expect(dom.host.textContent).not.toContain('4/30/2027');
  });

  it('lists the daily and weekly services that are behind, most minutes owed first, and leaves monthly ones out', () => {
    render();
    const sessions = items('today-sessions');
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatch(/^BehindAnn RiveraSpeech/);
    expect(sessions[1]).toMatch(/^BehindCara DiazOT/);
    expect(dom.host.querySelector('[aria-labelledby="today-sessions"]')?.textContent).not.toContain('Reading');
  });

  it('lists the follow-ups owed, oldest first, flagging a concern with no follow-up date; a done one is not owed', () => {
    render();
    expect(items('today-follow-ups')).toEqual([
      'Ben ChoDue 11/18/20265 days overdue⚠ A concern was raised on 11/18/2026 and no follow-up date was set.',
      'Cara DiazDue 11/20/20263 days overdueReading at home',
    ]);
  });

  it('writes dates in the ISO style when the settings ask for it', () => {
    act(() => dom.root.render(<TodayView caseload={CASELOAD} tablesLoaded settings={{ ...defaultSettings, dateStyle: 'iso' }} today={TODAY} openView={vi.fn()} />));
    expect(items('today-due')[0]).toContain('Due 2026-11-09');
  });

  it('opens a student in the Caseload view with one tap', async () => {
    const openView = render();
    const cara = [...dom.host.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Cara Diaz');
    await act(async () => cara?.click());
    expect(openView).toHaveBeenCalledWith('caseload');
    // The Caseload view, drawn next, opens on that student (once).
    act(() => dom.root.render(<CaseloadView students={CASELOAD.students} settings={defaultSettings} today={TODAY} onRemove={vi.fn()} tables={CASELOAD} />));
    expect(dom.host.querySelector('h2')?.textContent).toBe('Cara Diaz');
    expect(takeRequestedStudent()).toBeNull();
  });

  it('says so when nothing is due, no service is behind and no follow-up is owed', () => {
    render(caseloadOf({ students: [{ studentId: 'S3', firstName: 'Cara', lastName: 'Diaz', lastIepDate: '2026-05-01' }] } as Partial<Caseload>));
    expect(dom.host.textContent).toContain('Nothing is overdue or due in the next 7 days.');
    expect(dom.host.textContent).toContain('No daily or weekly service is behind.');
    expect(dom.host.textContent).toContain('No follow-up is owed.');
  });

  it('shows a student whose dates cannot be read, never leaving them out', () => {
    render(caseloadOf({ students: [{ studentId: 'S9', firstName: 'Dan', lastName: 'Ng', state: 'ZZ' }] } as unknown as Partial<Caseload>));
    expect(items('today-problems')).toEqual([expect.stringMatching(/^Dan Ng⚠ There are no rules for "ZZ" yet\./)]);
  });
});

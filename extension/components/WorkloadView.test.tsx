import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { caseloadOf, defaultSettings, type Caseload, type IsoDate } from '../../shared/index.ts';
import { clickButton, mountPerTest } from './test-dom.ts';
import { WorkloadView } from './WorkloadView.tsx';

const dom = mountPerTest();
const TODAY = '2026-11-23' as IsoDate; // a Monday

/**
 * Hand-computed with the default settings (10 h a week, an annual review 3 h spread over its week and the two
 * before, its notice 0.5 h; no school calendar, so every weekday is a school day): eight students whose last
 * IEP was 2026-01-12 all have their annual review due Monday 1/11/2027. That is 8 h in each of the weeks of
 * Dec 28, Jan 4 and Jan 11, and their eight notices (0.5 h each) fall in the week of Jan 4: 12 h for 10 h of
 * time, the one week over. Levelling moves four meetings (S1–S4) a week earlier, to 1/4/2027.
 */
const NAMES = ['Ava Ames', 'Ben Bell', 'Cal Cruz', 'Dee Dunn', 'Eli Eck', 'Fay Fox', 'Gus Gray', 'Hal Hunt'];
const CASELOAD: Caseload = caseloadOf({
  students: NAMES.map((n, i) => {
    const [firstName, lastName] = n.split(' ');
    return { studentId: `S${i + 1}`, firstName, lastName, lastIepDate: '2026-01-12' };
  }),
} as Partial<Caseload>);

/** Draws the view and lets it work out the plan (after the first frame). */
async function render(caseload: Caseload = CASELOAD, writeRows = vi.fn(async () => ({ added: 0, updated: 1 }))) {
  act(() => dom.root.render(<WorkloadView caseload={caseload} tablesLoaded settings={defaultSettings} today={TODAY} writeRows={writeRows as never} />));
  expect(dom.host.textContent).toBe('Working out the next weeks…');
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return writeRows;
}
const items = (heading: string) => [...(dom.host.querySelector(`[aria-labelledby="${heading}"]`)?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent ?? '');

describe('WorkloadView', () => {
  it('draws the 12 weeks against capacity as an image, with the chart in words beside it', async () => {
    await render();
    const img = dom.host.querySelector('img');
    expect(img?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    const svg = decodeURIComponent(img?.getAttribute('src')?.split(',')[1] ?? '');
    expect(svg.match(/class="bar"/g)).toHaveLength(12);
    expect(img?.getAttribute('alt')).toBe('Hours of case-management work per week');
    const words = dom.host.querySelector('figcaption')?.textContent ?? '';
    expect(words).toContain('1/4/2027: 12 h of 10 h available');
    expect(words).toContain('12/28/2026: 8 h of 10 h available');
    expect(words).toContain('11/23/2026: 0 h of 10 h available');
    expect(words).toContain('exceeded by 1 of 12');
  });

  it('names the week over capacity', async () => {
    await render();
    expect(items('workload-over')).toEqual(['Week of 1/4/2027: 12 h of work, 10 h available']);
  });

  it('suggests the moves, each meeting one tap from being planned', async () => {
    await render();
    const moves = items('workload-moves');
    expect(moves).toHaveLength(4);
    expect(moves.map((m) => m.split(' · ')[0])).toEqual(['Ava Ames', 'Ben Bell', 'Cal Cruz', 'Dee Dunn']);
    expect(moves[0]).toContain('Annual IEP review');
    expect(moves[0]).toContain('Planned 1/11/2027Suggested 1/4/2027Due 1/11/2027');
    expect(moves[0]).toContain('Plan the meeting for 1/4/2027');
  });

  it('writes the suggested date as the student\'s next IEP meeting date when a move is tapped', async () => {
    const writeRows = await render();
    await clickButton(dom.host, 'Plan the meeting for 1/4/2027');
    expect(writeRows).toHaveBeenCalledTimes(1);
    expect(writeRows).toHaveBeenCalledWith('students', [{ ...CASELOAD.students[0], nextIepMeetingDate: '2027-01-04' }]);
    expect(dom.host.querySelector('[role=status]')?.textContent).toBe('Ava Ames: the meeting is planned for 1/4/2027.');
  });

  it('once planned, the meeting is no longer a suggestion', async () => {
    const students = CASELOAD.students.map((s) => (s.studentId === 'S1' ? { ...s, nextIepMeetingDate: '2027-01-04' as IsoDate } : s));
    await render({ ...CASELOAD, students });
    expect(items('workload-moves').map((m) => m.split(' · ')[0])).not.toContain('Ava Ames');
  });

  it('says so when the write fails, keeping the suggestion', async () => {
    await render(CASELOAD, vi.fn(async () => {
      throw new Error('Casekeeper is locked');
    }));
    await clickButton(dom.host, 'Plan the meeting for 1/4/2027');
    expect(dom.host.querySelector('[role=status]')?.textContent).toBe('The meeting could not be saved: Casekeeper is locked.');
    expect(items('workload-moves')).toHaveLength(4);
  });

  it('with a light caseload, no week is over and nothing needs to move', async () => {
    await render(caseloadOf({ students: [{ studentId: 'S1', firstName: 'Ava', lastName: 'Ames', lastIepDate: '2026-01-12' }] } as Partial<Caseload>));
    expect(dom.host.textContent).toContain('No week is over the 10 hours available.');
    expect(dom.host.textContent).toContain('Nothing needs to move.');
  });
});

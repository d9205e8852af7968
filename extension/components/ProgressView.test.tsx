import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { caseloadOf, defaultSettings, VERDICT_STYLES, type Caseload, type GoalDataPoint, type GoalRecord, type IsoDate } from '../../shared/index.ts';
import type { PanelViewProps } from './panel-view.ts';
import { ProgressView } from './ProgressView.tsx';
import { clickButton, mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const iso = (date: string) => date as IsoDate;
const TODAY = iso('2026-12-01');
const click = (text: string) => clickButton(dom.host, text);

const goal = (over: Partial<GoalRecord> & Pick<GoalRecord, 'goalId'>): GoalRecord => ({
  studentId: 'S1',
  area: 'Reading',
  goal: 'Reads grade-level words correctly.',
  measure: 'percent',
  baseline: 20,
  baselineDate: iso('2026-09-01'),
  target: 80,
  targetDate: iso('2027-06-01'),
  ...over,
});
const point = (goalId: string, date: string, value: number): GoalDataPoint => ({ pointId: `pt-${goalId}-${date}`, studentId: 'S1', goalId, date: iso(date), value });

const STUDENTS = [
  { studentId: 'S1', firstName: 'Ann', lastName: 'Rivera' },
  { studentId: 'S2', firstName: 'Ben', lastName: 'Okafor' },
];

/**
 * Draws the view over a caseload kept in state, with writes and deletes that change it as the panel's
 * storage does (so a saved point shows in the chart and the verdict).
 */
function render(caseload: Caseload, options: { onScreen?: string | null; now?: () => number; fail?: boolean } = {}) {
  const writes = vi.fn();
  const deletes = vi.fn();
  let current = caseload;
  function Harness() {
    const [state, setState] = useState(caseload);
    current = state;
    const writeRows: PanelViewProps['writeRows'] = async (table, rows) => {
      writes(table, rows);
      if (options.fail) throw new Error('Casekeeper is locked.');
      await act(async () => setState((c) => ({ ...c, [table]: [...c[table], ...rows] })));
      return { added: rows.length, updated: 0 } as never;
    };
    const deleteRows: PanelViewProps['deleteRows'] = async (table, ids) => {
      deletes(table, ids);
      await act(async () => setState((c) => ({ ...c, [table]: (c[table] as { pointId?: string }[]).filter((r) => !ids.includes(r.pointId ?? '')) })));
      return { deleted: ids.length };
    };
    return <ProgressView caseload={state} tablesLoaded settings={defaultSettings} today={TODAY} onScreen={options.onScreen === undefined ? 'S1' : options.onScreen} writeRows={writeRows} deleteRows={deleteRows} now={options.now} />;
  }
  act(() => dom.root.render(<Harness />));
  return { writes, deletes, caseload: () => current };
}

const card = (area: string) => [...dom.host.querySelectorAll('article')].find((a) => a.querySelector('h3')?.textContent === area) as HTMLElement;
const status = (area: string) => card(area).querySelector('[role=status]')?.textContent ?? '';
const saved = (writes: ReturnType<typeof vi.fn>) => writes.mock.calls[0]?.[1]?.[0] as GoalDataPoint;

function typeIn(input: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

describe('ProgressView: taking data', () => {
  it('saves correct / incorrect taps as one point of correct out of trials, dated today; Undo removes it', async () => {
    const { writes, deletes, caseload } = render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'G1' })] }));
    await click('✓ Correct');
    await click('✓ Correct');
    await click('✓ Correct');
    await click('✗ Incorrect');
    await click('✓ Correct');
    await click('Take back a tap'); // a mis-tap taken back
    expect(card('Reading').querySelector('output')?.textContent).toBe('3 of 4 correct (75%)');
    expect(writes).not.toHaveBeenCalled();
    await click('Save point');
    expect(writes).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls[0]?.[0]).toBe('goalData');
    expect(writes.mock.calls[0]?.[1]).toHaveLength(1);
    const p = saved(writes);
    expect(p).toEqual({ pointId: p.pointId, studentId: 'S1', goalId: 'G1', date: TODAY, correct: 3, trials: 4 });
    expect(p.pointId).toMatch(/^pt-[0-9a-z]{8}$/);
    expect(status('Reading')).toContain('Saved 3 of 4 correct (75%) for today.');
    expect(card('Reading').querySelector('output')?.textContent).toBe('No trials yet'); // the counters start again
    expect(caseload().goalData).toHaveLength(1);

    await click('Undo');
    expect(deletes).toHaveBeenCalledWith('goalData', [p.pointId]);
    expect(caseload().goalData).toEqual([]);
    expect(status('Reading')).toBe('The point was removed.');
    expect([...dom.host.querySelectorAll('button')].some((b) => b.textContent === 'Undo')).toBe(false);
  });

  it('saves a typed percent, and refuses one above 100 without saving', async () => {
    const { writes } = render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'G1' })] }));
    const input = card('Reading').querySelector<HTMLInputElement>('form input') as HTMLInputElement;
    expect(card('Reading').querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Or type a percent');
    typeIn(input, '120');
    await click('Save');
    expect(writes).not.toHaveBeenCalled();
    expect(card('Reading').querySelector('[role=alert]')?.textContent).toBe('Type a number from 0 to 100.');
    typeIn(input, '85');
    await click('Save');
    expect(saved(writes)).toMatchObject({ goalId: 'G1', date: TODAY, value: 85 });
    expect(saved(writes).correct).toBeUndefined();
    expect(status('Reading')).toContain('Saved 85% for today.');
  });

  it('counts occurrences and saves the count', async () => {
    const { writes } = render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'B1', area: 'Behaviour', measure: 'count', unit: 'outbursts a day', direction: 'decrease', baseline: 6, target: 1 })] }));
    await click('+1 occurrence');
    await click('+1 occurrence');
    await click('+1 occurrence');
    await click('Take back a tap');
    expect(card('Behaviour').querySelector('output')?.textContent).toBe('2 outbursts a day');
    await click('Save point');
    expect(saved(writes)).toMatchObject({ studentId: 'S1', goalId: 'B1', date: TODAY, value: 2 });
    expect(status('Behaviour')).toContain('Saved 2 outbursts a day for today.');
  });

  it('times a duration: start, then stop saves the minutes', async () => {
    let clock = 1_000_000;
    const { writes } = render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'D1', area: 'On task', measure: 'duration', baseline: 5, target: 20 })] }), { now: () => clock });
    await click('▶ Start timer');
    expect(writes).not.toHaveBeenCalled();
    clock += 150_000; // two and a half minutes
    await click('■ Stop and save');
    expect(saved(writes)).toMatchObject({ goalId: 'D1', date: TODAY, value: 2.5 });
    expect(status('On task')).toContain('Saved 2.5 minutes for today.');
    expect([...dom.host.querySelectorAll('button')].some((b) => b.textContent === '▶ Start timer')).toBe(true);
  });

  it('saves a rubric level in one tap; levels go to 4, or up to the goal\'s target', async () => {
    const { writes } = render(
      caseloadOf({
        students: STUDENTS,
        goals: [goal({ goalId: 'R1', area: 'Writing', measure: 'rubric', baseline: 1, target: 3 }), goal({ goalId: 'R2', area: 'Speaking', measure: 'rubric', baseline: 1, target: 6 })],
      }),
    );
    expect(card('Writing').querySelectorAll('button[aria-label^="Save level"]')).toHaveLength(4);
    expect(card('Speaking').querySelectorAll('button[aria-label^="Save level"]')).toHaveLength(6);
    await act(async () => card('Writing').querySelector<HTMLButtonElement>('button[aria-label="Save level 3"]')?.click());
    expect(writes).toHaveBeenCalledTimes(1);
    expect(saved(writes)).toMatchObject({ goalId: 'R1', date: TODAY, value: 3 });
    expect(status('Writing')).toContain('Saved level 3 for today.');
    expect(status('Speaking')).toBe(''); // the other goal is untouched
  });

  it('marks the point as a change in instruction when the toggle is on, then turns the toggle off', async () => {
    const { writes } = render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'G1' })] }));
    const toggle = card('Reading').querySelector<HTMLInputElement>('input[type=checkbox]') as HTMLInputElement;
    expect(card('Reading').querySelector(`label[for="${toggle.id}"]`)?.textContent).toMatch(/^Instruction changed today/);
    await act(async () => toggle.click());
    await click('✓ Correct');
    await click('Save point');
    expect(saved(writes)).toMatchObject({ correct: 1, trials: 1, phaseChange: true });
    expect(status('Reading')).toContain('marked as a change in instruction');
    expect(toggle.checked).toBe(false);
  });

  it('says why a point was not saved (the panel locked) and keeps the taps', async () => {
    render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'G1' })] }), { fail: true });
    await click('✓ Correct');
    await click('Save point');
    expect(card('Reading').querySelector('[role=alert]')?.textContent).toBe('Not saved: Casekeeper is locked.');
    expect(card('Reading').querySelector('output')?.textContent).toBe('1 of 1 correct (100%)');
  });
});

describe('ProgressView: charts and verdicts', () => {
  const weekly = (goalId: string, values: number[]) => values.map((v, i) => point(goalId, `2026-10-${String(6 + 7 * i).padStart(2, '0')}`, v));

  it('shows each goal\'s verdict word in its colours and the reason, under its chart with the summary for screen readers', () => {
    render(
      caseloadOf({
        students: STUDENTS,
        goals: [goal({ goalId: 'G1' }), goal({ goalId: 'G2', area: 'Math', measure: 'count', unit: 'problems', baseline: 2, target: 12 })],
        goalData: [...weekly('G1', [20, 21, 20, 22]), point('G1', '2026-11-03', 21), point('G1', '2026-11-10', 22), point('G1', '2026-11-17', 21)],
      }),
    );
    const badge = card('Reading').querySelector('.progress-verdict .badge') as HTMLElement;
    const look = VERDICT_STYLES['change-instruction'];
    expect(badge.textContent).toBe(look.label);
    const expected = document.createElement('span');
    Object.assign(expected.style, { background: look.background, color: look.text });
    expect([badge.style.background, badge.style.color]).toEqual([expected.style.background, expected.style.color]);
    expect(badge.style.color).not.toBe(''); // the verdict's colour is set
    expect(card('Reading').querySelector('.progress-verdict')?.textContent).toContain('The last 4 points are all below the aim line');

    const img = card('Reading').querySelector('figure img') as HTMLImageElement;
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(img.getAttribute('src')?.split(',')[1] ?? '');
    expect(svg).toMatch(/^<svg [^>]*width="340"/);
    expect(svg).toContain('class="aim-line"');
    expect(svg).toContain('class="trend-line"');
    expect(svg.match(/class="point"/g)).toHaveLength(7);
    expect(card('Reading').querySelector('figcaption')?.textContent).toMatch(/^Reading: Reads grade-level words correctly: 7 measurements from Oct 6, 2026 to Nov 17, 2026/);

    // A goal with no data says so; it is never shown as fine.
    expect(card('Math').querySelector('.progress-verdict .badge')?.textContent).toBe(VERDICT_STYLES['insufficient-data'].label);
    expect(card('Math').querySelector('.progress-verdict')?.textContent).toContain('No data points have been recorded for this goal.');
  });

  it('redraws the verdict from the point just saved', async () => {
    render(caseloadOf({ students: STUDENTS, goals: [goal({ goalId: 'G1' })], goalData: [...weekly('G1', [20, 21, 20, 22]), point('G1', '2026-11-03', 21)] }));
    const badge = () => card('Reading').querySelector('.progress-verdict .badge')?.textContent;
    expect(badge()).toBe('Not enough data');
    await click('✗ Incorrect');
    await click('✓ Correct');
    await click('✗ Incorrect');
    await click('✗ Incorrect');
    await click('Save point'); // 25 %, the sixth point over eight weeks: the four-point rule applies
    expect(badge()).toBe('Change instruction');
    expect(decodeURIComponent(card('Reading').querySelector('figure img')?.getAttribute('src') ?? '').match(/class="point"/g)).toHaveLength(6);
    await click('Undo');
    expect(badge()).toBe('Not enough data');
  });
});

describe('ProgressView: which student', () => {
  const tables = caseloadOf({
    students: STUDENTS,
    goals: [goal({ goalId: 'G1' }), goal({ goalId: 'G9', studentId: 'S2', area: 'Spelling' }), goal({ goalId: 'G7', studentId: 'S7', area: 'Typing' })],
  });

  it('opens on the student on screen, with only their goals', () => {
    render(tables, { onScreen: 'S1' });
    expect(dom.host.querySelector('h2')?.textContent).toBe('Goals of Ann Rivera');
    expect([...dom.host.querySelectorAll('article h3')].map((h) => h.textContent)).toEqual(['Reading']);
  });

  it('lets the teacher pick any student, also one only the goals table names', () => {
    render(tables, { onScreen: null });
    expect(dom.host.querySelector('h2')?.textContent).toBe('Goals and progress');
    expect(dom.host.querySelectorAll('article')).toHaveLength(0);
    const select = dom.host.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Pick a student…',
      'Ann Rivera · S1 · 1 goal',
      'Ben Okafor · S2 · 1 goal',
      'Student S7 (not in the students table) · S7 · 1 goal',
    ]);
    typeIn(select, 'S2');
    expect(dom.host.querySelector('h2')?.textContent).toBe('Goals of Ben Okafor');
    expect([...dom.host.querySelectorAll('article h3')].map((h) => h.textContent)).toEqual(['Spelling']);
  });

  it('says when the student on the page is not in the caseload, and when a student has no goals', () => {
    render(caseloadOf({ students: [...STUDENTS, { studentId: 'S3', firstName: 'Cy', lastName: 'Lee' }], goals: tables.goals }), { onScreen: 'X42' });
    expect(dom.host.querySelector('.notice')?.textContent).toBe('The student on this page (ID X42) has no record or goal in your caseload.');
    typeIn(dom.host.querySelector('select') as HTMLSelectElement, 'S3');
    expect(dom.host.textContent).toContain('No goals are recorded for this student.');
  });
});

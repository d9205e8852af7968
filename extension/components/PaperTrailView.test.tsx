import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { caseloadOf, defaultSettings, IsoDate, type Caseload, type TableName, type TableRecord } from '../../shared/index.ts';
import { PaperTrailView } from './PaperTrailView.tsx';
import { clickButton, mountPerTest, typeInto } from './test-dom.ts';

const dom = mountPerTest();
const TODAY = IsoDate.parse('2026-11-23');
const d = (text: string) => IsoDate.parse(text);

const start = (): Caseload =>
  caseloadOf({
    students: [
      { studentId: 'S1', firstName: 'Ann', lastName: 'Rivera', nextIepMeetingDate: d('2026-12-10'), lastIepDate: d('2025-12-12') },
      { studentId: 'S2', firstName: 'Ben', lastName: 'Okafor' },
    ],
    accommodations: [
      { accommodationId: 'acc-1', studentId: 'S1', accommodation: 'Extended time 1.5x on tests', category: 'Testing', appliesTo: 'Math; Science' },
      { accommodationId: 'acc-2', studentId: 'S1', accommodation: 'Preferential seating' },
    ],
    checks: [
      // Before the last IEP: not counted in this year's fidelity.
      { checkId: 'chk-0', studentId: 'S1', accommodationId: 'acc-1', date: d('2025-10-01'), classOrSetting: 'Math', result: 'implemented' },
      { checkId: 'chk-1', studentId: 'S1', accommodationId: 'acc-1', date: d('2026-11-20'), classOrSetting: 'Math', result: 'not-implemented' },
    ],
    contacts: [
      { contactId: 'con-1', studentId: 'S1', date: d('2026-11-10'), with: 'Mother', method: 'phone', topic: 'Reading homework', concern: true, followUpDue: d('2026-11-17') },
      { contactId: 'con-2', studentId: 'S1', date: d('2026-11-12'), with: 'Mother', method: 'email', topic: 'Field trip', result: 'reached' },
    ],
  });

/**
 * Renders the view over a caseload that behaves like the panel's store: written rows replace rows with
 * the same id (or are added) and the view is drawn again with the new caseload.
 */
function render(initial = start()) {
  let caseload = initial;
  const written: { table: TableName; rows: unknown[] }[] = [];
  const openPage = vi.fn(async (_html: string) => undefined);
  const writeRows = async <T extends TableName>(table: T, rows: readonly TableRecord<T>[]) => {
    written.push({ table, rows: [...rows] });
    const key = Object.keys(rows[0] ?? {})[0] as string;
    const old = caseload[table] as Record<string, unknown>[];
    const ids = new Set(rows.map((r) => (r as Record<string, unknown>)[key]));
    caseload = { ...caseload, [table]: [...old.filter((r) => !ids.has(r[key])), ...rows] };
    draw();
    return {};
  };
  const draw = () =>
    dom.root.render(<PaperTrailView caseload={caseload} tablesLoaded settings={defaultSettings} today={TODAY} writeRows={writeRows} openPage={openPage} />);
  act(draw);
  return { written, openPage, current: () => caseload };
}

const text = () => dom.host.textContent ?? '';
const card = (name: string) => dom.host.querySelector(`article[aria-label="${name}"]`)?.textContent ?? '';
const tap = (label: string) =>
  act(async () => {
    dom.host.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)?.click();
  });

describe('PaperTrailView', () => {
  it('saves an implementation check in one tap, for the class tapped, and the fidelity follows', async () => {
    const { written } = render();
    expect(card('Extended time 1.5x on tests')).toContain('Fidelity: 0% implemented (0 of 1 checks)');
    expect(text()).toContain('Fidelity counts the checks since the last IEP (12/12/2025).');
    // One button per class named in Applies To, three results each.
    expect([...dom.host.querySelectorAll('[role=group]')].map((g) => g.getAttribute('aria-label'))).toEqual(['Check in Math', 'Check in Science', 'Check in Any class']);
    await tap('Implemented in Science');
    expect(written).toHaveLength(1);
    expect(written[0]?.table).toBe('checks');
    expect(written[0]?.rows[0]).toMatchObject({ studentId: 'S1', accommodationId: 'acc-1', date: TODAY, classOrSetting: 'Science', result: 'implemented' });
    expect((written[0]?.rows[0] as { checkId: string }).checkId).toMatch(/^chk-[0-9a-z]{8}$/);
    expect(card('Extended time 1.5x on tests')).toContain('Fidelity: 50% implemented (1 of 2 checks)');
    expect(dom.host.querySelector('button[aria-label="Implemented in Science"]')?.getAttribute('aria-pressed')).toBe('true');
    await tap('Not applicable in Math');
    expect(card('Extended time 1.5x on tests')).toContain('50% implemented (1 of 2 checks, 1 not applicable)');
    // An accommodation with no Applies To is checked with no class.
    expect(card('Preferential seating')).toContain('No checks yet');
    await tap('Implemented in Any class');
    expect(written[2]?.rows[0]).not.toHaveProperty('classOrSetting');
    expect(card('Preferential seating')).toContain('100% implemented (1 of 1 checks)');
  });

  it('lists open follow-ups first and marks one done today; adds a contact with its follow-up date', async () => {
    const { written, current } = render();
    const open = () => [...dom.host.querySelectorAll('[aria-label="Open follow-ups"] li')].map((li) => li.textContent ?? '');
    expect(open()).toHaveLength(1);
    expect(open()[0]).toMatch(/^Due 11\/17\/2026 \(past due\)Reading homework · Mother · Phone/);
    await clickButton(dom.host, 'Mark done');
    expect(written[0]).toMatchObject({ table: 'contacts', rows: [{ contactId: 'con-1', followUpDone: TODAY, topic: 'Reading homework' }] });
    expect(open()).toHaveLength(0);
    expect(text()).toContain('None open for Ann Rivera');

    typeInto(dom.host, 'contact-with', 'Father');
    typeInto(dom.host, 'contact-topic', 'Bus schedule');
    typeInto(dom.host, 'contact-follow-up', '2026-11-30');
    await act(async () => {
      dom.host.querySelector<HTMLInputElement>('#contact-concern')?.click();
    });
    await clickButton(dom.host, 'Add contact');
    const added = current().contacts.find((c) => c.topic === 'Bus schedule');
    expect(added).toMatchObject({ studentId: 'S1', date: TODAY, with: 'Father', method: 'phone', result: 'reached', concern: true, followUpDue: '2026-11-30' });
    expect(added?.contactId).toMatch(/^con-/);
    expect(open()[0]).toMatch(/^Due 11\/30\/2026Bus schedule · Father/);
    expect(dom.host.querySelector('[aria-label="Contacts"]')?.textContent).toContain('Bus schedule');
  });

  it('opens the meeting packet for the student picked, on the Next IEP Meeting date, and says why when it cannot', async () => {
    const { openPage } = render();
    expect(dom.host.querySelector<HTMLInputElement>('#packet-date')?.value).toBe('2026-12-10');
    await clickButton(dom.host, 'Prepare meeting packet');
    const html = openPage.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('<title>Meeting packet: Ann Rivera</title>');
    for (const section of ['Deadlines and their basis', 'Accommodations: implementation fidelity', 'Parent contacts and open concerns']) expect(html).toContain(section);
    expect(html).not.toMatch(/<script/i);

    // Ben has no meeting date on record: nothing opens, and the teacher reads why.
    await act(async () => {
      const select = dom.host.querySelector<HTMLSelectElement>('#paper-student');
      if (select) select.value = 'S2';
      select?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await clickButton(dom.host, 'Prepare meeting packet');
    expect(openPage).toHaveBeenCalledTimes(1);
    expect(dom.host.querySelector('[role=status].error')?.textContent).toMatch(/meeting/i);

    await clickButton(dom.host, 'Hand off caseload');
    expect(openPage.mock.calls[1]?.[0]).toContain('Ben Okafor');
    await clickButton(dom.host, 'Class snapshots');
    expect(openPage.mock.calls[2]?.[0]).toContain('Science');
  });
});

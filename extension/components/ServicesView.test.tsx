import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseloadOf, computeServiceCompliance, defaultSettings, type Caseload, type IsoDate, type SessionRecord, type TableName } from '../../shared/index.ts';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelViewProps } from './panel-view.ts';
import { ServicesPanelView, ServicesView } from './ServicesView.tsx';
import { clickButton, mountPerTest, typeInto } from './test-dom.ts';

const dom = mountPerTest();
/** A hand-checked date literal. */
const d = (text: string) => text as IsoDate;
const TODAY = d('2026-12-01');
const settings = defaultSettings;

const CASELOAD = caseloadOf({
  students: [
    { studentId: 'S1', firstName: 'Ana', lastName: 'Rivera' },
    { studentId: 'S2', firstName: 'Ben', lastName: 'Ortiz' },
    { studentId: 'S3', firstName: 'Cara', lastName: 'Diaz' },
    { studentId: 'S4', firstName: 'Dev', lastName: 'Shah' },
  ],
  services: [
    { serviceId: 'svc-ot', studentId: 'S1', service: 'Occupational therapy', mandate: '30 min 1x/week', startDate: d('2026-11-02') },
    { serviceId: 'svc-1', studentId: 'S1', service: 'Speech-language therapy', mandate: '45 min x 1 sessions = 45 min Weekly', startDate: d('2026-11-02'), provider: 'M. Lee' },
    { serviceId: 'svc-3', studentId: 'S2', service: 'Speech-Language Therapy', mandate: '30 min 1x/week', startDate: d('2026-11-02') },
    { serviceId: 'svc-4', studentId: 'S3', service: 'Counseling', mandate: '20 min 1x/week', startDate: d('2026-11-02') },
  ],
  sessions: [
    ...(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'] as IsoDate[]).flatMap((date, i) => [
      { sessionId: `ses-ot${i}`, studentId: 'S1', serviceId: 'svc-ot', date, minutes: 30, outcome: 'delivered' as const },
      { sessionId: `ses-b${i}`, studentId: 'S2', serviceId: 'svc-3', date, minutes: 30, outcome: 'delivered' as const },
    ]),
    { sessionId: 'ses-sp1', studentId: 'S1', serviceId: 'svc-1', date: d('2026-11-04'), minutes: 45, outcome: 'delivered' as const, note: 'Articulation /r/' },
  ],
});

type Writes = { table: TableName; rows: unknown[] }[];

/** The view over a caseload held like storage holds it: writes replace rows by id, deletes remove them. */
function render(options: { onScreen?: string; caseload?: Caseload } = {}) {
  const writes: Writes = [];
  const deletes: { table: TableName; ids: string[] }[] = [];
  function Harness() {
    const [caseload, setCaseload] = useState(options.caseload ?? CASELOAD);
    return (
      <ServicesView
        caseload={caseload}
        tablesLoaded
        settings={settings}
        today={TODAY}
        onScreenStudentId={options.onScreen ?? null}
        writeRows={async (table, rows) => {
          writes.push({ table, rows: [...rows] });
          const ids = new Set((rows as SessionRecord[]).map((r) => r.sessionId));
          setCaseload((c) => ({ ...c, sessions: [...c.sessions.filter((s) => !ids.has(s.sessionId)), ...(rows as SessionRecord[])] }));
          return { added: rows.length, updated: 0 } as never;
        }}
        deleteRows={async (table, ids) => {
          deletes.push({ table, ids: [...ids] });
          setCaseload((c) => ({ ...c, sessions: c.sessions.filter((s) => !ids.includes(s.sessionId)) }));
          return { deleted: ids.length };
        }}
      />
    );
  }
  act(() => dom.root.render(<Harness />));
  return { writes, deletes };
}

const text = () => dom.host.textContent ?? '';
const byLabel = (label: string) => {
  const el = dom.host.querySelector<HTMLElement>(`[aria-label="${label}"]`);
  if (!el) throw new Error(`nothing labelled ${label}`);
  return el;
};
let clicks = 0;
const click = async (label: string) => {
  clicks++;
  await act(async () => byLabel(label).click());
};
const tap = async (buttonText: string) => {
  clicks++;
  await clickButton(dom.host, buttonText);
};
function choose(id: string, value: string) {
  const select = dom.host.querySelector<HTMLSelectElement>(`#${id}`);
  if (!select) throw new Error(`no #${id}`);
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
/** The SVG drawn in the chart image. */
function chartSvg(): string {
  const src = dom.host.querySelector<HTMLImageElement>('.services-chart img')?.getAttribute('src') ?? '';
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}
const listItems = (label: string) => [...byLabel(label).querySelectorAll('li')].map((li) => li.textContent ?? '');
const owedOf = (item: string) => Number(/Owed: ([\d,]+) min/.exec(item)?.[1]?.replace(',', ''));

afterEach(() => {
  clicks = 0;
  vi.restoreAllMocks();
});

describe('ServicesView: the whole caseload', () => {
  it('draws one delivered-against-required bar per student with services, behind first and most owed first, with every student named', () => {
    render();
    const svg = chartSvg();
    expect(svg).toMatch(/^<svg /);
    expect(svg.match(/<g class="bar">/g)).toHaveLength(3);
    expect(svg.match(/class="target-mark"/g)).toHaveLength(3);
    const items = listItems('Students, behind first');
    expect(items.map((i) => i.split('Owed')[0])).toEqual(['BehindAna Rivera', 'BehindCara Diaz', 'AheadBen Ortiz']);
    expect(owedOf(items[0] as string)).toBeGreaterThan(owedOf(items[1] as string));
    expect(owedOf(items[2] as string)).toBe(0);
    // The bars say the same in words (not colour alone).
    expect(dom.host.querySelector('figcaption')?.textContent).toMatch(/Ana Rivera: \d+ of \d+ min \(Behind\)/);
    // Dev has no service: listed, never dropped.
    expect(text()).toContain('1 student with no services on record');
    expect(dom.host.querySelector('details')?.textContent).toContain('Dev Shah');
  });

  it('shows the owed minutes the shared compliance computes, with the shared status colours', () => {
    render();
    const expected = computeServiceCompliance(CASELOAD, { settings, today: TODAY }).filter((r) => r.studentId === 'S3')[0];
    const cara = listItems('Students, behind first')[1] as string;
    expect(owedOf(cara)).toBe(expected?.owedMinutes);
    const badge = byLabel('Students, behind first').querySelector<HTMLElement>('.badge');
    expect(badge?.style.background).toMatch(/#F4C7C3|rgb\(244, 199, 195\)/i);
  });
});

describe('ServicesView: one student', () => {
  it('lists the student on screen first: their services behind first, one bar each', () => {
    render({ onScreen: 'S1' });
    expect(dom.host.querySelector<HTMLSelectElement>('#svc-student')?.value).toBe('S1');
    const items = listItems('Services of Ana Rivera, behind first');
    expect(items[0]).toMatch(/^BehindSpeech-language therapyM\. LeeOwed: \d+ min/);
    expect(items[1]).toMatch(/^(On track|Ahead)Occupational therapy/);
    expect(chartSvg().match(/<g class="bar">/g)).toHaveLength(2);
    expect(text()).toContain('Short since');
  });

  it('logs a session in three clicks from the caseload: the student, a duration, Log session; the owed minutes drop', async () => {
    const { writes } = render();
    const before = owedOf(listItems('Students, behind first')[0] as string);
    await click('Log a session for Ana Rivera');
    // The behind service is preselected; the mandate's own minutes come first.
    expect(dom.host.querySelector<HTMLSelectElement>('#svc-service')?.value).toBe('svc-1');
    expect([...dom.host.querySelectorAll('.durations button')].map((b) => b.textContent).slice(0, 6)).toEqual(['45 min', '15 min', '20 min', '30 min', '60 min', 'Start timer']);
    const speechBefore = owedOf(listItems('Services of Ana Rivera, behind first')[0] as string);
    await tap('30 min');
    await tap('Log session');
    expect(clicks).toBeLessThanOrEqual(3);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.table).toBe('sessions');
    const [row] = writes[0]?.rows as SessionRecord[];
    expect(row).toMatchObject({ studentId: 'S1', serviceId: 'svc-1', date: TODAY, minutes: 30, outcome: 'delivered' });
    expect(row?.sessionId).toMatch(/^ses-[0-9a-z]{8}$/);
    expect(row).not.toHaveProperty('loggedBy');
    expect(row).not.toHaveProperty('groupSize');
    expect(dom.host.querySelector('[role=status]')?.textContent).toBe('Logged 30 min of Speech-language therapy (Delivered) for Ana Rivera.');
    expect(owedOf(listItems('Services of Ana Rivera, behind first')[0] as string)).toBe(speechBefore - 30);
    choose('svc-student', '');
    expect(owedOf(listItems('Students, behind first')[0] as string)).toBe(before - 30);
  });

  it('logs a missed session with its outcome, a note and the name set in "Logged by"', async () => {
    const { writes } = render({ onScreen: 'S3' });
    await tap('20 min');
    choose('svc-outcome', 'student-absent');
    typeInto(dom.host, 'svc-note', 'Field trip');
    typeInto(dom.host, 'svc-logged-by', 'J. Park');
    await tap('Log session');
    expect(writes[0]?.rows[0]).toMatchObject({ studentId: 'S3', serviceId: 'svc-4', minutes: 20, outcome: 'student-absent', note: 'Field trip', loggedBy: 'J. Park' });
  });

  it('refuses a session without minutes or on a day still to come, saying why, and writes nothing', async () => {
    const { writes } = render({ onScreen: 'S1' });
    await tap('Log session');
    expect(dom.host.querySelector('[role=alert]')?.textContent).toBe('Choose how many minutes (1 to 1,440).');
    await tap('30 min');
    typeInto(dom.host, 'svc-date', '2026-12-02');
    await tap('Log session');
    expect(dom.host.querySelector('[role=alert]')?.textContent).toBe('A session cannot be logged for a day that has not come yet.');
    expect(writes).toEqual([]);
  });

  it('times a session with the start/stop timer (whole minutes)', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const { writes } = render({ onScreen: 'S1' });
    await tap('Start timer');
    now.mockReturnValue(1_000_000 + 31 * 60_000 + 20_000);
    await act(async () => [...dom.host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Stop timer'))?.click());
    expect(dom.host.querySelector<HTMLInputElement>('#svc-minutes')?.value).toBe('31');
    await tap('Log session');
    expect(writes[0]?.rows[0]).toMatchObject({ minutes: 31 });
  });

  it('logs a group session: the same minutes for the other students of the same service, each with their own service id', async () => {
    const { writes } = render({ onScreen: 'S1' });
    const group = dom.host.querySelector('fieldset');
    expect(group?.textContent).toBe('Group session: also log forBen Ortiz');
    await act(async () => group?.querySelector('input')?.click());
    await tap('45 min');
    await tap('Log session');
    const rows = writes[0]?.rows as SessionRecord[];
    expect(rows.map((r) => [r.studentId, r.serviceId, r.minutes, r.groupSize])).toEqual([
      ['S1', 'svc-1', 45, 2],
      ['S2', 'svc-3', 45, 2],
    ]);
    expect(new Set(rows.map((r) => r.sessionId)).size).toBe(2);
    expect(dom.host.querySelector('[role=status]')?.textContent).toContain('for Ana Rivera and 1 other.');
  });

  it('edits a logged session in place (same id, so storage keeps the earlier version) and deletes one after confirming', async () => {
    const { writes, deletes } = render({ onScreen: 'S1' });
    await click('Edit the session of 11/4/2026, Speech-language therapy');
    expect(text()).toContain('Edit the session of 11/4/2026');
    expect(dom.host.querySelector<HTMLInputElement>('#svc-minutes')?.value).toBe('45');
    await tap('30 min');
    await tap('Save changes');
    expect(writes[0]?.rows).toEqual([{ sessionId: 'ses-sp1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-04', minutes: 30, outcome: 'delivered', note: 'Articulation /r/' }]);
    expect(listItems('Sessions of Ana Rivera').filter((i) => i.includes('Speech'))).toEqual([expect.stringContaining('30 min · Delivered')]);

    await click('Delete the session of 11/4/2026, Speech-language therapy');
    expect(deletes).toEqual([]);
    await tap('Yes, delete');
    expect(deletes).toEqual([{ table: 'sessions', ids: ['ses-sp1'] }]);
    expect(listItems('Sessions of Ana Rivera').some((i) => i.includes('Speech'))).toBe(false);
    expect(dom.host.querySelector('[role=status]')?.textContent).toContain('kept in the history');
  });

  it('says so when a student has no services, and offers no form', () => {
    render({ onScreen: 'S4' });
    expect(text()).toContain('No services on record for Dev Shah');
    expect(dom.host.querySelector('form')).toBeNull();
  });
});

describe('ServicesPanelView: the student on screen', () => {
  function onScreen(fields: Record<string, string>, allowed: boolean) {
    Object.assign(fakeBrowser.windows, { getCurrent: async () => ({ id: 1 }) });
    Object.assign(fakeBrowser.tabs, {
      query: async () => [{ id: 7, url: 'https://iep.example.org/students/3' }],
      sendMessage: async (_tab: number, message: { type: string }) =>
        message.type === 'ping' ? { ok: true, value: 'pong' } : { ok: true, value: { url: 'https://iep.example.org/students/3', reading: { system: 'Demo', fields, issues: [] } } },
    });
    Object.assign(fakeBrowser.permissions, { contains: async () => allowed });
    const props = { caseload: CASELOAD, tablesLoaded: true, settings, today: TODAY, writeRows: vi.fn(), deleteRows: vi.fn(), panel: { taught: {} } } as unknown as PanelViewProps;
    act(() => dom.root.render(<ServicesPanelView {...props} />));
  }
  const settle = () => act(async () => new Promise((r) => setTimeout(r, 50)));

  it('opens on the student of the IEP page in the tab, when the site is allowed', async () => {
    onScreen({ studentId: 'S3' }, true);
    await settle();
    expect(dom.host.querySelector<HTMLSelectElement>('#svc-student')?.value).toBe('S3');
    expect(dom.host.querySelector('#svc-student option[value=S3]')?.textContent).toBe('Cara Diaz (on screen)');
    expect(text()).toContain('Log a session for Cara Diaz');
  });

  it('offers the services the page shows for that student (checked again in the panel), and writes nothing on its own', async () => {
    const writeRows = vi.fn();
    Object.assign(fakeBrowser.windows, { getCurrent: async () => ({ id: 1 }) });
    Object.assign(fakeBrowser.tabs, {
      query: async () => [{ id: 7, url: 'https://iep.example.org/students/3' }],
      sendMessage: async (_tab: number, message: { type: string }) => {
        if (message.type === 'ping') return { ok: true, value: 'pong' };
        if (message.type === 'read-services') {
          const services = [
            { service: 'Counseling', mandate: '20 min 1x/week', startDate: '11/02/2026', shown: 'Counseling · 20 min 1x/week · 11/02/2026' },
            { service: 'Social skills group\u202E', mandate: '30 min 2x/week', grouping: 'Group of 4', shown: 'Social skills group · 30 min 2x/week' },
          ];
          return { ok: true, value: { url: 'https://iep.example.org/students/3', services, issues: [] } };
        }
        return { ok: true, value: { url: 'https://iep.example.org/students/3', reading: { system: 'Demo', fields: { studentId: 'S3' }, issues: [] } } };
      },
    });
    Object.assign(fakeBrowser.permissions, { contains: async () => true });
    const props = { caseload: CASELOAD, tablesLoaded: true, settings, today: TODAY, writeRows, deleteRows: vi.fn(), panel: { taught: {} } } as unknown as PanelViewProps;
    act(() => dom.root.render(<ServicesPanelView {...props} />));
    await settle();
    const offered = listItems('Services on this page');
    expect(offered[0]).toMatch(/^Same as savedCounseling/);
    expect(offered[1]).toMatch(/^NewSocial skills groupOn the page: Social skills group · 30 min 2x\/weekAdd$/);
    expect(writeRows).not.toHaveBeenCalled();
    await click('Add Social skills group for Cara Diaz');
    expect(writeRows).toHaveBeenCalledWith('services', [{ serviceId: expect.stringMatching(/^svc-/), studentId: 'S3', service: 'Social skills group', mandate: '30 min 2x/week', grouping: 'group' }]);
  });

  it('stays on the whole caseload when the site is not allowed or the page names no student of the caseload', async () => {
    onScreen({ studentId: 'S3' }, false);
    await settle();
    expect(dom.host.querySelector<HTMLSelectElement>('#svc-student')?.value).toBe('');
    act(() => dom.root.render(<></>));
    onScreen({ studentId: 'X9' }, true);
    await settle();
    expect(dom.host.querySelector<HTMLSelectElement>('#svc-student')?.value).toBe('');
  });
});

describe('ServicesView: nothing hidden', () => {
  it('totals the caseload and lists logged sessions no service counts, on the caseload and beside their student', () => {
    const stray = { sessionId: 'ses-x', studentId: 'S3', serviceId: 'svc-gone', date: d('2026-11-10'), minutes: 25, outcome: 'delivered' as const };
    render({ caseload: { ...CASELOAD, sessions: [...CASELOAD.sessions, stray] } });
    const rows = computeServiceCompliance(CASELOAD, { settings, today: TODAY });
    const owed = rows.reduce((sum, r) => sum + r.owedMinutes, 0);
    expect(text()).toContain(`2 of 4 services behind, ${owed} min owed in all.`);
    expect(dom.host.querySelector('.warning')?.textContent).toMatch(/^1 logged session is not counted: .*names service svc-gone, which is not in the caseload/);
    choose('svc-student', 'S3');
    expect(dom.host.querySelector('.warning')?.textContent).toContain('svc-gone');
    expect(listItems('Sessions of Cara Diaz')[0]).toContain('Service svc-gone · 25 min · Delivered');
    choose('svc-student', 'S2');
    expect(dom.host.querySelector('.warning')).toBeNull();
  });
});

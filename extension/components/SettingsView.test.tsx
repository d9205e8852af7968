import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CASELOAD_SETTINGS, defaultSettings, listRulePacks, resolveRules, type Settings } from '../../shared/index.ts';
import { SettingsView } from './SettingsView.tsx';
import { clickButton, mountPerTest, typeInto } from './test-dom.ts';

const dom = mountPerTest();

const type = (id: string, value: string) => typeInto(dom.host, id, value);
const click = (text: string) => clickButton(dom.host, text);

function render(onSave = vi.fn(async (_s: Settings) => undefined), settings: Settings = defaultSettings) {
  act(() =>
    dom.root.render(<SettingsView settings={settings} onSave={onSave} allowedSites={[]} knownSystems={[]} onAllow={vi.fn()} onRevoke={vi.fn()} />),
  );
  return onSave;
}

/** Picks an option of the list with this id, as a user does. */
function choose(id: string, value: string) {
  const select = dom.host.querySelector<HTMLSelectElement>(`#${id}`);
  if (!select) throw new Error(`no #${id}`);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The block of one setting, found by the name the teacher reads. */
const settingNamed = (name: string) => [...dom.host.querySelectorAll<HTMLElement>('.date-setting')].find((el) => el.querySelector('label')?.textContent === name);

describe('SettingsView', () => {
  it('builds a calendar from a typed school year and closures, saved with the thresholds', async () => {
    const onSave = render();
    type('year-first', '2026-08-24');
    type('year-last', '2027-06-11');
    await click('Use these dates');
    type('closure-date', '2026-12-01');
    type('closure-name', 'Snow day');
    await click('Add closure');
    type('setting-urgentDays', '10');
    await click('Save settings');
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved?.urgentDays).toBe(10);
    expect(saved?.calendar).toMatchObject({ schoolYears: [{ firstDay: '2026-08-24', lastDay: '2027-06-11' }], closures: [{ date: '2026-12-01', name: 'Snow day' }] });
    expect(dom.host.textContent).toContain('Settings saved.');
  });

  it('refuses a school year that ends before it starts, saying why', async () => {
    render();
    type('year-first', '2027-06-11');
    type('year-last', '2026-08-24');
    await click('Use these dates');
    expect(dom.host.querySelector('[role=alert]')?.textContent).toMatch(/Calendar not created: .*last day must come after the first day/i);
  });

  it('lists every setting that changes a due date by its plain name, with what it does, its default, citation and the value in use', () => {
    render();
    const annual = settingNamed('Annual review due');
    expect(annual?.textContent).toMatch(/Default: the day before the anniversary\. 34 CFR 300\.324\(b\)\(1\)\(i\)/);
    expect(annual?.textContent).toContain('In use: the day before the anniversary (the default)');
    expect(settingNamed('Age rights transfer to the student')?.textContent).toMatch(/Default: 18\. 34 CFR 300\.520\(a\)/);
    const labels = [...dom.host.querySelectorAll('.date-setting label')].map((l) => l.textContent);
    expect(labels).toEqual(expect.arrayContaining(CASELOAD_SETTINGS.filter((c) => c.changesDates).map((c) => c.label)));
    // No setting is named by its internal id anywhere on the screen.
    const ids = [...CASELOAD_SETTINGS.map((c) => c.id), ...listRulePacks().flatMap((p) => resolveRules(p).settings.map((r) => r.id))];
    for (const id of ids) expect(dom.host.textContent, id).not.toContain(id);
  });

  it("shows the chosen state's own rules and saves a change to one of them", async () => {
    const onSave = render();
    choose('state', 'TX');
    const summer = settingNamed('ARD may wait until fall when day 30 falls in the summer (Texas)');
    expect(summer?.textContent).toMatch(/19 TAC 89\.1011\(d\)/);
    expect(dom.host.textContent).toContain('Texas rules');
    choose('setting-TX-ardSummerRule', 'no');
    expect(settingNamed('ARD may wait until fall when day 30 falls in the summer (Texas)')?.textContent).toContain('In use: no');
    expect(settingNamed('Absences allowed during the evaluation (school days)')).toBeUndefined(); // Florida's, not Texas's
    await click('Save settings');
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ state: 'TX', ruleSettings: { 'TX.ardSummerRule': false } });
  });

  it('says in plain words what a setting takes, and saves nothing while a value cannot be used', async () => {
    const onSave = render();
    type('setting-urgentDays', 'ten');
    expect(settingNamed('Urgent within (days)')?.querySelector('[role=alert]')?.textContent).toBe('Type a whole number from 0 to 365: “ten” cannot be used.');
    await click('Save settings');
    expect(onSave).not.toHaveBeenCalled();
    expect(dom.host.textContent).toContain('One setting is not valid: fix what is marked, then save.');
    type('setting-urgentDays', '12');
    expect(settingNamed('Urgent within (days)')?.querySelector('[role=alert]')).toBeNull();
    await click('Save settings');
    expect(onSave.mock.calls[0]?.[0]?.urgentDays).toBe(12);
  });

  it('goes back to the default when the box is emptied or "the default" is chosen', async () => {
    const onSave = render(vi.fn(async (_s: Settings) => undefined), { ...defaultSettings, urgentDays: 3, annualReviewConvention: 'anniversary', ruleSettings: { 'US.ageOfMajority': 21 } });
    expect(settingNamed('Annual review due')?.textContent).toContain('In use: on the anniversary');
    expect(settingNamed('Age rights transfer to the student')?.textContent).toContain('In use: 21');
    choose('setting-annualReviewConvention', '');
    type('setting-urgentDays', '');
    type('setting-US-ageOfMajority', '');
    expect(settingNamed('Age rights transfer to the student')?.textContent).toContain('In use: 18 (the default)');
    await click('Save settings');
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ urgentDays: 7, annualReviewConvention: 'day-before-anniversary', ruleSettings: {} });
  });
});

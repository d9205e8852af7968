import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/index.ts';
import { SettingsView } from './SettingsView.tsx';
import { clickButton, mountPerTest, typeInto } from './test-dom.ts';

const dom = mountPerTest();

const type = (id: string, value: string) => typeInto(dom.host, id, value);
const click = (text: string) => clickButton(dom.host, text);

function render(onSave = vi.fn(async (_s: Settings) => undefined)) {
  act(() =>
    dom.root.render(<SettingsView settings={defaultSettings} onSave={onSave} allowedSites={[]} knownSystems={[]} onAllow={vi.fn()} onRevoke={vi.fn()} />),
  );
  return onSave;
}

describe('SettingsView', () => {
  it('builds a calendar from a typed school year and closures, saved with the thresholds', async () => {
    const onSave = render();
    type('year-first', '2026-08-24');
    type('year-last', '2027-06-11');
    await click('Use these dates');
    type('closure-date', '2026-12-01');
    type('closure-name', 'Snow day');
    await click('Add closure');
    type('urgent', '10');
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
});

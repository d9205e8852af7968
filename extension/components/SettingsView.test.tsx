import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/index.ts';
import { SettingsView } from './SettingsView.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function type(label: string, value: string) {
  const input = host.querySelector<HTMLInputElement>(`#${label}`);
  if (!input) throw new Error(`no #${label}`);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = (text: string) => act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === text)?.click());

function render(onSave = vi.fn(async (_s: Settings) => undefined)) {
  act(() =>
    root.render(<SettingsView settings={defaultSettings} onSave={onSave} allowedSites={[]} knownSystems={[]} onAllow={vi.fn()} onRevoke={vi.fn()} />),
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
    expect(host.textContent).toContain('Settings saved.');
  });

  it('refuses a school year that ends before it starts, saying why', async () => {
    render();
    type('year-first', '2027-06-11');
    type('year-last', '2026-08-24');
    await click('Use these dates');
    expect(host.querySelector('[role=alert]')?.textContent).toMatch(/Calendar not created: .*last day must come after the first day/i);
  });
});

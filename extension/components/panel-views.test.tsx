import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/sidepanel/App.tsx';
import { writeRows } from '../storage/table-rows.ts';
import { importStudents } from '../storage/data-store.ts';
import { PANEL_VIEWS } from './panel-views.ts';
import { mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const tabs = () => [...dom.host.querySelectorAll<HTMLButtonElement>('[role=tab]')];

async function settle(ms = 100) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

describe('the panel view registry', () => {
  it('lists each view once, with a label and a component', () => {
    expect(PANEL_VIEWS.map((v) => v.id)).toEqual(['student', 'caseload', 'services', 'settings', 'data']);
    expect(new Set(PANEL_VIEWS.map((v) => v.id)).size).toBe(PANEL_VIEWS.length);
    for (const v of PANEL_VIEWS) expect(v.label && v.component).toBeTruthy();
  });

  it('draws one tab per registered view, in order, with arrow keys moving between them (roving tabindex)', async () => {
    // What the panel asks the browser for besides storage: no granted sites, no tab.
    const event = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
    Object.assign(fakeBrowser.permissions, { onAdded: event, onRemoved: event, getAll: async () => ({ origins: [] }), contains: async () => false });
    Object.assign(fakeBrowser.windows, { getCurrent: async () => ({ id: 1 }) });
    Object.assign(fakeBrowser.tabs, { query: async () => [] });
    // The worker answers the lock status as it does when the lock is off.
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: { enabled: false, unlocked: true, idleMinutes: 15 } }));
    await importStudents([{ studentId: 'S1', firstName: 'Ann', lastName: 'Rivera' }]);
    await writeRows('sessions', [{ sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-02', minutes: 30, outcome: 'delivered' } as never]);
    act(() => dom.root.render(<App knownSystems={[]} initialTab="caseload" />));
    await settle(300);
    expect(tabs().map((t) => t.textContent)).toEqual(['This student', 'Caseload (1)', 'Services', 'Settings', 'Data']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1, -1]);
    expect(dom.host.querySelector('[role=tabpanel]')?.textContent).toContain('Caseload (1 of 1)');
    const key = async (k: string) => {
      await act(async () => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
      await settle(50);
    };
    tabs()[1]?.focus();
    await key('ArrowRight');
    expect(document.activeElement?.id).toBe('tab-services');
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true', 'false', 'false']);
    await key('ArrowRight');
    await key('ArrowRight');
    await key('ArrowRight');
    expect(document.activeElement?.id).toBe('tab-student');
    await key('ArrowLeft');
    expect(document.activeElement?.id).toBe('tab-data');
    await settle(300);
    expect(dom.host.querySelector('[role=tabpanel]')?.textContent).toContain('Export whole caseload (.zip)');
  });
});

import { type DependencyList, useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { targetTab } from '../lib/panel-client.ts';
import { originPatternOf } from '../lib/site-access.ts';

/** The browser tab Casekeeper may read: its id and address. */
export interface ReadableTab {
  id: number;
  url: string;
}

/**
 * Calls `read` with the tab beside the panel when Casekeeper may read its site (it never asks for access
 * here), or with null, and again when the teacher switches tabs, the tab loads, a single-page system moves
 * to another student, or `deps` change. `isLive()` turns false once the view is gone or a newer read began.
 *
 * @example useReadableTab(async (tab, isLive) => { const id = tab ? await studentIdOn(tab) : null; if (isLive()) setId(id); }, [taught]);
 */
export function useReadableTab(read: (tab: ReadableTab | null, isLive: () => boolean) => Promise<void>, deps: DependencyList): void {
  const latest = useRef(read);
  latest.current = read;
  useEffect(() => {
    let live = true;
    let tabId: number | null = null;
    const isLive = () => live;
    const load = async () => {
      try {
        const tab = await targetTab();
        tabId = tab?.id ?? null;
        const pattern = tab?.url && /^https?:/.test(tab.url) ? originPatternOf(tab.url) : null;
        const allowed = tab?.id !== undefined && tab.url && pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
        await latest.current(allowed && tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null, isLive);
      } catch {
        // No tab to read: the teacher picks the student.
        if (live) await latest.current(null, isLive).catch(() => undefined);
      }
    };
    void load();
    const onActivated = () => void load();
    const onUpdated = (changed: number, info: { status?: string }) => {
      if (changed === tabId && info.status === 'complete') void load();
    };
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
      if (type === 'page-changed' && sender.id === browser.runtime.id && sender.tab?.id === tabId) void load();
      return false;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
    // The caller names what a new read depends on (`read` itself is followed through a ref).
  }, deps);
}

import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANEL_VIEWS } from './panel-views.ts';
import { TabBar } from './TabBar.tsx';
import { mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const tabs = () => [...dom.host.querySelectorAll<HTMLButtonElement>('[role=tab]')];
afterEach(() => vi.restoreAllMocks());

/** The bar as the panel draws it, keeping the chosen tab like the panel does. */
function Bar({ initial = 'today' }: { initial?: string }) {
  const [selected, setSelected] = useState(initial);
  return <TabBar tabs={PANEL_VIEWS} selected={selected} onSelect={setSelected} />;
}

const key = (k: string) =>
  act(async () => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

describe('the tab bar', () => {
  it('shows every view of the registry as a tab, in one tab list, in order', () => {
    act(() => dom.root.render(<Bar />));
    expect(dom.host.querySelectorAll('[role=tablist]')).toHaveLength(1);
    expect(tabs().map((t) => t.textContent)).toEqual(PANEL_VIEWS.map((v) => v.label));
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(PANEL_VIEWS.map((_, i) => String(i === 0)));
  });

  it('moves between tabs with the arrow keys, Home and End, and brings the tab reached into view', async () => {
    const scrolled: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.id);
    });
    act(() => dom.root.render(<Bar />));
    tabs()[0]?.focus();
    await key('End');
    expect(document.activeElement?.textContent).toBe('Data');
    expect(scrolled.at(-1)).toBe('tab-data');
    await key('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Today');
    await key('ArrowLeft');
    await key('ArrowLeft');
    expect(document.activeElement?.textContent).toBe('Settings');
    expect(tabs().filter((t) => t.tabIndex === 0).map((t) => t.textContent)).toEqual(['Settings']);
    expect(scrolled.at(-1)).toBe('tab-settings');
  });

  it('says when sections are hidden to the right and shows them on "More"', async () => {
    // A 340 px wide bar holding 700 px of tabs, scrolled to the start.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'tablist' ? 340 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'tablist' ? 700 : 0;
    });
    const scrollBy = vi.fn();
    HTMLElement.prototype.scrollBy = scrollBy;
    act(() => dom.root.render(<Bar />));
    const more = [...dom.host.querySelectorAll('button')].find((b) => b.textContent === 'More ›');
    expect(more?.getAttribute('aria-label')).toBe('Show more sections');
    expect(dom.host.querySelector('[aria-label="Show the sections before"]')).toBeNull();
    await act(async () => more?.click());
    expect(scrollBy).toHaveBeenCalledWith(expect.objectContaining({ left: expect.any(Number) }));
    expect(scrollBy.mock.calls[0]?.[0].left).toBeGreaterThan(0);
  });

  it('shows no "More" when every tab fits', () => {
    act(() => dom.root.render(<Bar />));
    expect([...dom.host.querySelectorAll('button')].some((b) => b.textContent === 'More ›')).toBe(false);
  });
});

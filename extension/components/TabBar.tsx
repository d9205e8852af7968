import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** One tab of the bar: the view's id (the tab is `tab-<id>`, its panel `panel-<id>`) and what it says. */
export interface TabBarItem {
  id: string;
  label: string;
}

export interface TabBarProps {
  tabs: readonly TabBarItem[];
  selected: string;
  onSelect(id: string): void;
}

/** How far one press of "More" or "Back" moves the tabs: most of the bar's width. */
const SCROLL_SHARE = 0.7;

/**
 * The panel's sections as one line of tabs, however narrow the panel: the tabs that do not fit scroll
 * sideways, with a "More ›" button at the edge while some are hidden to the right (and "‹" while some are
 * hidden to the left). Keyboard: Tab reaches the chosen tab; arrow keys, Home and End move between tabs
 * (roving tabindex), and the tab reached always scrolls into view.
 *
 * @example <TabBar tabs={PANEL_VIEWS} selected="today" onSelect={setTab} />
 */
export function TabBar({ tabs, selected, onSelect }: TabBarProps) {
  const list = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ before: false, after: false });

  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const before = el.scrollLeft > 1;
    const after = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setHidden((h) => (h.before === before && h.after === after ? h : { before, after }));
  }, []);

  useEffect(() => {
    measure();
    const el = list.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure, tabs]);

  useEffect(() => {
    document.getElementById(`tab-${selected}`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const n = tabs.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    const id = tabs[next]?.id;
    if (next < 0 || !id) return;
    e.preventDefault();
    onSelect(id);
    document.getElementById(`tab-${id}`)?.focus();
  };

  const scroll = (direction: 1 | -1) => {
    const el = list.current;
    el?.scrollBy?.({ left: direction * el.clientWidth * SCROLL_SHARE, behavior: 'smooth' });
  };

  return (
    <div className="tabbar">
      {hidden.before ? (
        <button type="button" className="tabbar-scroll before" tabIndex={-1} aria-label="Show the sections before" onClick={() => scroll(-1)}>
          ‹
        </button>
      ) : null}
      <div ref={list} role="tablist" aria-label="Sections" className="tabbar-list" onKeyDown={onKey} onScroll={measure}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={selected === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={selected === t.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {hidden.after ? (
        <button type="button" className="tabbar-scroll after" tabIndex={-1} aria-label="Show more sections" onClick={() => scroll(1)}>
          More ›
        </button>
      ) : null}
    </div>
  );
}

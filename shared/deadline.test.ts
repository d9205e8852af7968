import { describe, expect, it } from 'vitest';
import { STATUS_STYLES } from './deadline.ts';

/** WCAG 2 relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('STATUS_STYLES', () => {
  it('ranks overdue, urgent, soon, upcoming, done in that order, each with a label', () => {
    const order = Object.entries(STATUS_STYLES).sort((a, b) => a[1].rank - b[1].rank).map(([s]) => s);
    expect(order).toEqual(['overdue', 'urgent', 'soon', 'upcoming', 'done']);
    expect(Object.values(STATUS_STYLES).map((s) => s.label)).toEqual(['Overdue', 'Urgent', 'Soon', 'Upcoming', 'Done']);
  });

  it('every status colour pair reads at WCAG AA (contrast ≥ 4.5:1)', () => {
    for (const [status, style] of Object.entries(STATUS_STYLES)) {
      expect(style.background).toMatch(/^#[0-9A-F]{6}$/i);
      expect(contrast(style.text, style.background), status).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the open statuses have distinct backgrounds, so they still differ when printed', () => {
    const backgrounds = ['overdue', 'urgent', 'soon', 'upcoming', 'done'].map((s) => STATUS_STYLES[s as keyof typeof STATUS_STYLES].background);
    expect(new Set(backgrounds).size).toBe(5);
  });
});

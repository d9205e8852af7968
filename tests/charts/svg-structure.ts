import { Window } from 'happy-dom';
import { expect } from 'vitest';

/** Parses an SVG string as XML (tests only: the charts in shared/ never use a DOM). */
export function parseSvg(svg: string): Element {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
  const root = doc.documentElement;
  expect(root.tagName.toLowerCase()).toBe('svg');
  return root;
}

/** Checks what every chart must be: accessible, self-contained, inside its viewBox. */
export function expectWellFormedChart(svg: string): Element {
  const root = parseSvg(svg);
  expect(root.getAttribute('role')).toBe('img');
  const [, , w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
  expect(w).toBeGreaterThan(0);
  const labelled = (root.getAttribute('aria-labelledby') ?? '').split(' ');
  expect(labelled).toHaveLength(2);
  for (const id of labelled) expect(root.querySelector(`[id="${id}"]`)).not.toBeNull();
  expect(root.querySelector('title')?.parentElement).toBe(root);
  expect(root.querySelector('desc')?.textContent?.length).toBeGreaterThan(10);
  // nothing runs, nothing is fetched
  expect(root.querySelector('script, foreignObject, image, use, a')).toBeNull();
  expect(svg).not.toMatch(/\bhref\s*=|url\(|javascript:|\son[a-z]+\s*=/i);
  // every coordinate inside the viewBox
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of ['x', 'x1', 'x2', 'cx']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      expect(Number(v), `${el.tagName} ${attr}`).toBeGreaterThanOrEqual(0);
      expect(Number(v), `${el.tagName} ${attr}`).toBeLessThanOrEqual(w as number);
    }
    for (const attr of ['y', 'y1', 'y2', 'cy']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      expect(Number(v), `${el.tagName} ${attr}`).toBeGreaterThanOrEqual(0);
      expect(Number(v), `${el.tagName} ${attr}`).toBeLessThanOrEqual(h as number);
    }
    const d = el.getAttribute('d');
    if (d !== null && !el.getAttribute('transform')) {
      const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      for (let i = 0; i + 1 < nums.length; i += 2) {
        expect(nums[i]).toBeGreaterThanOrEqual(0);
        expect(nums[i]).toBeLessThanOrEqual(w as number);
        expect(nums[i + 1]).toBeGreaterThanOrEqual(0);
        expect(nums[i + 1]).toBeLessThanOrEqual(h as number);
      }
    }
  }
  return root;
}

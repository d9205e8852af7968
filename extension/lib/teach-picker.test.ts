import { describe, expect, it } from 'vitest';
import { pickElement } from './teach-picker.ts';

function page() {
  document.body.innerHTML = '<div><span id="k">Ref</span> <span id="v" style="color: red">S6012</span></div>';
  return { value: document.getElementById('v') as HTMLElement };
}

describe('pickElement', () => {
  it('outlines what the pointer is over, returns the clicked element, and puts the page back', async () => {
    const { value } = page();
    let pageSawClick = false;
    document.body.addEventListener('click', () => (pageSawClick = true));
    const picked = pickElement(document, new AbortController().signal);
    value.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(value.style.outline).toContain('solid');
    value.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await picked).toBe(value);
    expect(value.style.outline).toBe('');
    expect(value.getAttribute('style')).toBe('color: red;');
    expect(pageSawClick).toBe(false);
  });

  it('stops on Escape or when cancelled from the panel, leaving the page as it was', async () => {
    const { value } = page();
    const escaped = pickElement(document, new AbortController().signal);
    value.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await escaped).toBeNull();
    expect(value.style.outline).toBe('');

    const stop = new AbortController();
    const cancelled = pickElement(document, stop.signal);
    stop.abort();
    expect(await cancelled).toBeNull();
    let clicks = 0;
    document.body.addEventListener('click', () => clicks++);
    value.click();
    expect(clicks).toBe(1); // no capture listener left behind
  });
});

/**
 * Test helpers for the side panel's React views (imported by tests only): a fresh React root per test,
 * and typing and clicking the way a user does.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Mounts a host element and a React root before each test and removes them after it. */
export function mountPerTest(): { host: HTMLDivElement; root: Root } {
  const dom = {} as { host: HTMLDivElement; root: Root };
  beforeEach(() => {
    dom.host = document.createElement('div');
    document.body.append(dom.host);
    dom.root = createRoot(dom.host);
  });
  afterEach(() => {
    act(() => dom.root.unmount());
    dom.host.remove();
  });
  return dom;
}

/** Types a value into the input with this id, as React sees a user's typing. */
export function typeInto(host: HTMLElement, id: string, value: string): void {
  const input = host.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clicks the button whose text is exactly `text`. */
export function clickButton(host: HTMLElement, text: string): Promise<void> {
  return act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === text)?.click());
}

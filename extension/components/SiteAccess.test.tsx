import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteAccess } from './SiteAccess.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const SYSTEMS = [{ id: 'seis', name: 'SEIS (California)', origins: ['https://www.seis.org/*', 'https://*.seis.org/*'] }];
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

const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent);
const click = (text: string) => act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === text)?.click());

describe('SiteAccess', () => {
  it('offers the site on screen, and the whole system when it is a known one', async () => {
    const onAllow = vi.fn(async () => undefined);
    act(() => root.render(<SiteAccess pattern="https://ca.seis.org/*" knownSystems={SYSTEMS} onAllow={onAllow} />));
    expect(buttons()).toContain('Allow Casekeeper on ca.seis.org');
    await click('Allow Casekeeper on ca.seis.org');
    expect(onAllow).toHaveBeenLastCalledWith(['https://ca.seis.org/*']);
    await click('Allow all of SEIS (California)');
    expect(onAllow).toHaveBeenLastCalledWith(['https://www.seis.org/*', 'https://*.seis.org/*']);
  });

  it('does not claim an unknown site is a known system', () => {
    act(() => root.render(<SiteAccess pattern="https://evilseis.org/*" knownSystems={SYSTEMS} onAllow={vi.fn()} />));
    expect(buttons().filter((b) => b?.startsWith('Allow all of'))).toEqual([]);
  });

  it('says why when access is refused', async () => {
    const onAllow = vi.fn(async () => {
      throw new Error('Access was not given. Casekeeper will not read this site.');
    });
    act(() => root.render(<SiteAccess pattern="https://iep.example.org/*" knownSystems={SYSTEMS} onAllow={onAllow} />));
    await click('Allow Casekeeper on iep.example.org');
    expect(host.querySelector('[role=alert]')?.textContent).toBe('Access was not given. Casekeeper will not read this site.');
  });

  it('without the page address, offers the known systems', () => {
    act(() => root.render(<SiteAccess pattern={null} knownSystems={SYSTEMS} onAllow={vi.fn()} />));
    expect(host.textContent).toMatch(/cannot see which site/);
    expect(buttons()).toEqual(['Allow SEIS (California)']);
  });
});

import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SiteAccess } from './SiteAccess.tsx';
import { clickButton, mountPerTest } from './test-dom.ts';

const SYSTEMS = [{ id: 'seis', name: 'SEIS (California)', origins: ['https://www.seis.org/*', 'https://*.seis.org/*'] }];
const dom = mountPerTest();

const buttons = () => [...dom.host.querySelectorAll('button')].map((b) => b.textContent);
const click = (text: string) => clickButton(dom.host, text);

describe('SiteAccess', () => {
  it('offers the site on screen, and the whole system when it is a known one', async () => {
    const onAllow = vi.fn(async () => undefined);
    act(() => dom.root.render(<SiteAccess pattern="https://ca.seis.org/*" knownSystems={SYSTEMS} onAllow={onAllow} />));
    expect(buttons()).toContain('Allow Casekeeper on ca.seis.org');
    await click('Allow Casekeeper on ca.seis.org');
    expect(onAllow).toHaveBeenLastCalledWith(['https://ca.seis.org/*']);
    await click('Allow all of SEIS (California)');
    expect(onAllow).toHaveBeenLastCalledWith(['https://www.seis.org/*', 'https://*.seis.org/*']);
  });

  it('does not claim an unknown site is a known system', () => {
    act(() => dom.root.render(<SiteAccess pattern="https://evilseis.org/*" knownSystems={SYSTEMS} onAllow={vi.fn()} />));
    expect(buttons().filter((b) => b?.startsWith('Allow all of'))).toEqual([]);
  });

  it('says why when access is refused', async () => {
    const onAllow = vi.fn(async () => {
      throw new Error('Access was not given. Casekeeper will not read this site.');
    });
    act(() => dom.root.render(<SiteAccess pattern="https://iep.example.org/*" knownSystems={SYSTEMS} onAllow={onAllow} />));
    await click('Allow Casekeeper on iep.example.org');
    expect(dom.host.querySelector('[role=alert]')?.textContent).toBe('Access was not given. Casekeeper will not read this site.');
  });

  it('without the page address, offers the known systems', () => {
    act(() => dom.root.render(<SiteAccess pattern={null} knownSystems={SYSTEMS} onAllow={vi.fn()} />));
    expect(dom.host.textContent).toMatch(/cannot see which site/);
    expect(buttons()).toEqual(['Allow SEIS (California)']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { originPatternOf, patternMatches, syncReaderRegistration } from './site-access.ts';

describe('originPatternOf', () => {
  it.each([
    ['https://ca.seis.org/iep/123?x=1#y', 'https://ca.seis.org/*'],
    ['http://127.0.0.1:5173/seis/student/1001', 'http://127.0.0.1/*'],
    ['iep.example.org', 'https://iep.example.org/*'],
    ['  HTTPS://IEP.Example.org/  ', 'https://iep.example.org/*'],
  ])('%s → %s', (input, pattern) => {
    expect(originPatternOf(input)).toBe(pattern);
  });

  it.each(['', 'chrome://extensions', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://x.org', 'http://exa mple.org'])('refuses %j', (input) => {
    expect(originPatternOf(input)).toBeNull();
  });

  it('always gives a pattern that matches the page it came from', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        const pattern = originPatternOf(url);
        return pattern === null || patternMatches(pattern, url);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('patternMatches', () => {
  it('matches subdomains for *. patterns, not look-alike hosts', () => {
    expect(patternMatches('https://*.seis.org/*', 'https://ca.seis.org/iep/')).toBe(true);
    expect(patternMatches('https://*.seis.org/*', 'https://seis.org/')).toBe(true);
    expect(patternMatches('https://*.seis.org/*', 'https://evilseis.org/')).toBe(false);
    expect(patternMatches('https://*.seis.org/*', 'http://ca.seis.org/')).toBe(false);
    expect(patternMatches('http://localhost/*', 'http://localhost:8080/x')).toBe(true);
  });
});

describe('syncReaderRegistration', () => {
  function fakeScripting(origins: string[]) {
    const registered = new Map<string, chrome.scripting.RegisteredContentScript>();
    const tick = () => new Promise((r) => setTimeout(r, 1));
    fakeBrowser.permissions.getAll = async () => ({ origins, permissions: [] });
    fakeBrowser.scripting.getRegisteredContentScripts = (async (filter?: { ids?: string[] }) => {
      await tick();
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    }) as never;
    fakeBrowser.scripting.registerContentScripts = (async (scripts: chrome.scripting.RegisteredContentScript[]) => {
      await tick();
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }) as never;
    fakeBrowser.scripting.unregisterContentScripts = (async (filter?: { ids?: string[] }) => {
      await tick();
      for (const id of filter?.ids ?? []) registered.delete(id);
    }) as never;
    return registered;
  }

  it('registers the reader for exactly the allowed sites, never for a broad pattern', async () => {
    // The Sheets API host, granted for the team sheet, is not an IEP site: no page reader there.
    const registered = fakeScripting(['https://*/*', 'https://ca.seis.org/*', 'http://127.0.0.1/*', 'https://sheets.googleapis.com/*']);
    expect(await syncReaderRegistration()).toEqual(['http://127.0.0.1/*', 'https://ca.seis.org/*']);
    expect([...registered.values()].map((s) => s.matches)).toEqual([['http://127.0.0.1/*', 'https://ca.seis.org/*']]);
  });

  it('runs overlapping calls one after another (no duplicate registration)', async () => {
    const registered = fakeScripting(['https://ca.seis.org/*']);
    await expect(Promise.all([syncReaderRegistration(), syncReaderRegistration(), syncReaderRegistration()])).resolves.toHaveLength(3);
    expect(registered.size).toBe(1);
  });

  it('unregisters the reader when the last site is removed', async () => {
    const registered = fakeScripting(['https://ca.seis.org/*']);
    await syncReaderRegistration();
    fakeBrowser.permissions.getAll = async () => ({ origins: [], permissions: [] });
    expect(await syncReaderRegistration()).toEqual([]);
    expect(registered.size).toBe(0);
  });
});

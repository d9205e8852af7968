import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { originPatternOf, patternMatches } from './site-access.ts';

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
    );
  });
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

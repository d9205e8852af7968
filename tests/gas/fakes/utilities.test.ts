import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../harness.ts';
import { formatSimpleDate } from './format-date.ts';

const U = () => createGasEnvironment().services({ tracked: true }).Utilities;

describe('Utilities.formatDate', () => {
  it('formats SimpleDateFormat patterns in real time zones', () => {
    const u = U();
    const d = new Date('2025-03-09T10:30:05.007Z');
    expect(u.formatDate(d, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm:ss')).toBe('2025-03-09 03:30:05');
    expect(u.formatDate(d, 'America/Los_Angeles', 'EEE, MMM d, yyyy h:mm a z')).toBe('Sun, Mar 9, 2025 3:30 AM PDT');
    expect(u.formatDate(d, 'Asia/Kolkata', "EEEE d MMMM yyyy 'at' HH:mm Z")).toBe('Sunday 9 March 2025 at 16:00 +0530');
    expect(u.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2025-03-09T10:30:05.007Z');
    expect(u.formatDate(d, 'GMT-5', 'M/d/yy HH:mm XXX')).toBe('3/9/25 05:30 -05:00');
    expect(u.formatDate(d, 'Not/AZone', 'HH:mm')).toBe('10:30');
    expect(() => u.formatDate(d, 'UTC', 'yyyy-bb')).toThrow(/Illegal pattern character 'b'/);
  });

  it('agrees with Intl on the calendar date and time for any instant and zone', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'America/Anchorage', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Adelaide', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...zones), (d, zone) => {
        const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(d);
        expect(formatSimpleDate(d.getTime(), zone, 'yyyy-MM-dd, HH:mm:ss')).toBe(intl);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Utilities digests and encodings', () => {
  it('returns signed bytes like Java', () => {
    const u = U();
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'abc')).toEqual([-112, 1, 80, -104, 60, -46, 79, -80, -42, -106, 63, 125, 40, -31, 127, 114]);
    const sha = u.computeDigest(u.DigestAlgorithm.SHA_256, 'row-1|2025-03-09');
    expect(sha).toHaveLength(32);
    expect(sha.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(u.base64Encode(u.computeDigest(u.DigestAlgorithm.SHA_256, ''))).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('base64 round-trips text', () => {
    const u = U();
    const bytes = u.base64Decode(u.base64Encode('Año escolar'));
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString('utf8')).toBe('Año escolar');
  });

  it('sleep advances the fake clock only', () => {
    const env = createGasEnvironment();
    const t0 = env.clock.now();
    env.services({ tracked: true }).Utilities.sleep(1500);
    expect(env.clock.now() - t0).toBe(1500);
  });

  it('getUuid is deterministic per environment and well-formed', () => {
    const a = createGasEnvironment().services().Utilities;
    const b = createGasEnvironment().services().Utilities;
    const first = a.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.getUuid()).toBe(first);
    expect(a.getUuid()).not.toBe(first);
  });
});

import { describe, expect, it } from 'vitest';
import { QuotaExhaustedError, RetryLaterError, classifyError, withRetry } from './with-retry.ts';

const RATE = 'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.';

function clock() {
  let now = 0;
  const sleeps: number[] = [];
  return { now: () => now, sleep: (ms: number) => { sleeps.push(ms); now += ms; }, sleeps };
}

describe('withRetry', () => {
  it('classifies Google messages: rate limits and 5xx are transient, the daily limit is quota', () => {
    expect(classifyError(new Error(RATE))).toBe('transient');
    expect(classifyError(new Error('Service error: Calendar (HTTP 503)'))).toBe('transient');
    expect(classifyError(new Error('Service invoked too many times for one day: calendar.'))).toBe('quota');
    expect(classifyError(new Error('Invalid argument: title'))).toBe('fatal');
  });

  it('backs off exponentially (with jitter) and succeeds when the rate limit clears', () => {
    const c = clock();
    let calls = 0;
    const value = withRetry(() => {
      if (++calls < 4) throw new Error(RATE);
      return 'ok';
    }, { ...c, deadlineMs: 60_000, random: () => 1 });
    expect(value).toBe('ok');
    expect(c.sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up with RetryLaterError after the attempts or at the time budget, and never retries quota', () => {
    const c = clock();
    expect(() => withRetry(() => { throw new Error(RATE); }, { ...c, deadlineMs: 1_000_000 })).toThrow(RetryLaterError);
    const tight = clock();
    expect(() => withRetry(() => { throw new Error(RATE); }, { ...tight, deadlineMs: 100 })).toThrow(RetryLaterError);
    expect(tight.sleeps).toEqual([]);
    let calls = 0;
    expect(() => withRetry(() => { calls++; throw new Error('Service invoked too many times for one day: calendar.'); }, { ...c, deadlineMs: 1e9 })).toThrow(QuotaExhaustedError);
    expect(calls).toBe(1);
  });
});

/** The daily calendar quota is used up: stop, checkpoint, resume tomorrow. */
export class QuotaExhaustedError extends Error {
  override name = 'QuotaExhaustedError';
}

/** Transient errors kept coming, or waiting would pass the time budget: checkpoint and continue later. */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
}

/** How an error from a Google service should be treated. */
export function classifyError(error: unknown): 'quota' | 'transient' | 'fatal' {
  const message = error instanceof Error ? error.message : String(error);
  if (/for one day|usage limits exceeded|daily (limit|quota)|quota (exceeded|exhausted)/i.test(message)) return 'quota';
  if (/rate ?limit|too many|try again|\b429\b|\b5\d\d\b|backend error|internal error|service unavailable|timed? ?out|temporar/i.test(message)) {
    return 'transient';
  }
  return 'fatal';
}

/** Options for {@link withRetry}. */
export interface RetryOptions {
  sleep(ms: number): void;
  now(): number;
  /** No waiting past this instant (the execution's time budget). */
  deadlineMs: number;
  random?: () => number;
  /** Attempts in all. Default 5. */
  attempts?: number;
  /** First wait. Default 500 ms, doubling each time (with jitter), at most 16 s. */
  baseDelayMs?: number;
}

/**
 * Runs a service call, retrying transient errors (rate limits, 429, 5xx) with exponential backoff and
 * jitter inside the time budget. A used-up daily quota throws {@link QuotaExhaustedError} at once;
 * retries running out (or the budget) throw {@link RetryLaterError}; other errors pass through.
 *
 * @example withRetry(() => calendar.createAllDayEvent(t, d), { sleep: Utilities.sleep, now: Date.now, deadlineMs })
 */
export function withRetry<T>(call: () => T, options: RetryOptions): T {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 500;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      const kind = classifyError(error);
      if (kind === 'quota') throw new QuotaExhaustedError(String((error as Error).message ?? error));
      if (kind === 'fatal') throw error;
      if (attempt >= attempts) throw new RetryLaterError('Google Calendar kept asking us to slow down.');
      const wait = Math.min(16_000, base * 2 ** (attempt - 1)) * (0.5 + random() / 2);
      if (options.now() + wait > options.deadlineMs) throw new RetryLaterError('Out of time while waiting for Google Calendar.');
      options.sleep(Math.ceil(wait));
    }
  }
}

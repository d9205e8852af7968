import { describe, expect, it } from 'vitest';
import { SERVICE_STATUS_STYLES } from './service-status.ts';
import { STATUS_STYLES } from './deadline.ts';

describe('SERVICE_STATUS_STYLES', () => {
  it('ranks behind first and a service that cannot be computed right after it', () => {
    const order = Object.entries(SERVICE_STATUS_STYLES).sort((a, b) => a[1].rank - b[1].rank).map(([k]) => k);
    expect(order.slice(0, 2)).toEqual(['behind', 'unknown']);
  });

  it('uses the deadline palette (behind looks like overdue)', () => {
    expect(SERVICE_STATUS_STYLES.behind.background).toBe(STATUS_STYLES.overdue.background);
    expect(new Set(Object.values(SERVICE_STATUS_STYLES).map((s) => s.label)).size).toBe(6);
  });
});

import { describe, expect, it } from 'vitest';
import { presentServiceStatus } from './present-service-status.ts';
import { presentStatus } from './present-status.ts';

describe('presentServiceStatus', () => {
  it('gives the word and the colours, behind in the overdue colours', () => {
    expect(presentServiceStatus('behind')).toEqual({ ...presentStatus('overdue'), label: 'Behind' });
    expect(presentServiceStatus('unknown').label).toBe('Cannot compute');
    expect(presentServiceStatus('on-track').label).toBe('On track');
  });
});

import { describe, expect, it } from 'vitest';
import { STATUS_STYLES } from './deadline.ts';
import { VERDICT_STYLES } from './present-verdict.ts';
import { PROGRESS_VERDICTS } from './progress/progress-verdict.ts';

describe('VERDICT_STYLES', () => {
  it('names every verdict in plain words with the shared status colours', () => {
    for (const v of PROGRESS_VERDICTS) {
      const style = VERDICT_STYLES[v];
      expect(style.label).not.toContain('-');
      expect(style.background).toBe(STATUS_STYLES[style.status].background);
    }
  });

  it('never shows missing data as calm: it ranks above on track and raise the goal', () => {
    expect(VERDICT_STYLES['insufficient-data'].rank).toBeLessThan(VERDICT_STYLES['on-track'].rank);
    expect(VERDICT_STYLES['insufficient-data'].rank).toBeLessThan(VERDICT_STYLES['raise-goal'].rank);
    expect(VERDICT_STYLES['change-instruction'].rank).toBe(0);
  });
});

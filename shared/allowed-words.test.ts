import { describe, expect, it } from 'vitest';
import { allowedWords } from './allowed-words.ts';
import { SETTINGS_TAB_ROWS } from './settings-tab-rows.ts';
import { settingRows } from './setting-rows.ts';

const row = (id: string, state?: string) => {
  const r = settingRows(state).find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('allowedWords', () => {
  it('says what a number, a choice or a rule setting takes, and the default a blank cell keeps', () => {
    expect(allowedWords(row('urgentDays'))).toBe('Type a whole number from 0 to 365.');
    expect(allowedWords(row('meetingNoticeDays'))).toBe('Type a whole number from 0 to 60, or "none", or leave it blank for the default (the state\'s).');
    expect(allowedWords(row('countTriggerDay'))).toBe('Choose "yes" or "no".');
    expect(allowedWords(row('TX.ardSummerRule', 'TX'))).toBe('Choose "yes" or "no", or leave it blank for the default (yes).');
  });

  it('falls back to the help of a row that takes free text (work hours by case manager)', () => {
    const hours = SETTINGS_TAB_ROWS.find((r) => r.id === 'caseManagerHours');
    expect(hours && allowedWords(hours)).toMatch(/^For case managers with other hours/);
  });
});

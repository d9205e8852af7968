import { describe, expect, it } from 'vitest';
import { CASELOAD_SETTINGS } from './caseload-settings.ts';
import { SETTINGS_TAB_ROWS } from './settings-tab-rows.ts';

describe('SETTINGS_TAB_ROWS', () => {
  it('has the State, every caseload setting that moves a date, and the team\'s work hours and caseload type, each with a default in words', () => {
    const ids = SETTINGS_TAB_ROWS.map((r) => r.id);
    expect(ids[0]).toBe('state');
    for (const s of CASELOAD_SETTINGS) expect(ids.includes(s.id), s.id).toBe(s.changesDates);
    expect(SETTINGS_TAB_ROWS.filter((r) => r.kind === 'workload').map((r) => r.label)).toEqual(['Work hours a week', 'Work hours a week, by case manager', 'Caseload type']);
    for (const r of SETTINGS_TAB_ROWS) expect(r.defaultText, r.label).not.toBe('');
    // Names people read are plain words, each told apart from the others.
    expect(new Set(SETTINGS_TAB_ROWS.map((r) => r.label)).size).toBe(SETTINGS_TAB_ROWS.length);
    for (const r of SETTINGS_TAB_ROWS) expect(r.label).not.toMatch(/\b[A-Z]{2}\.|[a-z][A-Z]/);
  });

  it('gives each setting that moves a date the citation it comes from, or says it is the team\'s own choice', () => {
    const byId = new Map(SETTINGS_TAB_ROWS.map((r) => [r.id, r]));
    expect(byId.get('annualReviewConvention')?.citation).toMatch(/34 CFR 300\.324\(b\)\(1\)\(i\)/);
    expect(byId.get('missedServiceNotice')?.citation).toBe('23 IAC 226.220(b)');
    expect(byId.get('urgentDays')?.citation).toBe('Your choice (not a legal rule)');
    expect(byId.get('caseloadType')?.help).toContain('Cal. Educ. Code 56362(c)');
  });
});

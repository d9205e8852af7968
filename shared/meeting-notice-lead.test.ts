import { describe, expect, it } from 'vitest';
import { ruleContext } from './rule-context.ts';
import { meetingNoticeLead } from './meeting-notice-lead.ts';
import { settingsWith } from './test-fixtures.ts';

const leadFor = (settings: Record<string, unknown>) => {
  const ctx = ruleContext({ studentId: 'S1' }, settingsWith(settings));
  if (!ctx.ok) throw new Error(ctx.error.message);
  return meetingNoticeLead(ctx.value);
};

describe('meetingNoticeLead', () => {
  it("gives the state's lead time with its citation, the caseload's own days first, and none federally", () => {
    expect(leadFor({ state: 'IL' })).toMatchObject({ days: 10, unit: 'calendar', verification: 'S' });
    expect(leadFor({ state: 'TX' })).toMatchObject({ days: 5, unit: 'school' });
    expect(leadFor({ state: 'TX', meetingNoticeDays: 3 })).toMatchObject({ days: 3, unit: 'calendar' });
    expect(leadFor({ state: 'NY', ruleSettings: { 'NY.meetingNoticeDays': null } })).toBeUndefined();
    expect(leadFor({})).toBeUndefined();
  });
});

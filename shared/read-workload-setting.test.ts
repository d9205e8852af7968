import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkloadSetting } from './read-workload-setting.ts';
import { SETTINGS_TAB_ROWS } from './settings-tab-rows.ts';

const row = (id: string) => {
  const r = SETTINGS_TAB_ROWS.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('readWorkloadSetting', () => {
  it('reads hours as people write them, and names a value it cannot use', () => {
    expect(readWorkloadSetting(row('capacityHours'), '7.5 hours')).toEqual({ workload: { capacityHours: 7.5 }, problems: [] });
    expect(readWorkloadSetting(row('capacityHours'), '90').problems).toEqual(['Settings, "Work hours a week": "90" is not a number of hours from 0 to 80. Using the default.']);
    expect(readWorkloadSetting(row('capacityHours'), '')).toEqual({ workload: {}, problems: [] });
  });

  it('reads each case manager\'s hours on their own, keeping the ones it can read', () => {
    const r = readWorkloadSetting(row('caseManagerHours'), 'a.patel@school.example: 6; b.ng = 12 h; c.diaz: lots');
    expect(r.workload.caseManagers).toEqual({ 'a.patel@school.example': { capacityHours: 6 }, 'b.ng': { capacityHours: 12 } });
    expect(r.problems).toEqual([expect.stringContaining('"c.diaz: lots" should be a name and hours')]);
  });

  it('takes only a caseload cap in law, in any case; never guesses one', () => {
    expect(readWorkloadSetting(row('caseloadType'), 'ca.RESOURCE-specialist').workload).toEqual({ caseloadType: 'CA.resource-specialist' });
    expect(readWorkloadSetting(row('caseloadType'), 'resource').workload).toEqual({});
  });

  it('never gives hours outside 0 to 80, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const h = readWorkloadSetting(row('capacityHours'), text.trim()).workload.capacityHours;
        if (h !== undefined) expect(h >= 0 && h <= 80).toBe(true);
      }),
    );
  });
});

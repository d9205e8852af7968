import { describe, expect, it } from 'vitest';
import { computeDue } from '../compute-due.ts';
import type { IsoDate } from '../iso-date.ts';
import { getRulePack, resolveRules } from '../rule-packs.ts';
import { Settings } from '../settings.ts';
import type { StudentRecord } from '../student-record.ts';
import { US_STATE_CODES } from '../us-states.ts';
import { JURISDICTION_BASICS } from './jurisdiction-basics.ts';
import { DISTRICT_CALENDAR } from './test-calendars.ts';

const FIFTY_ONE = US_STATE_CODES.filter((c) => c !== 'PR');
const d = (s: string) => s as IsoDate;

function due(state: string, kind: 'transition-services' | 'transfer-of-rights-notice' | 'transfer-of-rights', student: Omit<StudentRecord, 'studentId'>, options: { today?: IsoDate; settings?: Partial<Settings> } = {}) {
  const settings = Settings.parse({ ...(state === 'US' ? {} : { state }), ...options.settings });
  const r = computeDue(kind, { studentId: 'S1', ...student }, settings, options.today ? { today: options.today } : {});
  return r.ok ? r.value.outcome.dueDate : `failed: ${r.error.message}`;
}

describe('every state and DC has its age of majority and transition age', () => {
  it('gives all 51 jurisdictions their own transition and transfer-of-rights rules with a citation and a mark', () => {
    expect(Object.keys(JURISDICTION_BASICS).sort()).toEqual([...FIFTY_ONE].sort());
    for (const code of FIFTY_ONE) {
      const pack = getRulePack(code);
      expect(pack.ok, code).toBe(true);
      if (!pack.ok) continue;
      const rules = resolveRules(pack.value);
      for (const kind of ['transition-services', 'transfer-of-rights-notice', 'transfer-of-rights'] as const) {
        const rule = rules.rules.get(kind);
        expect(rule?.id, `${code} ${kind}`).toBe(`${code}.${kind}`);
        expect(['V', 'S', 'U']).toContain(rule?.verification);
        expect(rule?.citation.length).toBeGreaterThan(5);
      }
    }
  });

  it('makes every age not read in the rule text a setting, with the federal default where the reference has none', () => {
    for (const code of FIFTY_ONE) {
      const basics = JURISDICTION_BASICS[code];
      const pack = getRulePack(code);
      if (!pack.ok || !basics) throw new Error(code);
      const settings = resolveRules(pack.value).settings;
      const transition = settings.find((s) => s.id === `${code}.transitionAge`);
      if (basics.transition.verification === 'V') expect(transition, code).toBeUndefined();
      else expect(transition, code).toMatchObject({ default: basics.transition.age, verification: basics.transition.verification });
      if (basics.transition.verification === 'U') expect(basics.transition.age, code).toBe(16);
      const majority = settings.find((s) => s.id === 'US.ageOfMajority');
      expect(majority, code).toMatchObject({ default: basics.majority.age, verification: basics.majority.verification });
      if (basics.majority.verification === 'U') expect(majority?.description, code).toMatch(/[Nn]ot verified|[Dd]isputed/);
    }
  });

  it('transfers rights at 19 in Alabama and Nebraska (Ala. Code 26-1-1; Neb. Rev. Stat. 43-2101)', () => {
    expect(due('AL', 'transfer-of-rights', { dateOfBirth: d('2009-03-10') })).toBe('2028-03-10');
    expect(due('NE', 'transfer-of-rights', { dateOfBirth: d('2009-03-10') })).toBe('2028-03-10');
    expect(due('OR', 'transfer-of-rights', { dateOfBirth: d('2009-03-10') })).toBe('2027-03-10');
    const al = getRulePack('AL');
    expect(al.ok && resolveRules(al.value).rules.get('transfer-of-rights')?.citation).toContain('Ala. Code 26-1-1');
  });

  it("makes Mississippi's disputed age a setting that says so, defaulting to the earlier date (Miss. Code 1-3-27)", () => {
    const ms = getRulePack('MS');
    const setting = ms.ok ? resolveRules(ms.value).settings.find((s) => s.id === 'US.ageOfMajority') : undefined;
    expect(setting).toMatchObject({ default: 18, verification: 'U' });
    expect(setting?.description).toContain('Disputed');
    expect(due('MS', 'transfer-of-rights', { dateOfBirth: d('2009-03-10') })).toBe('2027-03-10');
    expect(due('MS', 'transfer-of-rights', { dateOfBirth: d('2009-03-10') }, { settings: { ruleSettings: { 'US.ageOfMajority': 21 } } })).toBe('2030-03-10');
  });
});

describe('state transition ages (each from the rule the review quotes)', () => {
  // Born 2012-06-01: turns 14 on 2026-06-01, 15 on 2027-06-01, 16 on 2028-06-01. Last IEP 2025-12-20, next due 2026-12-19.
  const student = { dateOfBirth: d('2012-06-01'), lastIepDate: d('2025-12-20') };

  it('Wisconsin: the first IEP in effect when the child is 14 (Wis. Stat. 115.787(2)(g)), not the federal 16', () => {
    // Turns 14 on 2026-06-01, inside the IEP of 2025-12-20: confirm it holds transition services by then.
    expect(due('WI', 'transition-services', student)).toBe('2026-06-01');
    expect(due('US', 'transition-services', student)).toBe('failed: Transition services in the IEP is not due yet: it falls on an IEP after the next annual review.');
    const wi = getRulePack('WI');
    const rule = wi.ok ? resolveRules(wi.value).rules.get('transition-services') : undefined;
    expect(rule?.citation).toContain('Wis. Stat. 115.787(2)(g)');
    expect(rule?.verification).not.toBe('V');
  });

  it('Indiana: grade 9 or age 14, whichever comes first (511 IAC 7-43-4)', () => {
    // Born 2013-09-15 (14 on 2027-09-15); in grade 8 in 2025-26, so grade 9 starts 2026-08-24 on the district calendar.
    // The IEP of 2025-06-01 runs to 2026-05-31, so the review due then is the IEP in effect on entering grade 9.
    const young = { dateOfBirth: d('2013-09-15'), lastIepDate: d('2025-06-01'), grade: '8' };
    const settings = { calendar: DISTRICT_CALENDAR };
    expect(due('IN', 'transition-services', young, { today: d('2026-03-01'), settings })).toBe('2026-05-31');
    // Without the grade only the age is known: the IEP in effect at 14 is two reviews away.
    expect(due('IN', 'transition-services', { ...young, grade: undefined as never }, { today: d('2026-03-01'), settings })).toMatch(/^failed: .*not due yet/);
  });

  it("Kentucky: the 8th-grade year or age 14 (707 KAR 1:320)", () => {
    // Grade 7 in 2025-26: the 8th-grade year starts July 1, 2026, after the IEP of 2025-06-01 runs out (2026-05-31).
    const young = { dateOfBirth: d('2013-09-15'), lastIepDate: d('2025-06-01'), grade: '7' };
    expect(due('KY', 'transition-services', young, { today: d('2026-03-01') })).toBe('2026-05-31');
    // Already in grade 8: the current IEP must have it.
    expect(due('KY', 'transition-services', { ...young, grade: '8' }, { today: d('2026-03-01') })).toBe('2025-07-01');
    // The federal rule would wait for 16.
    expect(due('US', 'transition-services', young, { today: d('2026-03-01') })).toMatch(/^failed: /);
  });

  it('Colorado: the first IEP developed when the child is 15 (ECEA Rules 4.03(6)(d))', () => {
    // Turns 15 on 2027-06-01: the IEP of 2025-12-20 and the review due 2026-12-19 are both developed before it.
    expect(due('CO', 'transition-services', student)).toMatch(/^failed: /);
    // Last IEP 2026-12-20, turns 15 on 2027-06-01: the review due 2027-12-19 is the first developed at 15.
    expect(due('CO', 'transition-services', { ...student, lastIepDate: d('2026-12-20') })).toBe('2027-12-19');
  });

  it('New Jersey: the IEP for the school year in which the student turns 14, not the birthday (N.J.A.C. 6A:14-3.7(e))', () => {
    // Turns 14 on 2027-06-01, in the 2026-27 school year (from July 1, 2026): the IEP due 2026-12-19 is too late;
    // the one in place on 2026-07-01 is the IEP of 2025-12-20.
    const born = { dateOfBirth: d('2013-06-01'), lastIepDate: d('2025-12-20') };
    expect(due('NJ', 'transition-services', born)).toBe('2026-07-01');
    // By the birthday rule it would be the next review (2026-12-19).
    expect(due('TX', 'transition-services', born)).toBe('2026-12-19');
    // A summer birthday (2027-07-20) falls in the school year that starts after it: the IEP of 2026-10-01 is in
    // place when 2027-28 begins (July 1, or the calendar's first day, 2027-08-23), either way.
    const summer = { dateOfBirth: d('2013-07-20'), lastIepDate: d('2026-10-01') };
    expect(due('NJ', 'transition-services', summer)).toBe('2027-07-01');
    expect(due('NJ', 'transition-services', summer, { settings: { calendar: DISTRICT_CALENDAR } })).toBe('2027-08-23');
  });
});

describe('Florida: before high school or at 14, whichever first (Fla. Stat. 1003.5716)', () => {
  it('uses the grade when the student enters grade 9 before turning 14', () => {
    // Born 2012-11-15 (14 on 2026-11-15); grade 8 in 2025-26, so grade 9 starts 2026-08-24. The IEP of 2025-06-01 runs out 2026-05-31.
    const student = { dateOfBirth: d('2012-11-15'), lastIepDate: d('2025-06-01'), grade: '8' };
    expect(due('FL', 'transition-services', student, { today: d('2026-03-01'), settings: { calendar: DISTRICT_CALENDAR } })).toBe('2026-05-31');
    // Without a readable grade the age alone is used, and the deadline says the date may be earlier.
    const r = computeDue('transition-services', { studentId: 'S1', ...student, grade: 'Ungraded' }, Settings.parse({ state: 'FL' }), { today: d('2026-03-01') });
    expect(r.ok && r.value.outcome.notes.join(' ')).toContain('needs a readable Grade');
  });
});

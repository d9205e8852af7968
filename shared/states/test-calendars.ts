import { IsoDate } from '../iso-date.ts';
import type { DeadlineKind, RuleOutcome, RulePack } from '../timeline-rule.ts';
import type { Result } from '../result.ts';
import { ruleContext } from '../rule-context.ts';
import { DISTRICT_CALENDAR } from '../test-fixtures.ts';
import { Settings } from '../settings.ts';
import type { StudentRecord } from '../student-record.ts';

/**
 * Test helpers for the state rule packs. The district calendar is the one test calendar of the domain
 * core (`shared/test-fixtures.ts`): three school years, 2025-26 to 2027-28 (the last with February 29, 2028).
 *
 * 2025-26: Mon 2025-08-25 … Fri 2026-06-12
 *   Labor Day Mon 09-01 · Veterans Day Tue 11-11 · Thanksgiving break Mon 11-24–Fri 11-28 ·
 *   Winter break Mon 12-22–Fri 01-02 · MLK Day Mon 01-19 · Presidents' week Mon 02-16–Fri 02-20 ·
 *   Spring break Mon 03-30–Fri 04-03 · Memorial Day Mon 05-25
 * 2026-27: Mon 2026-08-24 … Fri 2027-06-11
 *   Labor Day Mon 09-07 · Veterans Day Wed 11-11 · Thanksgiving break Mon 11-23–Fri 11-27 ·
 *   Winter break Mon 12-21–Fri 2027-01-01 · MLK Day Mon 01-18 · Presidents' week Mon 02-15–Fri 02-19 ·
 *   Spring break Mon 03-29–Fri 04-02 · Memorial Day Mon 05-31
 * 2027-28: Mon 2027-08-23 … Fri 2028-06-09
 *   Labor Day Mon 09-06 · Veterans Day Thu 11-11 · Thanksgiving break Mon 11-22–Fri 11-26 ·
 *   Winter break Mon 12-20–Fri 12-31 · MLK Day Mon 2028-01-17 · Presidents' week Mon 02-21–Fri 02-25 ·
 *   Spring break Mon 03-27–Fri 03-31 · Memorial Day Mon 05-29
 */
export { DISTRICT_CALENDAR };

/** A date literal for tests (throws on a malformed one, so a typo cannot pass silently). */
export function d(text: string): IsoDate {
  return IsoDate.parse(text);
}

/** Caseload settings on the district calendar, with overrides (the calendar object is shared, so it compiles once). */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...Settings.parse(overrides), calendar: DISTRICT_CALENDAR };
}

const DEFAULT_SETTINGS = settingsWith();

/**
 * Runs one kind of rule of a pack (resolved against the federal baseline) for a student, the way the
 * engine does: settings values from `settings.ruleSettings`, else the declared defaults.
 */
export function runRule(
  pack: RulePack,
  kind: DeadlineKind,
  student: Omit<StudentRecord, 'studentId'>,
  settings: Settings = DEFAULT_SETTINGS,
): Result<RuleOutcome> | undefined {
  const ctx = ruleContext({ ...student, studentId: 'T1', state: pack.code as StudentRecord['state'] }, settings);
  if (!ctx.ok) throw new Error(ctx.error.message);
  const rule = ctx.value.rules.get(kind);
  if (!rule) throw new Error(`no ${kind} rule`);
  return rule.compute(ctx.value);
}

/** The due date of one kind of rule, or the failure reason / "not applicable" as a string (for `expect`). */
export function dueOf(
  pack: RulePack,
  kind: DeadlineKind,
  student: Omit<StudentRecord, 'studentId'>,
  settings?: Settings,
): string {
  const outcome = runRule(pack, kind, student, settings);
  if (outcome === undefined) return 'not applicable';
  return outcome.ok ? outcome.value.dueDate : `failed: ${outcome.error.message}`;
}

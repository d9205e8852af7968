import type { RuleSetting } from './timeline-rule.ts';

/** Plain names of the rule settings state packs declare, by the part of the id after the state code. */
const LABELS: Readonly<Record<string, string>> = {
  ageOfMajority: 'Age of majority (rights move to the student)',
  transitionAge: 'Transition planning in the IEP from age',
  meetingNoticeDays: "The state's meeting notice (days)",
  absenceAllowance: 'Absences allowed during the evaluation (school days)',
  ardSummerRule: 'ARD after a summer report: by the first day of fall classes',
  june30ArdSchoolDay: 'ARD after a June 30 report: by this school day in the fall',
  excludeWeekendsAroundBreaks: 'Weekends beside a long vacation stop the clock',
  summerCountedForConsentDaysBeforeYearEnd: 'Summer counted for consent this many days before the last school day',
};

/**
 * The name people read for a state pack's rule setting ("Age of majority (rights move to the student)"),
 * never its id; a setting without a known name is named by its description's first clause.
 *
 * @example ruleSettingLabel({ id: 'US.ageOfMajority', description: '…', default: 18, citation: '34 CFR 300.520(a)', verification: 'V' }) // 'Age of majority (rights move to the student)'
 */
export function ruleSettingLabel(setting: Pick<RuleSetting, 'id' | 'description'>): string {
  const known = LABELS[setting.id.slice(setting.id.indexOf('.') + 1)];
  if (known) return known;
  const clause = /^[^(.;:]+/.exec(setting.description)?.[0]?.trim();
  return clause || setting.description;
}

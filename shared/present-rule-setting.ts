import { getRulePack } from './rule-packs.ts';
import type { RuleSetting } from './timeline-rule.ts';

/** Plain names of the settings state packs declare, by the part of the id after the pack code. */
const NAMES: Record<string, string> = {
  ageOfMajority: 'Age rights transfer to the student',
  transitionAge: 'Age transition planning starts',
  meetingNoticeDays: 'Days of meeting notice required',
  excludeWeekendsAroundBreaks: 'Weekends next to a long break also stop the clock',
  absenceAllowance: 'School days of absence allowed during the evaluation',
  summerCountedForConsentDaysBeforeYearEnd: 'Summer counted when consent comes this many days before the last school day',
  ardSummerRule: 'ARD may wait until fall when day 30 falls in the summer',
  june30ArdSchoolDay: 'ARD by this school day after a June 30 report',
};

/** A rule setting as people read it: its name, and its default in words. */
export interface RuleSettingLook {
  /** "Age transition planning starts (Texas)": the state's name for a state's own setting, none for a federal one. */
  name: string;
  /** "18", "yes", "no", or "none" (a blank setting: the rule does not apply). */
  defaultText: string;
}

function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Za-z])(\d)/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The plain name and default of a rule setting a state pack declares (`TX.ardSummerRule`, …), for lists
 * people read (the sheet's Settings tab, the panel's settings): never the id.
 *
 * @example presentRuleSetting({ id: 'TX.transitionAge', default: 14, … }) // { name: 'Age transition planning starts (Texas)', defaultText: '14' }
 */
export function presentRuleSetting(setting: Pick<RuleSetting, 'id' | 'default'>): RuleSettingLook {
  const dot = setting.id.indexOf('.');
  const code = dot > 0 ? setting.id.slice(0, dot) : '';
  const key = dot > 0 ? setting.id.slice(dot + 1) : setting.id;
  const base = NAMES[key] ?? words(key);
  const pack = code && code !== 'US' ? getRulePack(code) : undefined;
  const name = pack?.ok ? `${base} (${pack.value.name})` : base;
  const d = setting.default;
  const defaultText = d === null ? 'none' : typeof d === 'boolean' ? (d ? 'yes' : 'no') : String(d);
  return { name, defaultText };
}

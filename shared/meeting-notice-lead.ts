import type { DayUnit } from './count-days.ts';
import type { RuleContext, RulePack, Verification } from './timeline-rule.ts';

/** How long before an IEP meeting its notice goes to the parent, and the rule that says so. */
export interface MeetingNoticeLead {
  days: number;
  unit: DayUnit;
  citation: string;
  verification: Verification;
}

/**
 * The meeting-notice lead time of a student's rules: the caseload's own `meetingNoticeDays` (calendar
 * days), else the state's (from its declared setting where the number is unverified); undefined where
 * no rule sets a day count (federal: "early enough", 34 CFR 300.322(a)).
 *
 * @example meetingNoticeLead(ilContext) // { days: 10, unit: 'calendar', citation: '23 IAC 226.530 (notice of meetings)', verification: 'S' }
 */
export function meetingNoticeLead(ctx: RuleContext & { pack: RulePack }): MeetingNoticeLead | undefined {
  if (ctx.settings.meetingNoticeDays !== undefined) {
    return { days: ctx.settings.meetingNoticeDays, unit: 'calendar', citation: 'Caseload setting (meeting notice days)', verification: 'S' };
  }
  const notice = ctx.pack.meetingNotice;
  if (!notice) return undefined;
  const days = notice.settingId ? ctx.setting<number | null>(notice.settingId) : notice.days;
  return days === null ? undefined : { days, unit: notice.unit, citation: notice.citation, verification: notice.verification };
}

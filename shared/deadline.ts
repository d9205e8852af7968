import type { IsoDate } from './iso-date.ts';
import type { DeadlineKind, Verification } from './timeline-rule.ts';

/** Where a deadline stands today. */
export type DeadlineStatus = 'overdue' | 'urgent' | 'soon' | 'upcoming' | 'done';

/** Why a date is what it is: the rule, its citation, the inputs used and notes on the count. */
export interface DeadlineBasis {
  ruleId: string;
  citation: string;
  verification: Verification;
  explanation: string;
  inputs: Record<string, string | number>;
  notes: string[];
}

/** One computed deadline for one student. */
export interface Deadline {
  studentId: string;
  kind: DeadlineKind;
  title: string;
  dueDate: IsoDate;
  /** Calendar days from today to the due date (negative when overdue). */
  daysLeft: number;
  /** School days after today up to the due date, when a school calendar covers it; else null. */
  schoolDaysLeft: number | null;
  status: DeadlineStatus;
  /** Hold the meeting-notice step by this date (due date minus the notice lead time), where one applies. */
  scheduleBy?: IsoDate;
  /** Earliest allowed date (reevaluation: not more than once a year). */
  earliest?: IsoDate;
  /** The recorded date that completed it. */
  completedOn?: IsoDate;
  basis: DeadlineBasis;
  /** Disagreements and cautions a teacher should see (e.g. the IEP system states another due date). */
  warnings: string[];
}

/** How each status looks everywhere (sheet, extension, terminal): colours that print and pass WCAG AA. */
export const STATUS_STYLES: Record<DeadlineStatus, { label: string; background: string; text: string; rank: number }> = {
  overdue: { label: 'Overdue', background: '#F4C7C3', text: '#7A1010', rank: 0 },
  urgent: { label: 'Urgent', background: '#FCE8B2', text: '#6B3A00', rank: 1 },
  soon: { label: 'Soon', background: '#FFF7CC', text: '#4D4000', rank: 2 },
  upcoming: { label: 'Upcoming', background: '#FFFFFF', text: '#1F1F1F', rank: 3 },
  done: { label: 'Done', background: '#E0E0E0', text: '#3C3C3C', rank: 4 },
};

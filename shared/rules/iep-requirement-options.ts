import type { IsoDate } from '../iso-date.ts';
import type { RuleContext, RuleOutcome } from '../timeline-rule.ts';
import { firstIepDue } from './first-iep-due.ts';

/** What an IEP requirement knows besides the record's IEP dates. */
export interface IepRequirementOptions {
  /** When the student has no IEP yet: the date the first one is due (see `firstIepDue`). */
  firstIep?: IsoDate;
  /** The date of the IEP the case manager confirmed holds the requirement (a tracker column). */
  confirmed?: IsoDate;
  /** The header of that column, for the "confirm" note. */
  confirmColumn?: string;
}

/** Where a requirement on an IEP falls: its due date and notes, done once confirmed, a "Confirm …" title when the current IEP is asked. */
export type IepRequirementOutcome = Pick<RuleOutcome, 'dueDate' | 'notes' | 'completedOn' | 'title'>;

/**
 * The first-IEP date and the confirmation a requirement on the IEP reads from the record.
 *
 * @example iepRequirementOptions(ctx, 'transitionConfirmed') // { confirmed: '2026-10-01' } when the Transition In IEP column holds that date
 */
export function iepRequirementOptions(ctx: RuleContext, confirmedKey: 'transitionConfirmed' | 'transferStatementConfirmed'): IepRequirementOptions {
  const first = firstIepDue(ctx);
  const confirmed = ctx.student[confirmedKey];
  return { ...(first ? { firstIep: first } : {}), ...(confirmed ? { confirmed } : {}) };
}

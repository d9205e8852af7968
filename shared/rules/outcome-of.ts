import type { CountedDate } from '../count-days.ts';
import type { RuleOutcome } from '../timeline-rule.ts';
import { skippedNotes } from './skipped-notes.ts';

/**
 * A counted outcome as a rule outcome, with the skipped windows as notes.
 *
 * @example outcomeOf({ date: '2026-12-04', skipped: ['winter break'] }, { consentDate: '2026-09-08' }).notes // ['Not counted: winter break.']
 */
export function outcomeOf(counted: CountedDate, inputs: Record<string, string | number>, notes: string[] = []): RuleOutcome {
  return { dueDate: counted.date, inputs, notes: [...skippedNotes(counted.skipped), ...notes] };
}

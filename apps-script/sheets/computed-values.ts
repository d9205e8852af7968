import { type Deadline, type StudentDeadlines, STATUS_STYLES, presentDatesInText, sortByUrgency } from '../../shared/index.ts';
import type { RowOutcome } from './interpret-rows.ts';
import { COMPUTED_COLUMNS } from './tracker-layout.ts';

/** Cell values for the computed columns of one row, by computed-column id (events and key excluded). */
export type ComputedCells = Record<string, string | number>;

/** The deadlines still to meet (not done), most urgent first. */
export function openDeadlines(result: StudentDeadlines | undefined): Deadline[] {
  return sortByUrgency((result?.deadlines ?? []).filter((d) => d.status !== 'done'));
}

/** "Why" text: the rule's explanation with its citation, then notes and warnings. */
export function describeBasis(d: Deadline): string {
  const parts = [`${d.basis.explanation} (${d.basis.citation})`];
  for (const note of d.basis.notes) parts.push(note);
  for (const warning of d.warnings) parts.push(`Check: ${warning}`);
  // Dates in the sentences as in the sheet's date cells (M/D/YYYY).
  return presentDatesInText(parts.join(' '));
}

/**
 * What Refresh writes into a row's computed columns: next deadline, due date, days left, status label,
 * basis, each kind's next due date, and notes in a teacher's words. A blank row gets empty cells; a row
 * with problems gets only its notes (no guessed dates).
 */
export function computedCells(outcome: RowOutcome, result: StudentDeadlines | undefined): ComputedCells {
  const cells: ComputedCells = {};
  for (const c of COMPUTED_COLUMNS) if (c.id !== 'events' && c.id !== 'rowKey') cells[c.id] = '';
  if (outcome.kind === 'blank') return cells;
  if (outcome.kind === 'problem') {
    cells.message = outcome.messages.join(' ');
    return cells;
  }
  const open = openDeadlines(result);
  const next = open[0];
  if (next) {
    cells.nextDeadline = next.title;
    cells.nextDue = next.dueDate;
    cells.daysLeft = next.daysLeft;
    cells.status = STATUS_STYLES[next.status].label;
    cells.why = describeBasis(next);
  } else if ((result?.deadlines ?? []).length > 0) {
    cells.status = STATUS_STYLES.done.label;
  }
  for (const d of open) {
    const id = `due:${d.kind}`;
    if (cells[id] === '') cells[id] = d.dueDate;
  }
  const notes = [...(result?.problems ?? [])];
  if (!next && notes.length === 0) notes.push('No deadline can be computed yet: add the IEP, evaluation or consent dates you know.');
  cells.message = notes.length > 0 ? notes.join(' ') : 'OK';
  return cells;
}

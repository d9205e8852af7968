import { type CaseManagerLoad, NO_CASE_MANAGER, type ServiceCompliance, type StudentDeadlines, sameCaseManager } from '../../shared/index.ts';
import { openDeadlines } from './computed-values.ts';
import type { RowOutcome } from './interpret-rows.ts';

/** The Team tab's header row. */
export const TEAM_HEADERS = [
  'Case manager',
  'Students',
  'Weighted score',
  'Cap',
  'Overdue',
  'Due in 30 days',
  'Minutes owed',
  'Service compliance %',
  'Notes',
] as const;

/**
 * The Team tab's rows, one per case manager (as the Case Manager column names them; "No case manager"
 * last): students counted, weighted score and cap (from `planWorkload`'s caseloads), overdue deadlines and
 * deadlines due in the next 30 days (from Refresh's deadlines), minutes owed and the share of required
 * service minutes delivered or not owed (from `computeServiceCompliance`). Rows that need fixing, students
 * who have left and services that cannot be computed are named in the notes, never dropped silently.
 *
 * @example teamRows(loads, outcomes, deadlines, compliance)[0]?.[0] // 'a.patel@example.org'
 */
export function teamRows(
  loads: readonly CaseManagerLoad[],
  outcomes: readonly RowOutcome[],
  deadlines: ReadonlyMap<number, StudentDeadlines>,
  compliance: readonly ServiceCompliance[],
): (string | number)[][] {
  const byStudent = new Map<string, StudentDeadlines>();
  for (const o of outcomes) {
    const d = deadlines.get(o.rowNumber);
    if (o.kind === 'ok' && o.studentId && d) byStudent.set(o.studentId, d);
  }
  const services = new Map<string, ServiceCompliance[]>();
  for (const c of compliance) services.set(c.studentId, [...(services.get(c.studentId) ?? []), c]);
  return loads.map((load) => {
    let overdue = 0;
    let soon = 0;
    let owed = 0;
    let required = 0;
    let covered = 0;
    let unknown = 0;
    for (const id of load.studentIds) {
      for (const d of openDeadlines(byStudent.get(id))) {
        if (d.status === 'overdue') overdue++;
        else if (d.daysLeft <= 30) soon++;
      }
      for (const s of services.get(id) ?? []) {
        if (s.status === 'unknown') {
          unknown++;
          continue;
        }
        owed += s.owedMinutes;
        if (s.requiredMinutes > 0) {
          required += s.requiredMinutes;
          covered += Math.min(s.requiredMinutes, s.deliveredMinutes + s.notOwedMinutes);
        }
      }
    }
    const notes: string[] = [];
    const fixing = outcomes.filter(
      (o) => o.kind === 'problem' && (load.caseManager === NO_CASE_MANAGER ? !o.caseManager : sameCaseManager(o.caseManager, load.caseManager)),
    );
    if (fixing.length > 0) notes.push(`${fixing.length} Caseload row${fixing.length === 1 ? ' needs' : 's need'} fixing and ${fixing.length === 1 ? 'is' : 'are'} not counted (row${fixing.length === 1 ? '' : 's'} ${fixing.map((o) => o.rowNumber).join(', ')}).`);
    if (unknown > 0) notes.push(`${unknown} service${unknown === 1 ? '' : 's'} cannot be computed (see the Services tab) and ${unknown === 1 ? 'is' : 'are'} not in the minutes.`);
    if (load.leftStudentIds.length > 0) notes.push(`${load.leftStudentIds.length} student${load.leftStudentIds.length === 1 ? ' has' : 's have'} left and ${load.leftStudentIds.length === 1 ? 'is' : 'are'} not counted.`);
    if (load.overCap) notes.push(`Over the cap by ${load.students - (load.cap?.maxStudents ?? 0)}.`);
    notes.push(...load.notes);
    const cap = load.cap ? `${load.cap.maxStudents} (${load.cap.title}; ${load.cap.citation})` : 'No cap set (a cap is never guessed)';
    return [
      load.caseManager,
      load.students,
      Math.round(load.weightedStudents * 10) / 10,
      cap,
      overdue,
      soon,
      owed,
      required > 0 ? Math.round((100 * covered) / required) : '',
      notes.join(' '),
    ];
  });
}

/** Writes the Team tab whole: the header row and one row per case manager in one write, old rows cleared. */
export function writeTeamTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (string | number)[][]): void {
  const cells = [[...TEAM_HEADERS], ...rows];
  const lastRow = sheet.getLastRow();
  sheet.getRange(1, 1, cells.length, TEAM_HEADERS.length).setValues(cells);
  if (lastRow > cells.length) sheet.getRange(cells.length + 1, 1, lastRow - cells.length, TEAM_HEADERS.length).clearContent();
  if (lastRow === 0) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, TEAM_HEADERS.length).setFontWeight('bold');
  }
}

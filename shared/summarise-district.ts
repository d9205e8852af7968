import type { Caseload } from './caseload.ts';
import { computeCaseloadDeadlines } from './compute-caseload-deadlines.ts';
import { computeServiceCompliance } from './compute-service-compliance.ts';
import type { IsoDate } from './iso-date.ts';
import { evaluateGoals } from './progress/evaluate-goals.ts';
import type { Settings } from './settings.ts';

/** One team's tracking sheet, read into a caseload. */
export interface TeamCaseload {
  /** The sheet's id or file name, as the reviewer gave it. */
  source: string;
  /** The sheet's title. */
  title: string;
  caseload: Caseload;
  settings: Settings;
}

/** One line of the district summary: a school and case manager, or a total. */
export interface DistrictRow {
  school: string;
  caseManager: string;
  students: number;
  /** Open deadlines past their due date. */
  overdue: number;
  /** Open deadlines due today or in the next 30 days. */
  dueIn30Days: number;
  minutesOwed: number;
  servicesBehind: number;
  /** Goals whose decision rule says to change instruction. */
  goalsNeedingChange: number;
  /** Students some deadline could not be computed for (each listed on their team's sheet). */
  studentsWithProblems: number;
  /** The team sheets these students came from. */
  sheets: string[];
}

/** The district summary: one row per school and case manager, the district total. */
export interface DistrictSummary {
  rows: DistrictRow[];
  total: DistrictRow;
}

/** What a student with no school or case manager on record is counted under (never dropped). */
export const NOT_RECORDED = '(not recorded)';

/**
 * Rolls up many teams' caseloads into one line per school and case manager: students, overdue deadlines,
 * deadlines due in 30 days, service minutes owed, services behind, goals needing an instructional change,
 * and students with problems. Every student of every sheet is counted once (under "(not recorded)" when
 * the school or case manager is blank); each team's own settings (state, calendar) apply to its students.
 *
 * @example summariseDistrict([{ source: 'id1', title: 'Lincoln', caseload, settings }], { today: '2026-11-23' }).total.students
 */
export function summariseDistrict(teams: readonly TeamCaseload[], options: { today: IsoDate }): DistrictSummary {
  const rows = new Map<string, DistrictRow>();
  const total = blank('All schools', 'All case managers');
  const rowFor = (school: string, caseManager: string) => {
    const key = `${school}\u0000${caseManager}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = blank(school, caseManager)));
    return row;
  };
  for (const team of teams) {
    const { caseload, settings } = team;
    const where = new Map(caseload.students.map((s) => [s.studentId, rowFor(s.school?.trim() || NOT_RECORDED, s.caseManager?.trim() || NOT_RECORDED)]));
    const add = (studentId: string, field: keyof Omit<DistrictRow, 'school' | 'caseManager' | 'sheets'>, amount = 1) => {
      const row = where.get(studentId);
      if (!row) return; // a row naming an unknown student is reported by the sheet's own checks
      row[field] += amount;
      total[field] += amount;
    };
    for (const student of caseload.students) {
      add(student.studentId, 'students');
      const row = where.get(student.studentId) as DistrictRow;
      if (!row.sheets.includes(team.title)) row.sheets.push(team.title);
    }
    if (!total.sheets.includes(team.title)) total.sheets.push(team.title);
    const { deadlines, problems } = computeCaseloadDeadlines(caseload, settings, options.today);
    for (const d of deadlines) {
      if (d.status === 'overdue') add(d.studentId, 'overdue');
      else if (d.daysLeft >= 0 && d.daysLeft <= 30) add(d.studentId, 'dueIn30Days');
    }
    for (const id of new Set(problems.map((p) => p.studentId))) add(id, 'studentsWithProblems');
    for (const service of computeServiceCompliance(caseload, { settings, today: options.today })) {
      add(service.studentId, 'minutesOwed', service.owedMinutes);
      if (service.status === 'behind') add(service.studentId, 'servicesBehind');
    }
    for (const goal of evaluateGoals(caseload, { settings, today: options.today })) {
      if (goal.verdict === 'change-instruction') add(goal.studentId, 'goalsNeedingChange');
    }
  }
  const sorted = [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.minutesOwed - a.minutesOwed || a.school.localeCompare(b.school) || a.caseManager.localeCompare(b.caseManager));
  return { rows: sorted, total };
}

function blank(school: string, caseManager: string): DistrictRow {
  return { school, caseManager, students: 0, overdue: 0, dueIn30Days: 0, minutesOwed: 0, servicesBehind: 0, goalsNeedingChange: 0, studentsWithProblems: 0, sheets: [] };
}

import {
  type CaseManagerLoad,
  type DateStyle,
  NO_CASE_MANAGER,
  type ServiceCompliance,
  type StudentDeadlines,
  WORK_KIND_INFO,
  type WorkloadPlan,
  presentDate,
  sameCaseManager,
} from '../../shared/index.ts';
import { openDeadlines } from './computed-values.ts';
import type { RowOutcome } from './interpret-rows.ts';
import { chartIsCurrent } from './chart-is-current.ts';
import { ensureColumns, ensureRows } from './table-tab.ts';
import type { TeamWorkload } from './team-workload.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number;

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

/** The header of each workload section's weekly table (the chart's range) and of its suggestions. */
export const WORKLOAD_HEADERS = ['Week of', 'Hours of work', 'With the suggested moves', 'Capacity (hours)'] as const;
export const MOVE_HEADERS = ['Student', 'Work', 'Due', 'Planned for', 'Suggested', 'Why'] as const;

/** Rows from a section's title to its suggestions (the chart beside the weekly table is about this tall). */
const CHART_ROWS = 19;
/** The column the charts are anchored in: right of the weekly table. */
const CHART_COLUMN = 6;
const WIDTH = TEAM_HEADERS.length;

/** One workload section of the Team tab: where its weekly table is, and its chart's title. */
export interface WorkloadBlock {
  /** The section's title row. */
  row: number;
  /** The weekly table's header row and its number of weeks. */
  tableRow: number;
  weeks: number;
  title: string;
}

/**
 * The Team tab's cells, top to bottom: the per-case-manager table (see {@link teamRows}), then a workload
 * section for the whole team (only with several case managers) and one per case manager, each with a
 * title line in plain words (hours a week, the busiest week, the weeks over), a weekly table (week, hours,
 * hours with the suggested moves, capacity: the chart's data) and the suggested moves (student, work,
 * due date, planned date, suggested date, why). Every row is `TEAM_HEADERS.length` wide, for one write.
 *
 * @example teamTabCells(rows, workload, { names, dateStyle: 'us' }).blocks[0]?.title // 'a.patel@example.org: hours of work a week against 10 h'
 */
export function teamTabCells(
  rows: readonly Cell[][],
  workload: TeamWorkload,
  options: { names: ReadonlyMap<string, string>; dateStyle: DateStyle },
): { cells: Cell[][]; blocks: WorkloadBlock[] } {
  const cells: Cell[][] = [[...TEAM_HEADERS], ...rows.map((r) => [...r])];
  const blocks: WorkloadBlock[] = [];
  const day = (d: string) => presentDate(d, options.dateStyle);
  const push = (...row: Cell[]) => cells.push([...row, ...new Array<Cell>(Math.max(0, WIDTH - row.length)).fill('')]);
  const section = (who: string, capacityHours: number, plan: WorkloadPlan, own: boolean) => {
    push();
    const row = cells.length + 1;
    const { before } = plan;
    const busiest = before.weeks.find((w) => w.hours === before.peakHours && w.hours > 0);
    const over = before.overloaded.length;
    push(
      [
        `Workload, ${who}: ${capacityHours} h a week${own ? '' : ' together'} for the next ${before.weeks.length} school weeks.`,
        busiest ? `Busiest week: ${plan.peakBefore} h (week of ${day(busiest.weekStart)}).` : 'No work in these weeks.',
        over ? `${over} week${over === 1 ? '' : 's'} over capacity: ${before.overloaded.map(day).join(', ')}.` : 'No week over capacity.',
        plan.moves.length && own ? `With the suggested moves, the busiest week is ${plan.peakAfter} h.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    if (plan.notes.length) push(plan.notes.join(' '));
    const tableRow = cells.length + 1;
    push(...WORKLOAD_HEADERS);
    before.weeks.forEach((w, i) => push(w.weekStart, w.hours, plan.after.weeks[i]?.hours ?? w.hours, w.capacityHours));
    while (cells.length + 1 - row < CHART_ROWS) push();
    blocks.push({ row, tableRow, weeks: before.weeks.length, title: `${who}: hours of work a week against ${capacityHours} h` });
    if (!own) {
      push('Suggested moves: each case manager\'s own, below.');
      return;
    }
    push(...MOVE_HEADERS);
    for (const m of plan.moves) {
      push(options.names.get(m.studentId) ?? `Student ${m.studentId}`, WORK_KIND_INFO[m.kind].title, m.dueDate, m.from, m.to, m.reason);
    }
    if (plan.moves.length === 0) {
      push(over ? 'No move helps: the work over capacity is fixed (scheduled meetings, evaluations, overdue work) or every earlier week is full.' : 'No move needed.');
    }
  };
  if (workload.people.length > 1) {
    const named = workload.team.caseManagers.length;
    section(`whole team (${named} case manager${named === 1 ? '' : 's'})`, workload.team.capacityHours, workload.team, false);
  }
  for (const p of workload.people) section(p.caseManager, p.capacityHours, p.plan, true);
  return { cells, blocks };
}

/**
 * Writes the Team tab whole in one write (old rows below cleared), then one native chart per workload
 * section: the hours of each week as bars (as planned, and with the suggested moves) against the capacity
 * as a line, anchored beside its weekly table. Charts already there are kept and changed only when their
 * range, place or title moved; extra ones are removed. The charts read the cells, so they follow each
 * Refresh without being rebuilt.
 */
export function writeTeamTab(sheet: Sheet, tab: { cells: readonly Cell[][]; blocks: readonly WorkloadBlock[] }): { charts: number } {
  const { cells, blocks } = tab;
  const lastRow = sheet.getLastRow();
  ensureRows(sheet, cells.length);
  ensureColumns(sheet, Math.max(WIDTH, CHART_COLUMN + 6));
  sheet.getRange(1, 1, cells.length, WIDTH).setValues(cells as Cell[][]);
  if (lastRow > cells.length) sheet.getRange(cells.length + 1, 1, lastRow - cells.length, WIDTH).clearContent();
  if (lastRow === 0) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, WIDTH).setFontWeight('bold');
  }
  const existing = sheet.getCharts();
  blocks.forEach((block, i) => {
    const range = sheet.getRange(block.tableRow, 1, block.weeks + 1, WORKLOAD_HEADERS.length);
    const chart = existing[i];
    if (chartIsCurrent(chart, block.tableRow, range, block.title)) return;
    const builder = (chart ? chart.modify().clearRanges() : sheet.newChart())
      .asComboChart()
      .addRange(range)
      .setPosition(block.tableRow, CHART_COLUMN, 0, 0)
      .setNumHeaders(1)
      .setOption('title', block.title)
      .setOption('seriesType', 'bars')
      .setOption('series', { 0: { color: '#5F6368' }, 1: { color: '#BDC1C6' }, 2: { type: 'line', color: '#C5221F', lineWidth: 2, pointSize: 0 } })
      .setOption('vAxis', { title: 'Hours', minValue: 0 })
      .setOption('legend', { position: 'bottom' })
      .setOption('width', 560)
      .setOption('height', 320);
    if (chart) sheet.updateChart(builder.build());
    else sheet.insertChart(builder.build());
  });
  for (const extra of existing.slice(blocks.length)) sheet.removeChart(extra);
  return { charts: blocks.length };
}

import { sameCaseManager } from './same-case-manager.ts';
import { addCalendarDays } from './add-calendar-days.ts';
import type { Caseload } from './caseload.ts';
import type { IsoDate } from './iso-date.ts';
import { levelWorkload, type LevelledWorkload } from './level-workload.ts';
import type { Settings } from './settings.ts';
import { type CaseManagerLoad, weighCaseloads } from './weigh-caseloads.ts';
import { type WorkItem, workItems } from './work-items.ts';
import { WORK_KINDS } from './workload-settings.ts';

/** Options for {@link planWorkload}. */
export interface PlanWorkloadOptions {
  settings: Settings;
  today: IsoDate;
  /** Weeks to forecast; default `settings.workload.weeks`. */
  weeks?: number;
  /** Hours a week of case-management time per case manager; overrides the settings for everyone. */
  capacityHours?: number;
  /** Only this case manager's students (as the Case Manager column names them, any case). */
  caseManager?: string;
}

/** The workload of a caseload: its work, the forecast before and after levelling, and the suggested moves. */
export interface WorkloadPlan extends LevelledWorkload {
  items: WorkItem[];
  /** The case managers counted (each brings their own capacity); empty when none is recorded. */
  caseManagers: string[];
  /** Each case manager's caseload counted, weighted and compared with the cap of their caseload type. */
  caseloads: CaseManagerLoad[];
  /** Hours of a full school week for everyone counted. */
  capacityHours: number;
  /** Week starts over capacity before any move. */
  overloaded: IsoDate[];
  problems: { studentId: string; problem: string }[];
  notes: string[];
}

/**
 * The whole workload step for a caseload (or one case manager's students): work items through the
 * forecast window, the weekly forecast against capacity, the levelling suggestions, and each case
 * manager's weighted caseload against the cap of their caseload type. With several
 * case managers the capacity is the sum of theirs (each from `settings.workload.caseManagers`, else the
 * caseload's `capacityHours`).
 *
 * @example planWorkload(caseload, { settings, today: '2026-11-23' }).overloaded
 */
export function planWorkload(caseload: Caseload, options: PlanWorkloadOptions): WorkloadPlan {
  const { settings, today } = options;
  const weeks = options.weeks ?? settings.workload.weeks;
  const scoped: Caseload = options.caseManager
    ? (() => {
        const ids = new Set(caseload.students.filter((s) => sameCaseManager(s.caseManager, options.caseManager as string)).map((s) => s.studentId));
        const keep = <T extends { studentId: string }>(rows: readonly T[]) => rows.filter((r) => ids.has(r.studentId));
        return {
          students: keep(caseload.students),
          services: keep(caseload.services),
          sessions: keep(caseload.sessions),
          goals: keep(caseload.goals),
          goalData: keep(caseload.goalData),
          accommodations: keep(caseload.accommodations),
          checks: keep(caseload.checks),
          contacts: keep(caseload.contacts),
        };
      })()
    : caseload;
  const longest = Math.max(...WORK_KINDS.map((k) => settings.workload.effort[k].spreadWeeks));
  const until = addCalendarDays(today, (weeks + longest) * 7);
  const work = workItems(scoped, { settings, today, until });
  const spellings = new Map<string, string>();
  for (const s of scoped.students) {
    const name = s.caseManager?.trim();
    if (name && !spellings.has(name.toLowerCase())) spellings.set(name.toLowerCase(), name);
  }
  const names = [...spellings.values()].sort();
  const own = (name: string) => Object.entries(settings.workload.caseManagers).find(([n]) => sameCaseManager(n, name))?.[1];
  const capacityOf = (name: string) => options.capacityHours ?? own(name)?.capacityHours ?? settings.workload.capacityHours;
  const capacityHours = names.length ? names.reduce((sum, n) => sum + capacityOf(n), 0) : (options.capacityHours ?? settings.workload.capacityHours);
  const levelled = levelWorkload(work.items, { settings, today, weeks, capacityHours });
  const notes = [...work.notes, ...levelled.before.notes];
  if (names.length > 1) notes.push(`${names.length} case managers: the capacity is the sum of theirs (${capacityHours} h a full week).`);
  if (options.caseManager && scoped.students.length === 0) notes.push(`No student has "${options.caseManager}" as case manager.`);
  const windowEnd = addCalendarDays(today, weeks * 7);
  const caseloads = weighCaseloads(
    scoped,
    work.items.filter((i) => i.date < windowEnd),
    { settings, today },
  );
  return { ...levelled, items: work.items, caseloads, caseManagers: names, capacityHours, problems: work.problems, notes, overloaded: levelled.before.overloaded };
}

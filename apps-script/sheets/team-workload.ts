import { type Caseload, type IsoDate, NO_CASE_MANAGER, type Settings, type WorkloadPlan, planWorkload, sameCaseManager } from '../../shared/index.ts';

/** One case manager's own workload: their students only, against their own hours. */
export interface CaseManagerWorkload {
  /** As the Case Manager column names them ("No case manager" for students without one). */
  caseManager: string;
  /** Their hours a week of case-management time (a full school week). */
  capacityHours: number;
  plan: WorkloadPlan;
}

/** The workload of a shared sheet: the whole team's and each case manager's own. */
export interface TeamWorkload {
  /** Every student; the capacity is the sum of the case managers' hours. Its `caseloads` are the Team tab's rows. */
  team: WorkloadPlan;
  /** One per row of the Team tab, in the same order. */
  people: CaseManagerWorkload[];
  /** Settings that name nobody on the sheet, in a teacher's words. */
  problems: string[];
}

type Rows = { [K in keyof Caseload]: Caseload[K][number][] };

/**
 * Each case manager's workload on a shared sheet: the team's plan (every student, against the sum of
 * everyone's hours) and, per case manager as the Case Manager column names them, a plan of their own
 * students against their own hours (the Settings tab's "Work hours a week, by case manager", matched in
 * any case, else "Work hours a week"). Students without a case manager get their own plan at the usual
 * hours, so their work is never hidden. Each plan's suggested moves are that person's to make.
 *
 * @example teamWorkload(caseload, { settings, today: '2026-11-23' }).people[0]?.plan.moves
 */
export function teamWorkload(caseload: Caseload, options: { settings: Settings; today: IsoDate }): TeamWorkload {
  const { today } = options;
  const own = options.settings.workload.caseManagers;
  const spellings = [...new Set(caseload.students.map((s) => s.caseManager?.trim()).filter((n): n is string => Boolean(n)))];
  const hoursOf = (name: string) => Object.entries(own).find(([key]) => sameCaseManager(key, name))?.[1];
  // The settings keyed by the Case Manager column's own spelling, so "A.Patel@…" in Settings finds "a.patel@…".
  const caseManagers: Settings['workload']['caseManagers'] = {};
  for (const n of spellings) {
    const entry = hoursOf(n);
    if (entry) caseManagers[n] = entry;
  }
  const settings: Settings = { ...options.settings, workload: { ...options.settings.workload, caseManagers } };
  const problems = Object.keys(own)
    .filter((key) => !spellings.some((n) => sameCaseManager(key, n)))
    .map((key) => `Settings, "Work hours a week, by case manager": nobody on the Caseload tab has "${key}" as case manager, so those hours are not used.`);
  const team = planWorkload(caseload, { settings, today });

  const byStudent = new Map<string, Rows>();
  const tables = Object.keys(caseload) as (keyof Caseload)[];
  for (const table of tables) {
    for (const row of caseload[table] as readonly { studentId: string }[]) {
      let rows = byStudent.get(row.studentId);
      if (!rows) byStudent.set(row.studentId, (rows = Object.fromEntries(tables.map((t) => [t, []])) as unknown as Rows));
      (rows[table] as unknown[]).push(row);
    }
  }
  const people = team.caseloads.map((load) => {
    const scoped = Object.fromEntries(tables.map((t) => [t, []])) as unknown as Rows;
    for (const id of [...load.studentIds, ...load.leftStudentIds]) {
      const rows = byStudent.get(id);
      if (rows) for (const t of tables) (scoped[t] as unknown[]).push(...(rows[t] as unknown[]));
    }
    const capacityHours = load.caseManager === NO_CASE_MANAGER ? settings.workload.capacityHours : (hoursOf(load.caseManager)?.capacityHours ?? settings.workload.capacityHours);
    return { caseManager: load.caseManager, capacityHours, plan: planWorkload(scoped as Caseload, { settings, today, capacityHours }) };
  });
  return { team, people, problems };
}

import { type Caseload, type IsoDate, NO_CASE_MANAGER, type Settings, type WorkloadForecast, type WorkloadPlan, planWorkload, sameCaseManager, weighCaseloads } from '../../shared/index.ts';

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
  /**
   * The whole team: each week the sum of everyone's hours (as planned, and with each person's own
   * suggested moves) against the sum of their hours. Its `caseloads` are the Team tab's rows; it suggests
   * no moves of its own (each move is a case manager's).
   */
  team: WorkloadPlan;
  /** One per row of the Team tab, in the same order. */
  people: CaseManagerWorkload[];
  /** Settings that name nobody on the sheet, in a teacher's words. */
  problems: string[];
}

type Rows = { [K in keyof Caseload]: Caseload[K][number][] };

/**
 * Each case manager's workload on a shared sheet: per case manager as the Case Manager column names them,
 * a plan of their own students against their own hours (the Settings tab's "Work hours a week, by case
 * manager", matched in any case, else "Work hours a week"), and the team's weeks as the sum of theirs.
 * Students without a case manager get their own plan at the usual hours, so their work is never hidden.
 * Each plan's suggested moves are that person's to make.
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

  const byStudent = new Map<string, Rows>();
  const tables = Object.keys(caseload) as (keyof Caseload)[];
  for (const table of tables) {
    for (const row of caseload[table] as readonly { studentId: string }[]) {
      let rows = byStudent.get(row.studentId);
      if (!rows) byStudent.set(row.studentId, (rows = Object.fromEntries(tables.map((t) => [t, []])) as unknown as Rows));
      (rows[table] as unknown[]).push(row);
    }
  }
  // The groups and their order, as the Team tab's rows have them (no work needed for that).
  const groups = weighCaseloads(caseload, [], { settings, today });
  const people = groups.map((load) => {
    const scoped = Object.fromEntries(tables.map((t) => [t, []])) as unknown as Rows;
    for (const id of [...load.studentIds, ...load.leftStudentIds]) {
      const rows = byStudent.get(id);
      if (rows) for (const t of tables) (scoped[t] as unknown[]).push(...(rows[t] as unknown[]));
    }
    const capacityHours = load.caseManager === NO_CASE_MANAGER ? settings.workload.capacityHours : (hoursOf(load.caseManager)?.capacityHours ?? settings.workload.capacityHours);
    return { caseManager: load.caseManager, capacityHours, plan: planWorkload(scoped as Caseload, { settings, today, capacityHours }) };
  });
  return { team: sumPlans(people, settings), people, problems };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The team's plan: every week's hours and capacity summed over its case managers' own plans. */
function sumPlans(people: readonly CaseManagerWorkload[], settings: Settings): WorkloadPlan {
  const named = people.filter((p) => p.caseManager !== NO_CASE_MANAGER);
  const capacityHours = named.length ? named.reduce((n, p) => n + p.capacityHours, 0) : settings.workload.capacityHours;
  const sum = (pick: (plan: WorkloadPlan) => WorkloadForecast): WorkloadForecast => {
    const first = people[0] ? pick(people[0].plan) : undefined;
    const weeks = (first?.weeks ?? []).map((w, i) => {
      let hours = 0;
      let capacity = 0;
      for (const p of people) {
        hours += pick(p.plan).weeks[i]?.hours ?? 0;
        if (p.caseManager !== NO_CASE_MANAGER || named.length === 0) capacity += pick(p.plan).weeks[i]?.capacityHours ?? 0;
      }
      return { weekStart: w.weekStart, schoolDays: w.schoolDays, hours: round2(hours), capacityHours: round2(capacity), items: people.flatMap((p) => pick(p.plan).weeks[i]?.items ?? []) };
    });
    return {
      weeks,
      overloaded: weeks.filter((w) => w.hours > w.capacityHours + 1e-9).map((w) => w.weekStart),
      peakHours: round2(Math.max(0, ...weeks.map((w) => w.hours))),
      notes: first?.notes ?? [],
    };
  };
  const before = sum((p) => p.before);
  const after = sum((p) => p.after);
  const notes = [...new Set(people.flatMap((p) => p.plan.notes))];
  if (named.length > 1) notes.push(`${named.length} case managers: the capacity is the sum of theirs (${capacityHours} h a full week), and "with the suggested moves" is everyone's own moves together.`);
  return {
    before,
    after,
    moves: [],
    peakBefore: before.peakHours,
    peakAfter: after.peakHours,
    items: people.flatMap((p) => p.plan.items),
    caseManagers: named.map((p) => p.caseManager),
    caseloads: people.flatMap((p) => p.plan.caseloads),
    capacityHours,
    overloaded: before.overloaded,
    problems: people.flatMap((p) => p.plan.problems),
    notes,
  };
}

import { sameCaseManager } from './same-case-manager.ts';
import { CASELOAD_CAPS } from './caseload-caps.ts';
import type { Caseload } from './caseload.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';
import type { Verification } from './timeline-rule.ts';
import type { WorkItem } from './work-items.ts';

/** The cap a case manager's caseload is compared with, and where it comes from. */
export interface AppliedCap {
  /** The caseload type named in the settings. */
  id: string;
  title: string;
  maxStudents: number;
  /** The law, or "your setting" for a district or contract cap. */
  citation: string;
  verification: Verification | 'setting';
  note?: string;
}

/** One case manager's caseload, counted and weighted. */
export interface CaseManagerLoad {
  /** The name in the Case Manager column, or "No case manager". */
  caseManager: string;
  /** Every student counted (students who have left are not). */
  studentIds: string[];
  students: number;
  /** Scheduled service minutes of a full week (each student's busiest week in the window), summed. */
  serviceMinutesPerWeek: number;
  /** Hours of work in the forecast window. */
  upcomingHours: number;
  /** Each student counts one, plus their service minutes and upcoming work (see `settings.workload.weights`). */
  weightedStudents: number;
  /** The cap for the caseload type the settings name; null when none is named (no cap is guessed). */
  cap: AppliedCap | null;
  /** More students than the cap allows; null without a cap. */
  overCap: boolean | null;
  /** Students of this case manager who have left (exit date today or earlier): listed, not counted. */
  leftStudentIds: string[];
  /** What a reader should know (an unknown caseload type, a cap from another state). */
  notes: string[];
}

/** Options for {@link weighCaseloads}. */
export interface WeighCaseloadsOptions {
  settings: Settings;
  today: IsoDate;
}

/** Label of students with no case manager recorded. */
export const NO_CASE_MANAGER = 'No case manager';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The cap a caseload type names: a number of the user's own in `settings.workload.caps` wins (a district or
 * contract cap, or another number for a codified one marked S or U), else the codified cap with its
 * citation. Undefined for an unknown type.
 *
 * @example capFor('CA.resource-specialist', settings)?.maxStudents // 28
 */
export function capFor(type: string, settings: Settings): AppliedCap | undefined {
  const law = CASELOAD_CAPS.find((c) => c.id.toLowerCase() === type.trim().toLowerCase());
  const own = Object.entries(settings.workload.caps).find(([id]) => id.toLowerCase() === type.trim().toLowerCase());
  if (own) {
    return {
      id: own[0],
      title: law?.title ?? own[0],
      maxStudents: own[1],
      citation: law ? `your setting (the law: ${law.maxStudents}, ${law.citation})` : 'your setting',
      verification: 'setting',
    };
  }
  if (!law) return undefined;
  return { id: law.id, title: law.title, maxStudents: law.maxStudents, citation: law.citation, verification: law.verification, ...(law.note ? { note: law.note } : {}) };
}

/**
 * Each case manager's caseload: head count, weekly service minutes, upcoming work, a weighted count, and
 * the head count against the cap of the caseload type the settings name for them (their own
 * `caseManagers[name].caseloadType`, else the caseload-wide `caseloadType`). A cap is never guessed: with
 * no type named, `cap` is null. Every student appears under exactly one case manager: counted, or listed
 * as having left.
 * Ordered by case manager name, "No case manager" last.
 *
 * @example weighCaseloads(caseload, items, { settings, today })[0] // { caseManager: 'a.patel@example.org', students: 14, weightedStudents: 19.5, cap: null, … }
 */
export function weighCaseloads(caseload: Caseload, items: readonly WorkItem[], options: WeighCaseloadsOptions): CaseManagerLoad[] {
  const { settings, today } = options;
  const { weights } = settings.workload;
  const groups = new Map<string, string[]>();
  const managerOf = new Map<string, string>();
  const left = new Map<string, string[]>();
  // One case manager however the column spells them ("A.Patel@…" and "a.patel@…"): the first spelling names the row.
  const spelling = new Map<string, string>();
  for (const s of caseload.students) {
    const typed = s.caseManager?.trim() || NO_CASE_MANAGER;
    const name = spelling.get(typed.toLowerCase()) ?? typed;
    spelling.set(typed.toLowerCase(), name);
    if (s.exitDate && s.exitDate <= today) {
      const list = left.get(name) ?? [];
      list.push(s.studentId);
      left.set(name, list);
      continue;
    }
    const list = groups.get(name) ?? [];
    list.push(s.studentId);
    groups.set(name, list);
    managerOf.set(s.studentId, name);
  }
  const minutesByWeek = new Map<string, Map<IsoDate, number>>();
  const hours = new Map<string, number>();
  for (const item of items) {
    if (!managerOf.has(item.studentId)) continue;
    if (item.kind === 'service-minutes') {
      const minutes = item.serviceMinutes ?? 0;
      const weeks = minutesByWeek.get(item.studentId) ?? new Map<IsoDate, number>();
      weeks.set(item.date, minutes);
      minutesByWeek.set(item.studentId, weeks);
    } else {
      hours.set(item.studentId, (hours.get(item.studentId) ?? 0) + item.hours);
    }
  }
  for (const name of left.keys()) if (!groups.has(name)) groups.set(name, []);
  const names = [...groups.keys()].sort((a, b) => (a === NO_CASE_MANAGER ? 1 : b === NO_CASE_MANAGER ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const ids = groups.get(name) as string[];
    let minutes = 0;
    let upcoming = 0;
    for (const id of ids) {
      minutes += Math.max(0, ...(minutesByWeek.get(id)?.values() ?? []));
      upcoming += hours.get(id) ?? 0;
    }
    const weighted = ids.length + minutes / weights.serviceMinutesPerStudent + upcoming / weights.workHoursPerStudent;
    const notes: string[] = [];
    const own = Object.entries(settings.workload.caseManagers).find(([n]) => sameCaseManager(n, name))?.[1];
    const type = own?.caseloadType ?? settings.workload.caseloadType;
    let cap: AppliedCap | null = null;
    if (type) {
      cap = capFor(type, settings) ?? null;
      if (!cap) notes.push(`No cap is known for the caseload type "${type}": add its number to the workload caps in the settings.`);
      const law = CASELOAD_CAPS.find((c) => c.id === cap?.id);
      if (law && settings.state && law.state !== settings.state) notes.push(`${law.title}: this cap is ${law.state} law, and this caseload's state is ${settings.state}.`);
      if (law && law.verification !== 'V') notes.push(`${law.citation} was not re-read for this release (${law.verification}): check the number, or set your own.`);
    }
    return {
      caseManager: name,
      studentIds: ids,
      students: ids.length,
      serviceMinutesPerWeek: Math.round(minutes),
      upcomingHours: round2(upcoming),
      weightedStudents: round2(weighted),
      cap,
      overCap: cap ? ids.length > cap.maxStudents : null,
      leftStudentIds: left.get(name) ?? [],
      notes,
    };
  });
}

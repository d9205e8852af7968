import type { AccommodationCheck } from './accommodation-check.ts';
import type { AccommodationRecord } from './accommodation-record.ts';
import type { IsoDate } from './iso-date.ts';

/** Counts of implementation checks and the fidelity they give. */
export interface FidelityCounts {
  implemented: number;
  notImplemented: number;
  /** Not counted in fidelity (the accommodation did not apply that day: no test given, …). */
  notApplicable: number;
  /** implemented ÷ (implemented + not implemented), 0 to 1; null when there is no applicable check. */
  fidelity: number | null;
}

/** Fidelity of one accommodation over a period, overall and per class or setting. */
export interface AccommodationFidelity extends FidelityCounts {
  accommodationId: string;
  /** The accommodation record; absent when checks name an accommodation that is not on the IEP list. */
  accommodation?: AccommodationRecord;
  /** Per class or setting, in the order first seen; checks with no class are under "Not stated". */
  byClass: (FidelityCounts & { classOrSetting: string })[];
  /** The checks where it was not implemented, newest first: what to talk about. */
  misses: AccommodationCheck[];
}

/** What `accommodationFidelity` counts: a student's accommodations and their checks. */
export interface FidelityInput {
  accommodations: readonly AccommodationRecord[];
  checks: readonly AccommodationCheck[];
}

const NO_CLASS = 'Not stated';

/**
 * Implementation fidelity per accommodation and per class or setting over a period (district practice,
 * reference case-management §3): implemented ÷ (implemented + not implemented), with not-applicable
 * checks left out and every not-implemented check listed. Every accommodation appears, checked or not
 * (fidelity null: "no checks"); checks of an accommodation missing from the list appear too.
 *
 * @param input the accommodations and their checks (one student's, or several students')
 * @param options `from`/`to`: the period, inclusive (default: every check)
 * @example accommodationFidelity({ accommodations: [acc], checks: [yes, yes, no, na] })[0]?.fidelity // 2/3
 */
export function accommodationFidelity(input: FidelityInput, options: { from?: IsoDate; to?: IsoDate } = {}): AccommodationFidelity[] {
  const out = new Map<string, AccommodationFidelity>();
  const entry = (id: string, accommodation?: AccommodationRecord): AccommodationFidelity => {
    let found = out.get(id);
    if (!found) {
      found = { accommodationId: id, implemented: 0, notImplemented: 0, notApplicable: 0, fidelity: null, byClass: [], misses: [] };
      if (accommodation) found.accommodation = accommodation;
      out.set(id, found);
    }
    return found;
  };
  for (const a of input.accommodations) entry(a.accommodationId, a);
  for (const check of input.checks) {
    if ((options.from && check.date < options.from) || (options.to && check.date > options.to)) continue;
    const row = entry(check.accommodationId);
    const where = check.classOrSetting ?? NO_CLASS;
    let cls = row.byClass.find((c) => c.classOrSetting === where);
    if (!cls) {
      cls = { classOrSetting: where, implemented: 0, notImplemented: 0, notApplicable: 0, fidelity: null };
      row.byClass.push(cls);
    }
    tally(row, check.result);
    tally(cls, check.result);
    if (check.result === 'not-implemented') row.misses.push(check);
  }
  for (const row of out.values()) {
    row.fidelity = fidelityOf(row);
    for (const cls of row.byClass) cls.fidelity = fidelityOf(cls);
    row.misses.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }
  return [...out.values()];
}

function tally(counts: FidelityCounts, result: AccommodationCheck['result']): void {
  if (result === 'implemented') counts.implemented++;
  else if (result === 'not-implemented') counts.notImplemented++;
  else counts.notApplicable++;
}

function fidelityOf(counts: FidelityCounts): number | null {
  const applicable = counts.implemented + counts.notImplemented;
  return applicable === 0 ? null : counts.implemented / applicable;
}

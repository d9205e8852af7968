/** How the teacher settled one conflict: their version goes to the sheet, or the sheet's comes here. */
export type Resolution = 'mine' | 'sheet';

/** One row changed on both sides since the last sync (a missing side was deleted there). */
export interface RowConflict<R> {
  id: string;
  base?: R;
  local?: R;
  remote?: R;
}

/** What a sync does with each row: the three-way comparison of base, this panel and the sheet. */
export interface RowComparison<R> {
  /** Rows to write to the sheet (`isNew`: not in the sheet, so appended). */
  push: { id: string; record: R; isNew: boolean }[];
  /** Rows to take from the sheet into the panel. */
  pull: { id: string; record: R }[];
  /** Rows changed on both sides: shown to the teacher, never overwritten. */
  conflicts: RowConflict<R>[];
  /** Gone from the sheet, unchanged here: kept here, nothing written. */
  keptHere: string[];
  /** Deleted here, unchanged in the sheet: left in the sheet (the team's), nothing written. */
  leftInSheet: string[];
  /** Rows the sheet holds back (a bad cell there): nothing moves either way. */
  held: string[];
  /** What both sides hold after this sync: the next sync's base. */
  base: Map<string, R>;
}

/**
 * Compares every row three ways: the base (what both sides held after the last sync), this panel, and
 * the sheet. A row changed on one side only goes to the other side; a row changed on both sides
 * (differently) is a conflict, settled only by the teacher's `resolutions`; a row deleted on one side is
 * never deleted on the other. Rows are matched by id key; `same` says whether two versions are equal.
 *
 * @example compareRows(new Map([['a', 1]]), new Map([['a', 2]]), new Map([['a', 1]]), { same: (x, y) => x === y }).push // [{ id: 'a', record: 2, isNew: false }]
 */
export function compareRows<R>(
  base: ReadonlyMap<string, R>,
  local: ReadonlyMap<string, R>,
  remote: ReadonlyMap<string, R>,
  options: { same(a: R, b: R): boolean; resolutions?: ReadonlyMap<string, Resolution>; held?: ReadonlySet<string> },
): RowComparison<R> {
  const out: RowComparison<R> = { push: [], pull: [], conflicts: [], keptHere: [], leftInSheet: [], held: [], base: new Map() };
  const ids = [...new Set([...base.keys(), ...local.keys(), ...remote.keys(), ...(options.held ?? [])])].sort();
  const eq = (a: R | undefined, b: R | undefined) => (a === undefined || b === undefined ? a === b : options.same(a, b));
  for (const id of ids) {
    const b = base.get(id);
    const l = local.get(id);
    const r = remote.get(id);
    const keep = () => {
      if (b !== undefined) out.base.set(id, b);
    };
    if (options.held?.has(id)) {
      out.held.push(id);
      keep();
      continue;
    }
    const push = (record: R) => {
      out.push.push({ id, record, isNew: r === undefined });
      out.base.set(id, record);
    };
    const pull = (record: R) => {
      out.pull.push({ id, record });
      out.base.set(id, record);
    };
    const localChanged = !eq(l, b);
    const remoteChanged = !eq(r, b);
    if (l === undefined && r === undefined) continue;
    if (!localChanged && !remoteChanged) {
      if (l === undefined) out.leftInSheet.push(id);
      else if (r === undefined) out.keptHere.push(id);
      keep();
      continue;
    }
    if (localChanged && !remoteChanged) {
      if (l === undefined) {
        out.leftInSheet.push(id); // deleted here: the team's row stays in the sheet
        keep();
      } else push(l);
      continue;
    }
    if (remoteChanged && !localChanged) {
      if (r === undefined) {
        out.keptHere.push(id); // gone from the sheet: kept here
        keep();
      } else pull(r);
      continue;
    }
    // Changed on both sides.
    if (eq(l, r)) {
      if (l !== undefined) out.base.set(id, l);
      continue;
    }
    const choice = options.resolutions?.get(id);
    if (choice === 'mine') {
      if (l === undefined) {
        out.leftInSheet.push(id);
        if (r !== undefined) out.base.set(id, r);
      } else push(l);
    } else if (choice === 'sheet') {
      if (r === undefined) {
        out.keptHere.push(id);
        if (l !== undefined) out.base.set(id, l);
      } else pull(r);
    } else {
      out.conflicts.push({ id, ...(b !== undefined ? { base: b } : {}), ...(l !== undefined ? { local: l } : {}), ...(r !== undefined ? { remote: r } : {}) });
      keep();
    }
  }
  return out;
}

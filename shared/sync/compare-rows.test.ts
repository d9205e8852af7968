import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRows, type Resolution } from './compare-rows.ts';

/** Rows are small records keyed by id; versions are numbers so "changed" is easy to make and to see. */
type Row = { v: number };
const same = (a: Row, b: Row) => a.v === b.v;
const ids = fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6');
const table = fc.dictionary(ids, fc.integer({ min: 0, max: 3 }).map((v) => ({ v })), { maxKeys: 6 });
const toMap = (d: Record<string, Row>) => new Map(Object.entries(d));

/** Applies a comparison as a sync does: pushes to the sheet, pulls to the panel. */
function apply(local: Map<string, Row>, remote: Map<string, Row>, result: ReturnType<typeof compareRows<Row>>) {
  const l = new Map(local);
  const r = new Map(remote);
  for (const p of result.push) r.set(p.id, p.record);
  for (const p of result.pull) l.set(p.id, p.record);
  return { l, r };
}

describe('compareRows: the three-way comparison of a sync', () => {
  it('syncing twice changes nothing the second time (the same conflicts stay open)', () => {
    fc.assert(
      fc.property(table, table, table, (b, l, r) => {
        const first = compareRows(toMap(b), toMap(l), toMap(r), { same });
        const after = apply(toMap(l), toMap(r), first);
        const second = compareRows(first.base, after.l, after.r, { same });
        expect(second.push).toEqual([]);
        expect(second.pull).toEqual([]);
        expect(second.conflicts.map((c) => c.id)).toEqual(first.conflicts.map((c) => c.id));
      }),
    );
  });

  it('a change made in the panel only always reaches the sheet, and one made in the sheet only always reaches the panel', () => {
    fc.assert(
      fc.property(table, table, fc.boolean(), (b, changed, inPanel) => {
        const base = toMap(b);
        const other = toMap(b);
        const side = toMap({ ...b, ...changed });
        const result = inPanel ? compareRows(base, side, other, { same }) : compareRows(base, other, side, { same });
        expect(result.conflicts).toEqual([]);
        const moved = inPanel ? result.push : result.pull;
        const expected = Object.entries(changed).filter(([id, row]) => b[id]?.v !== row.v);
        expect(moved.map((m) => [m.id, m.record]).sort()).toEqual(expected.sort());
        expect(inPanel ? result.pull : result.push).toEqual([]);
      }),
    );
  });

  it('a row changed differently on both sides is always a conflict, never written either way', () => {
    fc.assert(
      fc.property(table, ids, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 4, max: 6 }), fc.integer({ min: 7, max: 9 }), (rest, id, vb, vl, vr) => {
        const b = toMap({ ...rest, [id]: { v: vb } });
        const l = toMap({ ...rest, [id]: { v: vl } });
        const r = toMap({ ...rest, [id]: { v: vr } });
        const result = compareRows(b, l, r, { same });
        expect(result.conflicts).toEqual([{ id, base: { v: vb }, local: { v: vl }, remote: { v: vr } }]);
        expect([...result.push, ...result.pull].some((x) => x.id === id)).toBe(false);
        expect(result.base.get(id)).toEqual({ v: vb });
      }),
    );
  });

  it('the teacher\'s pick settles a conflict: "keep mine" goes to the sheet, "keep the sheet\'s" comes here', () => {
    fc.assert(
      fc.property(fc.constantFrom<Resolution>('mine', 'sheet'), (choice) => {
        const result = compareRows(toMap({ s1: { v: 1 } }), toMap({ s1: { v: 2 } }), toMap({ s1: { v: 3 } }), { same, resolutions: new Map([['s1', choice]]) });
        expect(result.conflicts).toEqual([]);
        if (choice === 'mine') expect(result.push).toEqual([{ id: 's1', record: { v: 2 }, isNew: false }]);
        else expect(result.pull).toEqual([{ id: 's1', record: { v: 3 } }]);
      }),
    );
  });

  it('never deletes: a row removed from the sheet stays here, a row deleted here stays in the sheet', () => {
    const result = compareRows(toMap({ a: { v: 1 }, b: { v: 1 } }), toMap({ a: { v: 1 } }), toMap({ b: { v: 1 } }), { same });
    expect(result.keptHere).toEqual(['a']);
    expect(result.leftInSheet).toEqual(['b']);
    expect(result.push).toEqual([]);
    expect(result.pull).toEqual([]);
  });

  it('first sync: rows on one side go to the other; the same row differing on both is a conflict', () => {
    const result = compareRows(new Map(), toMap({ a: { v: 1 }, c: { v: 1 } }), toMap({ b: { v: 2 }, c: { v: 2 } }), { same });
    expect(result.push).toEqual([{ id: 'a', record: { v: 1 }, isNew: true }]);
    expect(result.pull).toEqual([{ id: 'b', record: { v: 2 } }]);
    expect(result.conflicts.map((c) => c.id)).toEqual(['c']);
  });

  it('a row the sheet holds back (a bad cell there) moves neither way', () => {
    const result = compareRows(toMap({ a: { v: 1 } }), toMap({ a: { v: 2 } }), new Map(), { same, held: new Set(['a']) });
    expect(result.push).toEqual([]);
    expect(result.held).toEqual(['a']);
    expect(result.base.get('a')).toEqual({ v: 1 });
  });
});

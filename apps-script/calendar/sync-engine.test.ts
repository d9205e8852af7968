import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/index.ts';
import type { CalendarGateway, OurEvent } from './calendar-gateway.ts';
import { type EventSpec, contentHash } from './event-spec.ts';
import { ROWS_DONE, type SyncRow, runSync } from './sync-engine.ts';
import { QuotaExhaustedError } from './with-retry.ts';

/** A calendar double: events by id, with their tag (key + hash). */
function fakeGateway(options: { quotaAfterCreates?: number; outsideWindow?: Set<string> } = {}) {
  const events = new Map<string, { key: string; hash: string; title: string; date: string }>();
  let next = 1;
  let creates = 0;
  const wrap = (id: string): OurEvent => {
    const e = events.get(id)!;
    return { key: e.key, rowKey: e.key.split('|')[0]!, hash: e.hash, id: () => id };
  };
  const gateway: CalendarGateway = {
    calls: { reads: 0, writes: 0 },
    findById(id) {
      return events.has(id) ? wrap(id) : undefined;
    },
    listOurEvents() {
      const map = new Map<string, OurEvent[]>();
      for (const id of events.keys()) {
        if (options.outsideWindow?.has(id)) continue;
        const e = wrap(id);
        map.set(e.key, [...(map.get(e.key) ?? []), e]);
      }
      return map;
    },
    create(spec) {
      if (options.quotaAfterCreates !== undefined && creates >= options.quotaAfterCreates) throw new QuotaExhaustedError('quota');
      creates++;
      const id = `e${next++}`;
      events.set(id, { key: spec.key, hash: spec.hash, title: spec.title, date: spec.date });
      return wrap(id);
    },
    update(existing, spec) {
      const id = existing.id();
      events.set(id, { key: spec.key, hash: spec.hash, title: spec.title, date: spec.date });
      return wrap(id);
    },
    remove(existing) {
      events.delete(existing.id());
    },
  };
  return { gateway, events };
}

function spec(rowKey: string, kind: string, date: string): EventSpec {
  const title = `${kind} for ${rowKey}`;
  return { key: `${rowKey}|${kind}|0`, rowKey, title, date: date as IsoDate, description: '', reminderMinutes: 0, hash: contentHash(title + date) };
}

const key = (n: number) => `k${String(n).padStart(16, '0')}`;

function rows(dates: Record<number, string>): SyncRow[] {
  return Object.entries(dates).map(([n, date], i) => ({ rowKey: key(Number(n)), rowNumber: i + 2, specs: [spec(key(Number(n)), 'annual-review', date)], storedEvents: '' }));
}

const window = { from: '2020-01-01' as IsoDate, to: '2040-01-01' as IsoDate };
const always = { outOfTime: () => false, writeBack: () => {} };

describe('runSync', () => {
  it('creates one event per deadline, and a re-run with nothing changed writes nothing', () => {
    const { gateway, events } = fakeGateway();
    const first = runSync({ rows: rows({ 1: '2026-01-05', 2: '2026-02-05' }), keepRowKeys: new Set(), gateway, window, ...always });
    expect(first).toMatchObject({ status: 'done', created: 2, updated: 0, deleted: 0 });
    const again = runSync({ rows: rows({ 1: '2026-01-05', 2: '2026-02-05' }), keepRowKeys: new Set(), gateway, window, ...always });
    expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 2 });
    expect(events.size).toBe(2);
  });

  it('updates a changed deadline in place and removes only events of rows really gone', () => {
    const { gateway, events } = fakeGateway();
    runSync({ rows: rows({ 1: '2026-01-05', 2: '2026-02-05', 3: '2026-03-05' }), keepRowKeys: new Set(), gateway, window, ...always });
    // Row 2 now has a bad cell (kept), row 3 was deleted, row 1 changed.
    const outcome = runSync({ rows: rows({ 1: '2026-01-09' }), keepRowKeys: new Set([key(2)]), gateway, window, ...always });
    expect(outcome).toMatchObject({ created: 0, updated: 1, deleted: 1 });
    expect([...events.values()].map((e) => e.date).sort()).toEqual(['2026-01-09', '2026-02-05']);
  });

  it('pauses when time runs out and resumes from the checkpoint to the same end state', () => {
    const { gateway, events } = fakeGateway();
    const all = rows({ 1: '2026-01-05', 2: '2026-02-05', 3: '2026-03-05', 4: '2026-04-05' });
    let budget = 2;
    const paused = runSync({ rows: all, keepRowKeys: new Set(), gateway, window, outOfTime: () => budget-- <= 0, writeBack: () => {} });
    expect(paused).toMatchObject({ status: 'paused', checkpointKey: key(2), pendingRows: 2 });
    const resumed = runSync({ rows: all, keepRowKeys: new Set(), gateway, window, resumeAfterKey: paused.checkpointKey, ...always });
    expect(resumed).toMatchObject({ status: 'done', created: 2 });
    expect(events.size).toBe(4);
  });

  it('on resuming, also syncs a row before the checkpoint that was edited since (and only that one)', () => {
    const { gateway, events } = fakeGateway();
    let budget = 2;
    const paused = runSync({ rows: rows({ 1: '2026-01-05', 2: '2026-02-05', 3: '2026-03-05' }), keepRowKeys: new Set(), gateway, window, outOfTime: () => budget-- <= 0, writeBack: () => {} });
    expect(paused).toMatchObject({ status: 'paused', checkpointKey: key(2) });
    // While the sync waits for its continuation, the teacher changes row 1, which was already synced.
    const resumed = runSync({ rows: rows({ 1: '2026-01-20', 2: '2026-02-05', 3: '2026-03-05' }), keepRowKeys: new Set(), gateway, window, resumeAfterKey: paused.checkpointKey, ...always });
    expect(resumed).toMatchObject({ status: 'done', created: 1, updated: 1, unchanged: 0 });
    expect([...events.values()].map((e) => e.date).sort()).toEqual(['2026-01-20', '2026-02-05', '2026-03-05']);
  });

  it('stops on the daily quota with a checkpoint and the number of rows still to sync', () => {
    const { gateway } = fakeGateway({ quotaAfterCreates: 1 });
    const outcome = runSync({ rows: rows({ 1: '2026-01-05', 2: '2026-02-05', 3: '2026-03-05' }), keepRowKeys: new Set(), gateway, window, ...always });
    expect(outcome).toMatchObject({ status: 'quota', checkpointKey: key(1), pendingRows: 2, created: 1 });
  });

  it('removes a duplicate left by an older crash and keeps one event', () => {
    const { gateway, events } = fakeGateway();
    const r = rows({ 1: '2026-01-05' });
    gateway.create(r[0]!.specs[0]!);
    gateway.create(r[0]!.specs[0]!);
    const outcome = runSync({ rows: r, keepRowKeys: new Set(), gateway, window, ...always });
    expect(outcome.deleted).toBe(1);
    expect(events.size).toBe(1);
  });

  it('writes back event ids right after each row, and only when they changed', () => {
    const { gateway } = fakeGateway();
    const cells: string[] = [];
    const r = rows({ 1: '2026-01-05' });
    runSync({ rows: r, keepRowKeys: new Set(), gateway, window, outOfTime: () => false, writeBack: (_row, cell) => cells.push(cell) });
    expect(cells).toEqual(['{"annual-review|0":"e1"}']);
    runSync({ rows: [{ ...r[0]!, storedEvents: cells[0]! }], keepRowKeys: new Set(), gateway, window, outOfTime: () => false, writeBack: (_row, cell) => cells.push(cell) });
    expect(cells).toHaveLength(1);
    expect(ROWS_DONE > key(999)).toBe(true);
  });

  it('finds an event outside the search window by the id its row recorded, instead of creating a second one', () => {
    const outsideWindow = new Set<string>();
    const { gateway, events } = fakeGateway({ outsideWindow });
    const cells: string[] = [];
    runSync({ rows: rows({ 1: '2026-01-05' }), keepRowKeys: new Set(), gateway, window, outOfTime: () => false, writeBack: (_r, c) => cells.push(c) });
    outsideWindow.add('e1');
    const moved = rows({ 1: '2026-03-05' }).map((r) => ({ ...r, storedEvents: cells[0]! }));
    const outcome = runSync({ rows: moved, keepRowKeys: new Set(), gateway, window, ...always });
    expect(outcome).toMatchObject({ created: 0, updated: 1 });
    expect([...events.values()].map((e) => e.date)).toEqual(['2026-03-05']);
  });
});

import type { IsoDate } from '../../shared/index.ts';
import type { CalendarGateway, OurEvent } from './calendar-gateway.ts';
import type { EventSpec } from './event-spec.ts';
import { QuotaExhaustedError, RetryLaterError } from './with-retry.ts';

/** A tracker row whose events this sync owns. */
export interface SyncRow {
  rowKey: string;
  rowNumber: number;
  specs: EventSpec[];
  /** The row's "Calendar events" cell as read. */
  storedEvents: string;
}

/** Checkpoint key meaning "every row is done; only removing events of deleted rows is left". */
export const ROWS_DONE = '~';

/** What {@link runSync} needs. */
export interface SyncInput {
  /** Rows to sync (valid and in this person's scope). */
  rows: readonly SyncRow[];
  /** Rows present in the sheet but unreadable (bad cells, duplicate IDs, merged): their events are kept. */
  keepRowKeys: ReadonlySet<string>;
  gateway: CalendarGateway;
  /** Where to look for existing events: every due date of the rows, and years either side of today. */
  window?: { from: IsoDate; to: IsoDate };
  /** Continue after this row key (from a checkpoint); `ROWS_DONE` skips to the clean-up. */
  resumeAfterKey?: string;
  /** True once no new work should start (about 5 minutes into the execution). */
  outOfTime(): boolean;
  /** Records a row's event ids in its "Calendar events" cell, right after that row's events are written. */
  writeBack(row: SyncRow, eventsCell: string): void;
}

/** How far the sync got. */
export interface SyncOutcome {
  status: 'done' | 'paused' | 'quota';
  /** Where to continue from, when not done. */
  checkpointKey?: string;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Rows not yet synced (when paused or out of quota). */
  pendingRows: number;
}

/** The "Calendar events" cell: `{"annual-review|0":"<event id>",…}` (only for people reading the sheet). */
export function eventsCell(ids: ReadonlyMap<string, string>): string {
  if (ids.size === 0) return '';
  return JSON.stringify(Object.fromEntries([...ids].sort(([a], [b]) => (a < b ? -1 : 1))));
}

function storedIds(cell: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(cell);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Brings the calendar in line with the rows, idempotently: for each row (in key order, from the
 * checkpoint) find each deadline's event by its tag, create it when missing, rewrite it only when its
 * content hash differs, remove the row's events for deadlines no longer open, and write the event ids
 * back; then remove our events whose row is really gone. Events of unreadable rows are never touched.
 * Stops cleanly (with a checkpoint) when time runs out, retries run out, or the daily quota is used up.
 */
export function runSync(input: SyncInput): SyncOutcome {
  const { gateway } = input;
  const outcome: SyncOutcome = { status: 'done', created: 0, updated: 0, deleted: 0, unchanged: 0, pendingRows: 0 };
  const rows = [...input.rows].sort((a, b) => (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0));
  const resume = input.resumeAfterKey ?? '';
  let index: Map<string, OurEvent[]>;
  try {
    index = gateway.listOurEvents(input.window);
    // A deadline whose event lies outside the window (its date moved a long way) is found by the id
    // its row recorded, so it is updated rather than created twice.
    for (const row of rows) {
      for (const [part, id] of Object.entries(storedIds(row.storedEvents))) {
        const key = `${row.rowKey}|${part}`;
        if (index.has(key) || typeof id !== 'string') continue;
        const event = gateway.findById(id);
        if (event && event.key === key) index.set(key, [event]);
      }
    }
  } catch (error) {
    return stop(error, resume, rows.filter((r) => r.rowKey > resume).length);
  }
  const byRow = new Map<string, string[]>();
  for (const key of index.keys()) {
    const rowKey = key.slice(0, key.indexOf('|'));
    byRow.set(rowKey, [...(byRow.get(rowKey) ?? []), key]);
  }
  // Rows up to the checkpoint were synced by an earlier run but may have been edited since: take them
  // again when the calendar no longer matches them (checked in memory, without a calendar call).
  const todo = rows.filter((r) => r.rowKey > resume || differsFromCalendar(r));

  let lastDone = resume;
  for (let i = 0; i < todo.length; i++) {
    const row = todo[i] as SyncRow;
    if (input.outOfTime()) return { ...outcome, status: 'paused', checkpointKey: lastDone, pendingRows: todo.length - i };
    try {
      syncRow(row);
    } catch (error) {
      return stop(error, lastDone, todo.length - i);
    }
    lastDone = row.rowKey;
  }

  // Clean-up: our events whose row is gone from the sheet (or left this person's scope).
  const live = new Set(rows.map((r) => r.rowKey));
  for (const [key, events] of index) {
    const rowKey = key.slice(0, key.indexOf('|'));
    if (live.has(rowKey) || input.keepRowKeys.has(rowKey)) continue;
    if (input.outOfTime()) return { ...outcome, status: 'paused', checkpointKey: ROWS_DONE, pendingRows: 0 };
    try {
      for (const event of events) {
        gateway.remove(event);
        outcome.deleted++;
      }
    } catch (error) {
      return stop(error, ROWS_DONE, 0);
    }
    index.delete(key);
  }
  return outcome;

  function syncRow(row: SyncRow): void {
    const ids = new Map<string, string>();
    const stored = storedIds(row.storedEvents);
    const wanted = new Set(row.specs.map((s) => s.key));
    for (const spec of row.specs) {
      const found = index.get(spec.key) ?? [];
      let event = found[0];
      // An older crash may have left two events for one deadline: keep the first, remove the rest.
      for (const extra of found.slice(1)) {
        gateway.remove(extra);
        outcome.deleted++;
      }
      if (!event) {
        event = gateway.create(spec);
        outcome.created++;
      } else if (event.hash !== spec.hash) {
        event = gateway.update(event, spec);
        outcome.updated++;
      } else {
        outcome.unchanged++;
      }
      index.set(spec.key, [event]);
      const part = spec.key.slice(row.rowKey.length + 1);
      const known = stored[part];
      ids.set(part, known && event.hash === spec.hash && found[0] === event ? known : event.id());
    }
    for (const key of byRow.get(row.rowKey) ?? []) {
      if (wanted.has(key)) continue;
      for (const event of index.get(key) ?? []) {
        gateway.remove(event);
        outcome.deleted++;
      }
      index.delete(key);
    }
    byRow.set(row.rowKey, [...wanted]);
    const cell = eventsCell(ids);
    if (cell !== row.storedEvents) input.writeBack(row, cell);
  }

  function differsFromCalendar(row: SyncRow): boolean {
    const wanted = new Set(row.specs.map((s) => s.key));
    const stale = row.specs.some((spec) => {
      const found = index.get(spec.key) ?? [];
      return found.length !== 1 || found[0]?.hash !== spec.hash;
    });
    return stale || (byRow.get(row.rowKey) ?? []).some((key) => !wanted.has(key));
  }

  function stop(error: unknown, checkpointKey: string, pendingRows: number): SyncOutcome {
    if (error instanceof QuotaExhaustedError) return { ...outcome, status: 'quota', checkpointKey, pendingRows };
    if (error instanceof RetryLaterError) return { ...outcome, status: 'paused', checkpointKey, pendingRows };
    throw error;
  }
}

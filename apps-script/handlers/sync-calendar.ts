import { type IsoDate, type Result, addCalendarDays, addYears, fail, ok } from '../../shared/index.ts';
import { calendarGateway } from '../calendar/calendar-gateway.ts';
import { eventSpecsFor } from '../calendar/event-spec.ts';
import { type SyncOutcome, type SyncRow, runSync } from '../calendar/sync-engine.ts';
import { parseZoneOffset } from '../sheets/cell-to-iso-date.ts';
import { openDeadlines } from '../sheets/computed-values.ts';
import { currentUser } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { toast } from '../sheets/notify.ts';
import type { AddOnSettings } from '../sheets/settings-tab.ts';
import { loadCalendarId, loadCheckpoint, saveCalendarId, saveCheckpoint } from '../sheets/sync-state.ts';
import { ensureOneShotTrigger, removeTriggers } from '../sheets/triggers.ts';
import { writeEventsCell } from '../sheets/write-tracker.ts';
import { appendAudit } from '../sheets/audit-tab.ts';
import { refreshCore, timeZoneWarning } from './refresh-deadlines.ts';

/** Stop starting new rows this long into an execution (Apps Script stops scripts at 6 minutes). */
export const TIME_BUDGET_MS = 5 * 60 * 1000;
/** The function a continuation trigger runs (exported as a global by main.ts). */
export const CONTINUE_HANDLER = 'continueSync';
const RETRY_AFTER_MS = 60 * 1000;
const QUOTA_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** What a sync did, for the message and for tests. */
export interface SyncReport {
  message: string;
  outcome?: SyncOutcome;
}

function openCalendar(
  gas: GasServices,
  addOn: AddOnSettings,
): Result<GoogleAppsScript.Calendar.Calendar> {
  if (addOn.calendarId) {
    const chosen = gas.CalendarApp.getCalendarById(addOn.calendarId);
    return chosen
      ? ok(chosen)
      : fail('calendar-not-found', `I can't open the calendar "${addOn.calendarId}" named on the Settings tab. Check the Calendar ID, or clear it and Casekeeper makes its own calendar.`);
  }
  const team = addOn.teamMode === 'team-calendar';
  const known = loadCalendarId(gas, team);
  if (known) {
    const calendar = gas.CalendarApp.getCalendarById(known);
    if (calendar) return ok(calendar);
    if (team) {
      return fail(
      'sync-refused',
        'I can\'t open the team calendar Casekeeper made earlier. Ask its owner to share it with you ("Make changes to events"), or put another calendar\'s ID on the Settings tab.',
      );
    }
  }
  const calendar = gas.CalendarApp.createCalendar(addOn.calendarName, {
    summary: 'IEP deadlines from the Casekeeper tracker. Edit the tracker, not these events.',
  });
  saveCalendarId(gas, team, calendar.getId());
  return ok(calendar);
}

/**
 * Sync to Calendar (call under the document lock): refresh, then bring this person's calendar in line
 * with their rows, idempotently and resumably (see runSync). Checkpoints and schedules one
 * continuation when time, retries or the daily quota run out; removes it when done.
 */
export function syncCore(gas: GasServices, startedAt: number): Result<SyncReport> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const refreshed = refreshCore(gas, spreadsheet);
  if (!refreshed.ok) return refreshed;
  const { tracker, loaded, outcomes, deadlines, warnings } = refreshed.value;
  const { addOn } = loaded;
  const me = currentUser(gas);
  if (addOn.teamMode === 'own-calendars' && !me) {
    return fail('no-email', 'Google did not tell Casekeeper your email address, which "own calendar" team mode needs. Sign in with your school account and try again.');
  }
  const inScope = (caseManager: string | undefined) =>
    addOn.teamMode !== 'own-calendars' || (caseManager ?? '').toLowerCase() === me.toLowerCase();

  const calendarResult = openCalendar(gas, addOn);
  if (!calendarResult.ok) return calendarResult;
  const calendar = calendarResult.value;
  const calendarZone = timeZoneWarning(tracker.timeZone, calendar.getTimeZone(), 'calendar');
  if (calendarZone) warnings.push(calendarZone);
  const scriptZone = gas.Session.getScriptTimeZone();
  const offsetMs = parseZoneOffset(gas.Utilities.formatDate(new Date(gas.now()), scriptZone, 'Z')) ?? 0;

  const rows: SyncRow[] = [];
  const keep = new Set<string>();
  for (const o of outcomes) {
    if (o.kind === 'problem') keep.add(o.key);
    if (o.kind !== 'ok' || !o.record || !inScope(o.caseManager)) continue;
    rows.push({
      rowKey: o.key,
      rowNumber: o.rowNumber,
      storedEvents: o.storedEvents,
      specs: eventSpecsFor(o.key, o.record, openDeadlines(deadlines.get(o.rowNumber)), { reminderDays: addOn.reminderDays }),
    });
  }
  const deadlineMs = startedAt + TIME_BUDGET_MS;
  const gateway = calendarGateway(calendar, gas, { now: () => gas.now(), deadlineMs }, offsetMs);
  const saved = loadCheckpoint(gas);
  const calendarId = calendar.getId();
  // A checkpoint only continues the same calendar's sync, and not after a week (start over then).
  const checkpoint = saved && saved.calendarId === calendarId && gas.now() - saved.savedAt < 7 * 86_400_000 ? saved : undefined;
  const dues = rows.flatMap((r) => r.specs.map((s) => s.date)).sort();
  const window = {
    from: addCalendarDays([addYears(tracker.today, -5), dues[0] ?? tracker.today].sort()[0] as IsoDate, -2),
    to: addCalendarDays([addYears(tracker.today, 10), dues.at(-1) ?? tracker.today].sort()[1] as IsoDate, 2),
  };
  let written = 0;
  const outcome = runSync({
    rows,
    keepRowKeys: keep,
    gateway,
    window,
    resumeAfterKey: checkpoint?.afterKey,
    outOfTime: () => gas.now() >= deadlineMs,
    writeBack(row, cell) {
      writeEventsCell(tracker, row.rowNumber, row.rowKey, cell);
      written++;
      if (written % 100 === 0) toast(gas, 'Casekeeper', `Synced ${written} of ${rows.length} students…`);
    },
  });

  if (outcome.status === 'done') {
    saveCheckpoint(gas, undefined);
    removeTriggers(gas, CONTINUE_HANDLER);
  } else {
    saveCheckpoint(gas, {
      afterKey: outcome.checkpointKey ?? '',
      reason: outcome.status,
      savedAt: gas.now(),
      pendingRows: outcome.pendingRows,
      calendarId,
    });
    removeTriggers(gas, CONTINUE_HANDLER);
    ensureOneShotTrigger(gas, CONTINUE_HANDLER, outcome.status === 'quota' ? QUOTA_RETRY_AFTER_MS : RETRY_AFTER_MS);
  }
  appendAudit(gas, spreadsheet, {
    who: me,
    action: `Sync to Calendar (${outcome.status})`,
    where: tracker.sheet.getName(),
    count: outcome.created + outcome.updated + outcome.deleted,
  });
  const changes = `${outcome.created} added, ${outcome.updated} updated, ${outcome.deleted} removed, ${outcome.unchanged} already right`;
  const skipped = outcomes.filter((o) => o.kind === 'problem').length;
  const lines: string[] = [];
  if (outcome.status === 'done') lines.push(`Calendar "${calendar.getName()}" is up to date: ${changes}.`);
  else if (outcome.status === 'quota') {
    lines.push(
      `Google's daily limit for calendar changes was reached. ${changes}. ${outcome.pendingRows} student${outcome.pendingRows === 1 ? '' : 's'} still to sync; Casekeeper continues automatically in 24 hours (or run Sync again tomorrow).`,
    );
  } else {
    lines.push(`Synced part of the caseload (${changes}). ${outcome.pendingRows} student${outcome.pendingRows === 1 ? '' : 's'} still to sync; Casekeeper continues by itself in a minute.`);
  }
  if (skipped > 0) lines.push(`${skipped} row${skipped === 1 ? ' was' : 's were'} skipped because of problems (see "Casekeeper notes"); their calendar events were left as they were.`);
  lines.push(...warnings);
  return ok({ message: lines.join('\n\n'), outcome });
}

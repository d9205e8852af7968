import { type Result, fail, ok } from '../../shared/index.ts';
import { calendarGateway } from '../calendar/calendar-gateway.ts';
import { eventSpecsFor } from '../calendar/event-spec.ts';
import { type SyncOutcome, type SyncRow, runSync } from '../calendar/sync-engine.ts';
import { openDeadlines } from '../sheets/computed-values.ts';
import { currentUser } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { toast } from '../sheets/notify.ts';
import type { AddOnSettings } from '../sheets/settings-tab.ts';
import { loadCalendarId, loadCheckpoint, saveCalendarId, saveCheckpoint } from '../sheets/sync-state.ts';
import { scheduleTimer } from '../sheets/triggers.ts';
import { writeEventsCell } from '../sheets/write-tracker.ts';
import { appendAudit } from '../sheets/audit-tab.ts';
import { refreshCore } from './refresh-deadlines.ts';

/** Stop starting new rows this long into an execution (Apps Script stops scripts at 6 minutes). */
export const TIME_BUDGET_MS = 5 * 60 * 1000;

/** What a sync did, for the message and for tests. */
export interface SyncReport {
  message: string;
  outcome?: SyncOutcome;
}

/**
 * Opens the calendar to sync: the one named on the Settings tab, or the one Casekeeper made for this
 * spreadsheet (per person in "own calendar" mode), or a new one. CalendarApp is kept here on purpose:
 * `getCalendarById` answers null (rather than an error) for a calendar the person cannot see, which is
 * how a teammate without access is told what to ask for, and `createCalendar` is one call either way.
 */
function openCalendar(
  gas: GasServices,
  addOn: AddOnSettings,
  me: string,
): Result<GoogleAppsScript.Calendar.Calendar> {
  if (addOn.calendarId) {
    const chosen = gas.CalendarApp.getCalendarById(addOn.calendarId);
    return chosen
      ? ok(chosen)
      : fail('calendar-not-found', `I can't open the calendar "${addOn.calendarId}" named on the Settings tab. Check the Calendar ID, or clear it and Casekeeper makes its own calendar.`);
  }
  const team = addOn.teamMode === 'team-calendar';
  const known = loadCalendarId(gas, team, me);
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
  saveCalendarId(gas, team, me, calendar.getId());
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

  const events = gas.Calendar?.Events;
  if (!events) {
    return fail('no-calendar-service', 'The Google Calendar API service is not turned on for this copy of Casekeeper. Ask whoever installed it to add the "Google Calendar API" service (Extensions > Apps Script > Services), then sync again.');
  }
  const calendarResult = openCalendar(gas, addOn, me);
  if (!calendarResult.ok) return calendarResult;
  const calendar = calendarResult.value;

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
  const calendarId = calendar.getId();
  // Once per calendar: events an earlier Casekeeper made for these rows (tagged without the sheet's id).
  const props = gas.PropertiesService.getDocumentProperties();
  const adoptedKey = `casekeeper.sheetTagged:${calendarId}`;
  const adopt = props.getProperty(adoptedKey) === 'yes' ? undefined : new Set(outcomes.filter((o) => o.kind !== 'blank' && !o.keyIsNew).map((o) => o.key));
  const gateway = calendarGateway(calendarId, events, gas, { now: () => gas.now(), deadlineMs }, spreadsheet.getId(), adopt);
  const saved = loadCheckpoint(gas, calendarId);
  // A checkpoint only continues the same calendar's sync, and not after a week (start over then).
  const checkpoint = saved && saved.calendarId === calendarId && gas.now() - saved.savedAt < 7 * 86_400_000 ? saved : undefined;
  let written = 0;
  const outcome = runSync({
    rows,
    keepRowKeys: keep,
    gateway,
    resumeAfterKey: checkpoint?.afterKey,
    outOfTime: () => gas.now() >= deadlineMs,
    writeBack(row, cell) {
      writeEventsCell(tracker, row.rowNumber, row.rowKey, cell);
      written++;
      if (written % 100 === 0) toast(gas, 'Casekeeper', `Synced ${written} of ${rows.length} students…`);
    },
  });

  if (outcome.status === 'done') {
    saveCheckpoint(gas, calendarId, undefined);
    if (adopt) props.setProperty(adoptedKey, 'yes');
  }
  else {
    saveCheckpoint(gas, calendarId, {
      afterKey: outcome.checkpointKey ?? '',
      reason: outcome.status,
      savedAt: gas.now(),
      pendingRows: outcome.pendingRows,
      calendarId,
      user: me,
    });
  }
  // One time trigger for this person here: hourly while unfinished, back to daily (or none) when done.
  scheduleTimer(gas, spreadsheet, me);
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
      `Google's daily limit for calendar changes was reached. ${changes}. ${outcome.pendingRows} student${outcome.pendingRows === 1 ? '' : 's'} still to sync; Casekeeper tries again every hour by itself until it is done (or run Sync again tomorrow).`,
    );
  } else {
    lines.push(`Synced part of the caseload (${changes}). ${outcome.pendingRows} student${outcome.pendingRows === 1 ? '' : 's'} still to sync; Casekeeper continues by itself within the hour (or run Sync again now).`);
  }
  if (skipped > 0) lines.push(`${skipped} row${skipped === 1 ? ' was' : 's were'} skipped because of problems (see "Casekeeper notes"); their calendar events were left as they were.`);
  lines.push(...warnings);
  return ok({ message: lines.join('\n\n'), outcome });
}

/** Sync to Calendar (menu; call under the document lock): the message for the person. */
export function syncToCalendar(gas: GasServices, startedAt: number): Result<string> {
  toast(gas, 'Casekeeper', 'Syncing deadlines to Google Calendar…');
  const report = syncCore(gas, startedAt);
  return report.ok ? ok(report.value.message) : report;
}

import {
  type IsoDate,
  type Result,
  type TableColumn,
  effectiveMandate,
  fail,
  isIsoDate,
  ok,
  presentStudentName,
  tableSpec,
} from '../../shared/index.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { interpretRows } from '../sheets/interpret-rows.ts';
import { readTracker } from '../sheets/read-tracker.ts';
import { findTab } from '../sheets/tab-registry.ts';
import { tabLayout } from '../sheets/tab-layouts.ts';
import { ensureRows, readTableTab } from '../sheets/table-tab.ts';
import template from '../ui/log-session-dialog.html';

/** One service a session can be logged against, as the Log session dialog lists it. */
export interface SessionChoice {
  serviceId: string;
  service: string;
  provider: string;
  /** Minutes per session from the service's frequency, when it can be read. */
  minutes: number | null;
}

/** What the Log session dialog shows: the students with their services, the outcomes and today. */
export interface SessionChoices {
  students: { studentId: string; name: string; services: SessionChoice[] }[];
  outcomes: { value: string; label: string }[];
  today: IsoDate;
}

/** A request from the Log session dialog: one session given to one or more students (a group). */
export interface LogSessionRequest {
  date?: unknown;
  minutes?: unknown;
  outcome?: unknown;
  note?: unknown;
  entries?: unknown;
}

const OUTCOME_COLUMN = (tableSpec('sessions').columns as readonly TableColumn[]).find((c) => c.key === 'outcome') as TableColumn;

/**
 * The students of the Services tab with their services (named from the Caseload tab when they are
 * there), in Caseload order then by id, for the Log session dialog. Rows that cannot be read are left
 * out of the list (their notes say why on the Services tab).
 *
 * @example sessionChoices(gas).value.students[0]?.services[0]?.service // 'Speech-language therapy'
 */
export function sessionChoices(gas: GasServices): Result<SessionChoices> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const tracker = readTracker(gas, spreadsheet);
  if (!tracker.ok) return tracker;
  const read = readTableTab(findTab(gas, spreadsheet, 'services'), tableSpec('services'), tabLayout('services').computed, tracker.value.toIsoDate);
  if (!read.ok) return read;
  const names = new Map<string, string>();
  const order = new Map<string, number>();
  const outcomes = interpretRows(tracker.value.values, {
    inputMap: tracker.value.inputMap,
    mergedRows: tracker.value.mergedRows,
    toIsoDate: tracker.value.toIsoDate,
    newKey: () => '',
  });
  for (const o of outcomes) {
    if (!o.studentId || names.has(o.studentId)) continue;
    names.set(o.studentId, presentStudentName({ studentId: o.studentId, firstName: o.record?.firstName, lastName: o.record?.lastName }));
    order.set(o.studentId, order.size);
  }
  const byStudent = new Map<string, SessionChoice[]>();
  for (const row of read.value.rows) {
    const service = row.record;
    if (!service) continue;
    const mandate = effectiveMandate(service);
    const list = byStudent.get(service.studentId) ?? [];
    list.push({ serviceId: service.serviceId, service: service.service, provider: service.provider ?? '', minutes: mandate.ok ? mandate.value.minutesPerSession : null });
    byStudent.set(service.studentId, list);
  }
  const students = [...byStudent.entries()]
    .map(([studentId, services]) => ({ studentId, name: names.get(studentId) ?? `Student ${studentId}`, services }))
    .sort((a, b) => (order.get(a.studentId) ?? Infinity) - (order.get(b.studentId) ?? Infinity) || a.studentId.localeCompare(b.studentId));
  return ok({ students, outcomes: (OUTCOME_COLUMN.choices ?? []).map((c) => ({ value: c.value, label: c.label })), today: tracker.value.today });
}

/**
 * Appends one Service Log row per student and service chosen, in one write: the same date, minutes,
 * outcome and note for each, the group size (the number of students when more than one) and who logged
 * it. Checks everything first and writes nothing when anything is wrong. Session IDs are filled in at the
 * next Refresh, as for rows typed by hand.
 *
 * @example logSessions(gas, { date: '2026-11-23', minutes: 30, outcome: 'delivered', entries: [{ studentId: 'S1', serviceId: 'svc-1' }] }).value // 'Logged 1 session …'
 */
export function logSessions(gas: GasServices, request: LogSessionRequest): Result<string> {
  const date = String(request.date ?? '').trim();
  if (!isIsoDate(date)) return fail('bad-date', 'Choose the day of the session.');
  const minutes = Number(request.minutes);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 1440 || String(request.minutes ?? '').trim() === '') {
    return fail('bad-minutes', 'Type the session\'s minutes as a number from 0 to 1440.');
  }
  const outcome = (OUTCOME_COLUMN.choices ?? []).find((c) => c.value === request.outcome);
  if (!outcome) return fail('bad-outcome', 'Choose what happened: delivered, make-up, or why it was missed.');
  const note = String(request.note ?? '').trim().slice(0, 2000);
  const entries = (Array.isArray(request.entries) ? request.entries : [])
    .map((e: { studentId?: unknown; serviceId?: unknown }) => ({ studentId: String(e?.studentId ?? ''), serviceId: String(e?.serviceId ?? '') }))
    .filter((e) => e.studentId !== '' && e.serviceId !== '');
  if (entries.length === 0) return fail('nothing-chosen', 'Tick at least one student\'s service.');

  const choices = sessionChoices(gas);
  if (!choices.ok) return choices;
  const known = new Set(choices.value.students.flatMap((s) => s.services.map((v) => `${s.studentId}\u0000${v.serviceId}`)));
  const unknown = entries.filter((e) => !known.has(`${e.studentId}\u0000${e.serviceId}`));
  if (unknown.length > 0) {
    return fail('unknown-service', `These services are no longer on the Services tab: ${unknown.map((e) => `${e.studentId} ${e.serviceId}`).join(', ')}. Close this dialog and open it again. Nothing was logged.`);
  }

  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findTab(gas, spreadsheet, 'sessions');
  const log = readTableTab(sheet, tableSpec('sessions'), tabLayout('sessions').computed, () => undefined);
  if (!log.ok) return log;
  const students = new Set(entries.map((e) => e.studentId)).size;
  const by = gas.Session.getActiveUser().getEmail() || gas.Session.getEffectiveUser().getEmail() || '';
  const values: Record<string, string | number> = { date, minutes, outcome: outcome.label, groupSize: students > 1 ? students : 1, note, loggedBy: by };
  const width = Math.max(...Object.keys(log.value.map).map(Number)) + 1;
  const rows = entries.map((e) => {
    const row: (string | number)[] = new Array(width).fill('');
    for (const [position, key] of Object.entries(log.value.map)) {
      const value = key === 'studentId' ? e.studentId : key === 'serviceId' ? e.serviceId : values[key];
      if (value !== undefined) row[Number(position)] = value;
    }
    return row;
  });
  // After the last row with anything in it (a row of the user's own that is blank in our columns counts too).
  const first = log.value.sheet.getLastRow() + 1;
  ensureRows(log.value.sheet, first + rows.length - 1);
  log.value.sheet.getRange(first, 1, rows.length, width).setValues(rows);
  const named = [...new Set(entries.map((e) => choices.value.students.find((s) => s.studentId === e.studentId)?.name ?? e.studentId))];
  const count = `${rows.length} session${rows.length === 1 ? '' : 's'}`;
  return ok(`Logged ${count} on ${date} (${outcome.label.toLowerCase()}, ${minutes} minutes) for ${named.join(', ')}. Refresh deadlines updates the minutes on the Services tab.`);
}

/** Log session (menu): the dialog with the students and their services. */
export function showLogSession(gas: GasServices): Result<string> {
  const choices = sessionChoices(gas);
  if (!choices.ok) return choices;
  // The list goes in as JSON; "<" is escaped so no student's text can end the script element.
  const json = JSON.stringify(choices.value).replace(/</g, '\\u003c');
  const html = gas.HtmlService.createHtmlOutput(template.replace('/*CHOICES*/null', () => json)).setWidth(560).setHeight(560);
  gas.SpreadsheetApp.getUi().showModalDialog(html, 'Log session');
  return ok('Log session');
}

import { type Result, fail, meetingPacket, meetingPacketHtml, ok, presentStudentName } from '../../shared/index.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { interpretRows } from '../sheets/interpret-rows.ts';
import { readStudentTables } from '../sheets/read-student-tables.ts';
import { readTracker } from '../sheets/read-tracker.ts';
import { readSettings } from '../sheets/settings-tab.ts';
import { DEFAULT_TAB_NAMES, tabRegistry } from '../sheets/tab-registry.ts';

/** A print button for the dialog, itself never printed (the packet page has no script of its own). */
const PRINT_BAR =
  '<style>@media print{.ck-print{display:none}}.ck-print{position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid #dadce0;font:14px Arial,sans-serif}</style>' +
  '<div class="ck-print"><button type="button" onclick="window.print()">Print or save as PDF</button> Letter paper; each section starts a new page.</div>';

/**
 * The meeting packet of the student on the selected Caseload row, as the printable page every part of
 * Casekeeper prints (`meetingPacketHtml`), for the Next IEP Meeting on that row: deadlines, service
 * delivery, goals with their data, accommodations, contacts and the checklist, from every tab.
 *
 * @example meetingPacketPage(gas).value?.title // 'Meeting packet: Ana Rivera'
 */
export function meetingPacketPage(gas: GasServices): Result<{ html: string; title: string }> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const selection = spreadsheet.getActiveRange();
  const row = selection?.getRow() ?? 0;
  const onCaseload = selection?.getSheet().getName() === tabRegistry(gas).name('caseload', DEFAULT_TAB_NAMES.caseload as string);
  if (!selection || !onCaseload || row < 2) return fail('no-student-selected', 'Click a student\'s row on the Caseload tab first, then choose Meeting packet.');
  const read = readTracker(gas, spreadsheet);
  if (!read.ok) return read;
  const tracker = read.value;
  if (!tracker.values[row - 2]) return fail('no-student-selected', 'That row is empty. Click a student\'s row on the Caseload tab first.');
  const outcomes = interpretRows(tracker.values, {
    inputMap: tracker.inputMap,
    keyColumn: tracker.computed.rowKey,
    mergedRows: tracker.mergedRows,
    toIsoDate: tracker.toIsoDate,
    newKey: () => '',
  });
  const outcome = outcomes[row - 2];
  if (!outcome || outcome.kind === 'blank') return fail('no-student-selected', 'That row is empty. Click a student\'s row on the Caseload tab first.');
  if (outcome.kind === 'problem' || !outcome.record) {
    return fail('row-needs-fixing', `Row ${row} needs fixing before its packet can be made: ${outcome.messages.join(' ')}`);
  }
  const record = outcome.record;
  const { settings } = readSettings(gas, spreadsheet, tracker.toIsoDate);
  const others = readStudentTables(gas, spreadsheet, tracker.toIsoDate);
  // Every readable student row, so a repeated Student ID is caught rather than picking one of them.
  const students = outcomes.flatMap((o) => (o.kind === 'ok' && o.record ? [o.record] : []));
  const packet = meetingPacket({ ...others.caseload, students }, record.studentId, { settings, today: tracker.today });
  if (!packet.ok) {
    if (packet.error.code === 'no-meeting-date') {
      return fail('no-meeting-date', `No meeting is scheduled for ${presentStudentName(record)}: fill in Next IEP Meeting on row ${row} of the Caseload tab, then choose Meeting packet again.`);
    }
    return packet;
  }
  const page = meetingPacketHtml(packet.value);
  const html = page.replace(/<body[^>]*>/, (body) => body + PRINT_BAR);
  return ok({ html, title: `Meeting packet: ${packet.value.name}` });
}

/** Meeting packet (menu): shows the selected student's packet in a dialog to print. */
export function showMeetingPacket(gas: GasServices): Result<string> {
  const page = meetingPacketPage(gas);
  if (!page.ok) return page;
  const output = gas.HtmlService.createHtmlOutput(page.value.html).setWidth(900).setHeight(640);
  gas.SpreadsheetApp.getUi().showModalDialog(output, page.value.title);
  return ok(page.value.title);
}

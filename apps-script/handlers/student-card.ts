import { NO_STUDENT_TABLES, type Result, TRACKER_COLUMNS, computeDeadlines, fail, ok, presentDaysLeft, presentStatus, presentStudentName, sortByUrgency } from '../../shared/index.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { interpretRows } from '../sheets/interpret-rows.ts';
import { readStudentTables } from '../sheets/read-student-tables.ts';
import { readTracker } from '../sheets/read-tracker.ts';
import { readSettings } from '../sheets/settings-tab.ts';
import { DEFAULT_TAB_NAMES, tabRegistry } from '../sheets/tab-registry.ts';
import template from '../ui/student-card.html';

/** Escapes text for HTML (every student value is shown as text, never markup). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Student card: the selected row's student with every deadline, its status, the rule and citation
 * behind it and any warnings, as a sidebar. Returns the HTML (the caller shows it).
 */
export function studentCardHtml(gas: GasServices): Result<{ html: string; title: string }> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const selection = spreadsheet.getActiveRange();
  const row = selection?.getRow() ?? 0;
  if (!selection || selection.getSheet().getName() !== tabRegistry(gas).name('caseload', DEFAULT_TAB_NAMES.caseload as string) || row < 2) return fail('no-student-selected', 'Click a student\'s row on the Caseload tab first, then choose Student card.');
  const read = readTracker(gas, spreadsheet);
  if (!read.ok) return read;
  const tracker = read.value;
  const values = tracker.values[row - 2];
  if (!values) return fail('no-student-selected', 'That row is empty. Click a student\'s row on the Caseload tab first.');
  const [outcome] = interpretRows([values], {
    inputMap: tracker.inputMap,
    keyColumn: tracker.computed.rowKey,
    mergedRows: tracker.mergedRows,
    toIsoDate: tracker.toIsoDate,
    newKey: () => '',
    firstRowNumber: row,
  });
  if (!outcome || outcome.kind === 'blank') return fail('no-student-selected', 'That row is empty. Click a student\'s row on the Caseload tab first.');
  const name = presentStudentName({ studentId: outcome.studentId ?? '?', firstName: outcome.record?.firstName, lastName: outcome.record?.lastName });
  const heading = `<h1>${escapeHtml(name)}</h1><p class="meta">ID ${escapeHtml(outcome.studentId ?? '?')} · row ${row}${outcome.caseManager ? ` · case manager ${escapeHtml(outcome.caseManager)}` : ''}</p>`;
  if (outcome.kind === 'problem' || !outcome.record) {
    const body = `<div class="problems"><p>This row needs fixing before its deadlines can be shown:</p><ul>${outcome.messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul></div>`;
    return ok({ html: template.replace('<!--CARD-->', heading + body), title: 'Student card' });
  }
  const { settings } = readSettings(gas, spreadsheet, tracker.toIsoDate);
  const tables = readStudentTables(gas, spreadsheet, tracker.toIsoDate).byStudent.get(outcome.record.studentId) ?? NO_STUDENT_TABLES;
  const result = computeDeadlines(outcome.record, settings, tracker.today, tables);
  const items = sortByUrgency(result.deadlines).map((d) => {
    const style = presentStatus(d.status);
    const when = d.status === 'done' ? `done ${escapeHtml(d.completedOn ?? '')}` : escapeHtml(presentDaysLeft(d.daysLeft));
    return (
      `<li><span class="due">${escapeHtml(d.title)}: ${escapeHtml(d.dueDate)}</span>` +
      `<span class="status" style="background:${style.background};color:${style.text}">${escapeHtml(style.label)}</span> <span>${when}</span>` +
      (d.scheduleBy ? `<p class="why">Send the meeting notice by ${escapeHtml(d.scheduleBy)}.</p>` : '') +
      `<p class="why">${escapeHtml(d.basis.explanation)}</p><p class="cite">${escapeHtml(d.basis.citation)}${d.basis.notes.map((n) => ` · ${escapeHtml(n)}`).join('')}</p>` +
      d.warnings.map((w) => `<p class="warn">Check: ${escapeHtml(w)}</p>`).join('') +
      '</li>'
    );
  });
  const record = outcome.record;
  const onFile = TRACKER_COLUMNS.filter((c) => c.type === 'date' && record[c.key] !== undefined).map(
    (c) => `<li>${escapeHtml(c.header)}: ${escapeHtml(record[c.key])}</li>`,
  );
  const facts = onFile.length > 0 ? `<details><summary>Dates on file</summary><ul>${onFile.join('')}</ul></details>` : '';
  const problems = result.problems.length > 0 ? `<div class="problems">${result.problems.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>` : '';
  const list = items.length > 0 ? `<ol>${items.join('')}</ol>` : '<p>No deadline can be computed yet: add the IEP, evaluation or consent dates you know.</p>';
  return ok({ html: template.replace('<!--CARD-->', heading + problems + list + facts), title: 'Student card' });
}

/** Student card (menu): shows the selected student's card as a sidebar. */
export function showStudentCard(gas: GasServices): Result<string> {
  const card = studentCardHtml(gas);
  if (!card.ok) return card;
  gas.SpreadsheetApp.getUi().showSidebar(gas.HtmlService.createHtmlOutput(card.value.html).setTitle(card.value.title));
  return ok(card.value.title);
}

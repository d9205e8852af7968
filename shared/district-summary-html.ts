import { escapeXml } from './charts/escape-xml.ts';
import type { IsoDate } from './iso-date.ts';
import { presentDate } from './present-date.ts';
import type { DistrictRow, DistrictSummary } from './summarise-district.ts';

/** A team sheet the roll-up could not read, and why, in plain words. */
export interface UnreadSheet {
  source: string;
  reason: string;
}

/** The district summary's columns, in order: header and how a row shows it. */
export const DISTRICT_COLUMNS: readonly { header: string; value: (row: DistrictRow) => string | number }[] = [
  { header: 'School', value: (r) => r.school },
  { header: 'Case manager', value: (r) => r.caseManager },
  { header: 'Students', value: (r) => r.students },
  { header: 'Deadlines overdue', value: (r) => r.overdue },
  { header: 'Due in 30 days', value: (r) => r.dueIn30Days },
  { header: 'Service minutes owed', value: (r) => Math.round(r.minutesOwed) },
  { header: 'Services behind', value: (r) => r.servicesBehind },
  { header: 'Goals needing a change', value: (r) => r.goalsNeedingChange },
  { header: 'Students with problems', value: (r) => r.studentsWithProblems },
  { header: 'Team sheets', value: (r) => r.sheets.join('; ') },
];

/**
 * The district summary as one self-contained HTML page (inline CSS, no script, no network resource):
 * a table per school and case manager with the district total, the sheets that could not be read, and
 * (when given) the rules each sheet was counted with.
 *
 * @example districtSummaryHtml(summary, { today: '2026-11-23', unread: [] }).startsWith('<!doctype html>') // true
 */
export function districtSummaryHtml(
  summary: DistrictSummary,
  options: { today: IsoDate; unread: readonly UnreadSheet[]; rules?: { header: readonly string[]; rows: readonly (readonly string[])[] } },
): string {
  const cell = (v: string | number) => (typeof v === 'number' ? `<td class="n">${v}</td>` : `<td>${escapeXml(v)}</td>`);
  const line = (row: DistrictRow, tag = '') => `<tr${tag}>${DISTRICT_COLUMNS.map((c) => cell(c.value(row))).join('')}</tr>`;
  const unread = options.unread.length
    ? `<h2>Sheets that could not be read (${options.unread.length})</h2><ul>${options.unread.map((u) => `<li><b>${escapeXml(u.source)}</b>: ${escapeXml(u.reason)}</li>`).join('')}</ul>`
    : '<p>Every sheet was read.</p>';
  const rules = options.rules
    ? `<h2>Rules per sheet</h2><table><thead><tr>${options.rules.header.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${options.rules.rows.map((r) => `<tr>${r.map((v) => cell(v)).join('')}</tr>`).join('\n')}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>District IEP summary, ${escapeXml(presentDate(options.today, 'long'))}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f1f1f}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right}tr.total td{font-weight:bold;background:#f6f6f6}
@media print{body{margin:0}@page{size:letter landscape;margin:0.5in}}
</style></head><body>
<h1>District IEP summary</h1>
<p>As of ${escapeXml(presentDate(options.today, 'long'))}: ${summary.total.students} students on ${summary.total.sheets.length} team sheets.</p>
<table><thead><tr>${DISTRICT_COLUMNS.map((c) => `<th>${escapeXml(c.header)}</th>`).join('')}</tr></thead>
<tbody>${summary.rows.map((r) => line(r)).join('\n')}
${line(summary.total, ' class="total"')}</tbody></table>
${unread}
${rules}
</body></html>
`;
}

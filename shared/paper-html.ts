import type { AccommodationFidelity } from './accommodation-fidelity.ts';
import type { ChartSvg } from './charts/chart-svg.ts';
import type { Deadline, DeadlineStatus } from './deadline.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlTable } from './html-table.ts';
import { presentDate } from './present-date.ts';
import { presentDaysLeft } from './present-days-left.ts';
import { presentStatus, presentVerification } from './present-status.ts';
import type { TableName } from './caseload.ts';
import { tableSpec } from './tables/index.ts';

/**
 * Pieces the printable pages share (packet, hand-off, snapshot), built from the presentation module so a
 * status, a date or "N days left" reads the same on paper as on screen.
 */
export const paperHtml = {
  /**
   * A status word in its colours.
   *
   * @example paperHtml.status('overdue') // '<span class="status" style="…">Overdue</span>'
   */
  status(status: DeadlineStatus): string {
    return paperHtml.look(presentStatus(status));
  },

  /**
   * Any status look (a service status, a progress verdict) as a badge: its word in its colours.
   *
   * @example paperHtml.look(presentServiceStatus('behind')) // '<span class="status" style="…">Behind</span>'
   */
  look(look: { label: string; background: string; text: string }): string {
    return `<span class="status" style="background:${escapeHtml(look.background)};color:${escapeHtml(look.text)}">${escapeHtml(look.label)}</span>`;
  },

  /**
   * The label of a choice column's value, as the table's column defines it ("note-home" → "Note home").
   *
   * @example paperHtml.choice('contacts', 'method', 'note-home') // 'Note home'
   */
  choice(table: TableName, key: string, value: string | undefined): string {
    if (value === undefined) return '';
    const column = tableSpec(table).columns.find((c) => c.key === key);
    return column?.choices?.find((c) => c.value === value)?.label ?? value;
  },

  /**
   * A chart inline, with its summary in words beneath. The SVG namespace attribute is dropped (HTML needs
   * none), so the page holds no web address at all.
   *
   * @example paperHtml.chart(goalChartSvg(goalChartData(progress)))
   */
  chart(chart: ChartSvg): string {
    return `<figure class="chart">${chart.svg.replace(/\s+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '')}<figcaption class="muted">${escapeHtml(chart.summary)}</figcaption></figure>`;
  },

  /**
   * A date as people read it, or a dash.
   *
   * @example paperHtml.date('2026-12-07') // '12/7/2026'
   */
  date(date: string | undefined): string {
    return date ? escapeHtml(presentDate(date)) : '—';
  },

  /**
   * Deadlines with status, due date, days left, and the basis (citation, verification, explanation, notes, warnings).
   *
   * @example paperHtml.deadlines(computeDeadlines(student, settings, today).deadlines)
   */
  deadlines(deadlines: readonly Deadline[], options: { empty?: string } = {}): string {
    return htmlTable(
      ['Status', 'Deadline', 'Due', 'Days', 'Basis'],
      deadlines.map((d) => [
        { html: paperHtml.status(d.status) },
        { html: `${escapeHtml(d.title)}${d.scheduleBy ? `<br><span class="muted">Notice by ${paperHtml.date(d.scheduleBy)}</span>` : ''}` },
        { html: `${paperHtml.date(d.dueDate)}${d.completedOn ? `<br><span class="muted">Done ${paperHtml.date(d.completedOn)}</span>` : ''}` },
        d.status === 'done' ? '' : `${presentDaysLeft(d.daysLeft)}${schoolDaysWords(d)}`,
        {
          html: [
            `<b>${escapeHtml(d.basis.citation)}</b> <span class="muted">(${escapeHtml(presentVerification(d.basis.verification))})</span>`,
            escapeHtml(d.basis.explanation),
            ...d.basis.notes.map((n) => `<span class="muted">${escapeHtml(n)}</span>`),
            ...d.warnings.map((w) => `<span class="warn">⚠ ${escapeHtml(w)}</span>`),
          ].join('<br>'),
        },
      ]),
      { widths: [15, 20, 13, 14, 38], empty: options.empty ?? 'No deadlines.' },
    );
  },

  /**
   * Fidelity per accommodation and class, with the checks where it was not implemented.
   *
   * @example paperHtml.fidelity(accommodationFidelity(tables))
   */
  fidelity(rows: readonly AccommodationFidelity[]): string {
    return htmlTable(
      ['Accommodation', 'Fidelity', 'By class or setting', 'Not implemented'],
      rows.map((r) => [
        { html: `${escapeHtml(r.accommodation?.accommodation ?? `Not on the accommodation list (${r.accommodationId})`)}${r.accommodation?.appliesTo ? `<br><span class="muted">${escapeHtml(r.accommodation.appliesTo)}</span>` : ''}` },
        fidelityWords(r),
        { html: r.byClass.map((c) => `${escapeHtml(c.classOrSetting)}: ${escapeHtml(fidelityWords(c))}`).join('<br>') || '—' },
        { html: r.misses.map((m) => `${paperHtml.date(m.date)} ${escapeHtml(m.classOrSetting ?? '')}${m.checkedBy ? ` (${escapeHtml(m.checkedBy)})` : ''}${m.note ? `: ${escapeHtml(m.note)}` : ''}`).join('<br>') || '—' },
      ]),
      { widths: [28, 14, 26, 32], empty: 'No accommodations on record.' },
    );
  },
};

/** " (6 school days left)" beside the calendar days, where a school calendar covers the span and the count differs. */
function schoolDaysWords(d: Deadline): string {
  if (d.schoolDaysLeft === null || d.daysLeft === 0) return '';
  if (d.schoolDaysLeft === 0) return ' (no school days left)';
  return ` (${presentDaysLeft(d.schoolDaysLeft, 'school day')})`;
}

/** "83% (10 of 12 checks)", or "No checks" when nothing applicable was checked. */
function fidelityWords(c: { implemented: number; notImplemented: number; fidelity: number | null }): string {
  if (c.fidelity === null) return 'No checks';
  return `${Math.round(c.fidelity * 100)}% (${c.implemented} of ${c.implemented + c.notImplemented})`;
}

import { escapeHtml } from './escape-html.ts';

/** A table cell: plain text (escaped here), or HTML already built with `escapeHtml`. */
export type HtmlCell = string | number | { html: string };

/**
 * A printable table: headers and rows of cells, plain text escaped. Column widths (percent) keep wide
 * text wrapping inside the page instead of running off it.
 *
 * @example htmlTable(['Date', 'Result'], [['12/1/2026', 'Reached']])
 */
export function htmlTable(headers: readonly string[], rows: readonly (readonly HtmlCell[])[], options: { widths?: readonly number[]; empty?: string } = {}): string {
  if (rows.length === 0) return `<p class="muted">${escapeHtml(options.empty ?? 'None.')}</p>`;
  const cols = options.widths ? `<colgroup>${options.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  const head = `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>${cols}${head}<tbody>\n${body}\n</tbody></table>`;
}

function cell(c: HtmlCell): string {
  return typeof c === 'object' ? c.html : escapeHtml(c);
}

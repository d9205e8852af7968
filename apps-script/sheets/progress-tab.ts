import { type GoalProgress, type IsoDate, VERDICT_STYLES, goalChartData, toDayNumber } from '../../shared/index.ts';
import { chartIsCurrent } from './chart-is-current.ts';
import { ensureColumns, ensureRows } from './table-tab.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows each goal's block takes at least (the chart's height), and the column its chart is anchored in. */
const BLOCK_ROWS = 18;
const CHART_COLUMN = 5;

/** One goal's block on the Progress tab: where it starts, its data rows and its chart's title. */
export interface ProgressBlock {
  row: number;
  /** Rows of the chart's range: the header row and one per date. */
  rangeRows: number;
  title: string;
}

/**
 * The Progress tab's cells: per goal, a title row (student, goal, verdict, reason), a header row
 * (Date, Value, Aim line) and one row per date (the baseline, each data point, the target), the aim
 * line's value on every date so it draws as a straight line; blocks stacked down columns A–C.
 *
 * @example progressBlocks([progress], new Map([['S1', 'Ana Rivera']])).blocks[0]?.title // 'Ana Rivera: Reading fluency: …'
 */
export function progressBlocks(progress: readonly GoalProgress[], names: ReadonlyMap<string, string>): { cells: (string | number)[][]; blocks: ProgressBlock[] } {
  const cells: (string | number)[][] = [];
  const blocks: ProgressBlock[] = [];
  for (const p of progress) {
    const data = goalChartData(p);
    const name = names.get(p.studentId) ?? `Student ${p.studentId}`;
    const title = `${name}: ${data.title}`;
    const aim = data.aim;
    const aimAt = (date: IsoDate): number | string => {
      if (!aim) return '';
      const from = toDayNumber(aim.from.date);
      const to = toDayNumber(aim.to.date);
      if (to === from) return aim.to.value;
      const value = aim.from.value + ((aim.to.value - aim.from.value) * (toDayNumber(date) - from)) / (to - from);
      return Math.round(value * 1000) / 1000;
    };
    const rows: { date: IsoDate; value: number | string }[] = [
      ...(aim ? [{ date: aim.from.date, value: '' as const }] : []),
      ...data.points.map((pt) => ({ date: pt.date, value: pt.value })),
      ...(aim ? [{ date: aim.to.date, value: '' as const }] : []),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const start = cells.length + 1;
    cells.push([title, VERDICT_STYLES[p.verdict].label, p.reason]);
    cells.push(['Date', data.unit ? `Value (${data.unit})` : 'Value', 'Aim line']);
    for (const r of rows) cells.push([r.date, r.value, aimAt(r.date)]);
    while (cells.length - start + 1 < BLOCK_ROWS) cells.push(['', '', '']);
    cells.push(['', '', '']);
    blocks.push({ row: start, rangeRows: rows.length + 1, title });
  }
  return { cells, blocks };
}

/**
 * Writes the Progress tab: every goal's block in one write (old rows below cleared), then one native line
 * chart per goal (its points and the aim line as two series), anchored beside its block. Charts already
 * there are kept and changed only when their range, place or title moved; extra ones are removed. The
 * charts read the cells, so new data shows without touching them.
 */
export function writeProgressTab(sheet: Sheet, progress: readonly GoalProgress[], names: ReadonlyMap<string, string>): { charts: number } {
  const { cells, blocks } = progressBlocks(progress, names);
  const lastRow = sheet.getLastRow();
  if (cells.length > 0) {
    ensureRows(sheet, cells.length);
    ensureColumns(sheet, CHART_COLUMN);
    sheet.getRange(1, 1, cells.length, 3).setValues(cells);
  }
  if (lastRow > cells.length) sheet.getRange(cells.length + 1, 1, lastRow - cells.length, 3).clearContent();
  const existing = sheet.getCharts();
  blocks.forEach((block, i) => {
    const range = sheet.getRange(block.row + 1, 1, block.rangeRows, 3);
    const chart = existing[i];
    if (chartIsCurrent(chart, block.row, range, block.title)) return;
    const builder = (chart ? chart.modify().clearRanges() : sheet.newChart())
      .asLineChart()
      .addRange(range)
      .setPosition(block.row, CHART_COLUMN, 0, 0)
      .setNumHeaders(1)
      .setOption('title', block.title)
      .setOption('interpolateNulls', true)
      .setOption('legend', { position: 'bottom' })
      .setOption('series', { 0: { color: '#1F1F1F', pointSize: 6 }, 1: { color: '#5F6368', lineDashStyle: [6, 4], pointSize: 0 } });
    if (chart) sheet.updateChart(builder.build());
    else sheet.insertChart(builder.build());
  });
  for (const extra of existing.slice(blocks.length)) sheet.removeChart(extra);
  return { charts: blocks.length };
}

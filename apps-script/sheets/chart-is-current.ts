/**
 * Whether a chart a tab already has shows a block as it is now: anchored at the block's row, over the
 * same range, with the same title (then it is left alone, so a refresh with nothing changed writes no chart).
 *
 * @example chartIsCurrent(sheet.getCharts()[0], 5, sheet.getRange(6, 1, 12, 3), 'Reading fluency') // true when nothing moved
 */
export function chartIsCurrent(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | undefined, row: number, range: GoogleAppsScript.Spreadsheet.Range, title: string): boolean {
  return chart !== undefined && chart.getContainerInfo().getAnchorRow() === row && chart.getRanges()[0]?.getA1Notation() === range.getA1Notation() && chart.getOptions().get('title') === title;
}

import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../harness.ts';

function setup() {
  const env = createGasEnvironment({ sheets: ['Progress'] });
  const g = env.services({ tracked: true });
  const sheet = g.SpreadsheetApp.getActive().getSheetByName('Progress')!;
  return { env, sheet };
}

describe('Embedded charts', () => {
  it('inserts a line chart over a range; the chart shows the range\'s current values', () => {
    const { env, sheet } = setup();
    sheet.getRange(1, 1, 3, 3).setValues([['Date', 'Value', 'Aim line'], ['2026-09-01', 10, 10], ['2026-10-01', 12, 14]]);
    const chart = sheet.newChart().asLineChart().addRange(sheet.getRange('A1:C3')).setPosition(1, 5, 0, 0).setOption('title', 'Reading').build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const charts = env.charts('Progress');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'LINE', anchor: { row: 1, column: 5 }, options: { title: 'Reading' } });
    expect(charts[0]!.data[0]![2]!.slice(1)).toEqual([12, 14]);
    sheet.getRange('B3').setValue(13);
    expect(env.charts('Progress')[0]!.data[0]![2]![1]).toBe(13);
    expect(() => sheet.newChart().addRange(sheet.getRange('A1:B2')).build()).toThrow(/Chart type/);
  });

  it('getCharts, modify then updateChart, and removeChart change the stored chart', () => {
    const { env, sheet } = setup();
    sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:C3')).setPosition(1, 5, 0, 0).build());
    sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A5:C7')).setPosition(5, 5, 0, 0).build());
    const [first, second] = sheet.getCharts();
    expect(first!.getChartId()).not.toBeNull();
    sheet.updateChart(first!.modify().clearRanges().addRange(sheet.getRange('A1:C4')).setOption('title', 'Math').build());
    expect(env.charts('Progress')[0]).toMatchObject({ options: { title: 'Math' } });
    expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('A1:C4');
    expect(sheet.getCharts()[1]!.getContainerInfo().getAnchorRow()).toBe(5);
    sheet.removeChart(second!);
    expect(env.charts('Progress')).toHaveLength(1);
    expect(() => sheet.removeChart(second!)).toThrow(/not in this sheet/);
  });

  it('a combo chart keeps its type through modify, and its series options as given', () => {
    const { env, sheet } = setup();
    sheet.getRange(1, 1, 3, 3).setValues([['Week of', 'Hours', 'Capacity'], ['2026-12-07', 12, 10], ['2026-12-14', 6, 10]]);
    sheet.insertChart(sheet.newChart().asComboChart().addRange(sheet.getRange('A1:C3')).setPosition(1, 5, 0, 0).setOption('seriesType', 'bars').setOption('series', { 1: { type: 'line' } }).build());
    const [chart] = sheet.getCharts();
    sheet.updateChart(chart!.modify().setOption('title', 'Workload').build());
    expect(env.charts('Progress')[0]).toMatchObject({ type: 'COMBO', options: { seriesType: 'bars', series: { 1: { type: 'line' } }, title: 'Workload' } });
    expect(env.charts('Progress')[0]!.data[0]!.slice(1).map((r) => r[1])).toEqual([12, 6]);
    sheet.updateChart(chart!.modify().asColumnChart().build());
    expect(env.charts('Progress')[0]!.type).toBe('COLUMN');
  });
});

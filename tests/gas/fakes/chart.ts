/**
 * Embedded charts, only as far as the add-on uses them: `Sheet.newChart()` → `EmbeddedChartBuilder`
 * (`asLineChart`, `asColumnChart`, `asComboChart`, `addRange`, `clearRanges`, `setPosition`, `setOption`, `setTitle`, `setNumHeaders`,
 * `build`), `Sheet.insertChart / getCharts / updateChart / removeChart`, and `EmbeddedChart`
 * (`getChartId`, `getRanges`, `getOptions().get`, `getContainerInfo`, `modify`). A chart keeps its ranges
 * (not their values): what it shows is read from the sheet when inspected, as Sheets draws it. Any other
 * method is absent (calling it fails as an unknown function would).
 */
import type { Rect } from './a1.ts';
import type { Execution } from './runtime.ts';

/** A stored chart: its type, ranges, anchor and options. */
export interface ChartState {
  /** Set when inserted. */
  id: number | null;
  /** As `Charts.ChartType` names it; the type-specific builder methods are not modelled (options are). */
  type: 'LINE' | 'COLUMN' | 'COMBO' | 'UNSET';
  ranges: { sheetId: number; rect: Rect }[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeFactory = (exec: Execution, sheetId: number, rect: Rect) => Range;
type RangeLocator = (range: Range) => { sheetId: number; rect: Rect };

/** A fresh chart state (anchored at A1, no range). */
export function emptyChart(): ChartState {
  return { id: null, type: 'UNSET', ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {}, numHeaders: -1 };
}

/** EmbeddedChartBuilder (and the line, column and combo chart builders it turns into). */
export class FakeEmbeddedChartBuilder {
  constructor(
    private readonly exec: Execution,
    private readonly makeRange: RangeFactory,
    private readonly locate: RangeLocator,
    private readonly state: ChartState = emptyChart(),
  ) {}
  asLineChart(): this {
    this.state.type = 'LINE';
    return this;
  }
  asColumnChart(): this {
    this.state.type = 'COLUMN';
    return this;
  }
  /** A combo chart: `seriesType` ('bars', 'line' …) and per-series `series.N.type` options choose how each series draws. */
  asComboChart(): this {
    this.state.type = 'COMBO';
    return this;
  }
  addRange(range: Range): this {
    this.state.ranges.push(this.locate(range));
    return this;
  }
  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.exec.array(this.state.ranges.map((r) => this.makeRange(this.exec, r.sheetId, r.rect)));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (!(anchorRowPos >= 1) || !(anchorColPos >= 1)) this.exec.fail('Invalid argument: anchor position');
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.state.options[option] = structuredClone(value);
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this;
  }
  build(): FakeEmbeddedChart {
    if (this.state.type === 'UNSET') this.exec.fail('Chart type must be set.');
    return new FakeEmbeddedChart(this.exec, this.makeRange, this.locate, structuredClone(this.state));
  }
}

/** EmbeddedChart: a built (and maybe inserted) chart. */
export class FakeEmbeddedChart {
  constructor(
    private readonly exec: Execution,
    private readonly makeRange: RangeFactory,
    private readonly locate: RangeLocator,
    readonly state: ChartState,
  ) {}
  getChartId(): number | null {
    return this.state.id;
  }
  getRanges(): Range[] {
    return this.exec.array(this.state.ranges.map((r) => this.makeRange(this.exec, r.sheetId, r.rect)));
  }
  getOptions(): { get(option: string): unknown } {
    const options = structuredClone(this.state.options);
    return { get: (option: string) => options[option] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const p = { ...this.state.position };
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.exec, this.makeRange, this.locate, structuredClone(this.state));
  }
}

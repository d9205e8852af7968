/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * Basic filters: `Range.createFilter()`, `Sheet.getFilter()`, column criteria built with
 * `SpreadsheetApp.newFilterCriteria()`, and which rows they hide (`Sheet.isRowHiddenByFilter`).
 * Criteria are evaluated on display values, case-insensitively for text, like the Sheets UI.
 */
import { FilterCriteriaBuilderStub, FilterCriteriaStub, FilterStub } from './generated/stubs.ts';
import { displayValue, isDateTimeFormat } from './number-format.ts';
import type { Execution } from './runtime.ts';
import { type FilterCriteriaState, type SheetState, type SpreadsheetState, cellKey } from './spreadsheet-model.ts';
import { isDateValue } from './runtime.ts';
import { toWallTime } from './time-zone.ts';
import { wallToSerial } from './number-format.ts';

type Builder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

function realmArgs(exec: Execution, args: unknown[]): any[] {
  return exec.array(args.map((a) => (isDateValue(a) ? exec.date(a.getTime()) : a)));
}

/** Built criteria. */
export class FakeFilterCriteria extends FilterCriteriaStub implements GoogleAppsScript.Spreadsheet.FilterCriteria {
  constructor(
    private readonly exec: Execution,
    readonly state: FilterCriteriaState,
  ) {
    super();
  }
  override copy(): Builder {
    return new FakeFilterCriteriaBuilder(this.exec, structuredClone(this.state));
  }
  override getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return (this.state.criteria || null) as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  override getCriteriaValues(): any[] {
    return realmArgs(this.exec, this.state.args);
  }
  override getHiddenValues(): string[] {
    return this.exec.array(this.state.hidden);
  }
  override getVisibleValues(): string[] {
    return this.exec.array(this.state.visible);
  }
}

/** `SpreadsheetApp.newFilterCriteria()`. */
export class FakeFilterCriteriaBuilder extends FilterCriteriaBuilderStub implements Builder {
  constructor(
    private readonly exec: Execution,
    private state: FilterCriteriaState = { criteria: '', args: [], hidden: [], visible: [] },
  ) {
    super();
  }
  private when(criteria: string, args: unknown[]): Builder {
    this.state = { ...this.state, criteria, args: args.map((a) => (isDateValue(a) ? new Date(a.getTime()) : a)) };
    return this;
  }
  override build(): GoogleAppsScript.Spreadsheet.FilterCriteria {
    return new FakeFilterCriteria(this.exec, structuredClone(this.state));
  }
  override copy(): Builder {
    return new FakeFilterCriteriaBuilder(this.exec, structuredClone(this.state));
  }
  override getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return (this.state.criteria || null) as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  override getCriteriaValues(): any[] {
    return realmArgs(this.exec, this.state.args);
  }
  override getHiddenValues(): string[] {
    return this.exec.array(this.state.hidden);
  }
  override getVisibleValues(): string[] {
    return this.exec.array(this.state.visible);
  }
  override setHiddenValues(values: string[]): Builder {
    this.state = { ...this.state, hidden: values.map(String) };
    return this;
  }
  override setVisibleValues(values: string[]): Builder {
    this.state = { ...this.state, visible: values.map(String) };
    return this;
  }
  override whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY', []);
  }
  override whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  override whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  override whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  override whenTextDoesNotContain(text: string): Builder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  override whenTextStartsWith(text: string): Builder {
    return this.when('TEXT_STARTS_WITH', [String(text)]);
  }
  override whenTextEndsWith(text: string): Builder {
    return this.when('TEXT_ENDS_WITH', [String(text)]);
  }
  override whenNumberEqualTo(n: number): Builder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  override whenNumberGreaterThan(n: number): Builder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  override whenNumberLessThan(n: number): Builder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  override whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  override whenDateBefore(date: any): Builder {
    return this.when('DATE_BEFORE', [date]);
  }
  override whenDateAfter(date: any): Builder {
    return this.when('DATE_AFTER', [date]);
  }
  override whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
}

/** Whether a stored cell passes one column's criteria (custom formulas cannot be evaluated: pass). */
export function passesFilter(cell: { v: string | number | boolean | null; format?: string } | undefined, c: FilterCriteriaState, timeZone: string): boolean {
  const v = cell?.v ?? null;
  const text = displayValue(v, cell?.format);
  const lower = text.toLowerCase();
  if (c.hidden.length && c.hidden.includes(text)) return false;
  if (c.visible.length && !c.visible.includes(text)) return false;
  const arg = String(c.args[0] ?? '').toLowerCase();
  const num = typeof v === 'number' ? v : NaN;
  const dateSerial = (x: unknown) => Math.floor(wallToSerial(toWallTime(isDateValue(x) ? x.getTime() : Number(x), timeZone)));
  switch (c.criteria) {
    case '':
    case 'CUSTOM_FORMULA':
      return true;
    case 'CELL_EMPTY':
      return text === '';
    case 'CELL_NOT_EMPTY':
      return text !== '';
    case 'TEXT_EQUAL_TO':
      return lower === arg;
    case 'TEXT_CONTAINS':
      return lower.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !lower.includes(arg);
    case 'TEXT_STARTS_WITH':
      return lower.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return lower.endsWith(arg);
    case 'NUMBER_EQUAL_TO':
      return num === Number(c.args[0]);
    case 'NUMBER_GREATER_THAN':
      return num > Number(c.args[0]);
    case 'NUMBER_LESS_THAN':
      return num < Number(c.args[0]);
    case 'NUMBER_BETWEEN':
      return num >= Number(c.args[0]) && num <= Number(c.args[1]);
    case 'DATE_BEFORE':
      return typeof v === 'number' && isDateTimeFormat(cell?.format) && Math.floor(v) < dateSerial(c.args[0]);
    case 'DATE_AFTER':
      return typeof v === 'number' && isDateTimeFormat(cell?.format) && Math.floor(v) > dateSerial(c.args[0]);
    default:
      return true;
  }
}

/** True when the sheet's filter hides `row` (the header row of the filter is never hidden). */
export function isHiddenByFilter(ss: SpreadsheetState, sheet: SheetState, row: number): boolean {
  const f = sheet.filter;
  if (!f || row <= f.rect.row || row >= f.rect.row + f.rect.numRows) return false;
  for (const [col, crit] of f.columns) {
    if (!passesFilter(sheet.cells.get(cellKey(row, col)), crit, ss.timeZone)) return true;
  }
  return false;
}

/** Range factory provided by the spreadsheet module. */
export type FilterRangeFactory = (exec: Execution, sheet: SheetState, rect: { row: number; col: number; numRows: number; numCols: number }) => GoogleAppsScript.Spreadsheet.Range;

/** The basic filter of a sheet. */
export class FakeFilter extends FilterStub implements GoogleAppsScript.Spreadsheet.Filter {
  constructor(
    private readonly exec: Execution,
    private readonly sheet: SheetState,
    private readonly makeRange: FilterRangeFactory,
  ) {
    super();
  }
  private live(): NonNullable<SheetState['filter']> {
    if (!this.sheet.filter) this.exec.fail('The filter has been removed.');
    return this.sheet.filter;
  }
  private column(columnPosition: number): number {
    const f = this.live();
    const c = Number(columnPosition);
    if (c < f.rect.col || c >= f.rect.col + f.rect.numCols) this.exec.fail('The column position is outside the filter range.');
    return c;
  }
  override getRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.exec.call('spreadsheet', 'Filter', 'getRange', 'read', () => this.makeRange(this.exec, this.sheet, { ...this.live().rect }));
  }
  override remove(): void {
    this.exec.call('spreadsheet', 'Filter', 'remove', 'write', () => {
      this.live();
      this.sheet.filter = undefined;
    });
  }
  override getColumnFilterCriteria(columnPosition: number): GoogleAppsScript.Spreadsheet.FilterCriteria | null {
    return this.exec.call('spreadsheet', 'Filter', 'getColumnFilterCriteria', 'read', () => {
      const c = this.live().columns.get(this.column(columnPosition));
      return c ? new FakeFilterCriteria(this.exec, structuredClone(c)) : null;
    });
  }
  override setColumnFilterCriteria(columnPosition: number, filterCriteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null): GoogleAppsScript.Spreadsheet.Filter {
    return this.exec.call('spreadsheet', 'Filter', 'setColumnFilterCriteria', 'write', () => {
      const c = this.column(columnPosition);
      if (filterCriteria === null) this.live().columns.delete(c);
      else this.live().columns.set(c, structuredClone((filterCriteria as FakeFilterCriteria).state));
      return this;
    });
  }
  override removeColumnFilterCriteria(columnPosition: number): GoogleAppsScript.Spreadsheet.Filter {
    return this.exec.call('spreadsheet', 'Filter', 'removeColumnFilterCriteria', 'write', () => {
      this.live().columns.delete(this.column(columnPosition));
      return this;
    });
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `SpreadsheetApp`, `Spreadsheet`, `Sheet` and `Protection` over the persistent spreadsheet state.
 * One spreadsheet (the one the add-on is bound to / opened in) per environment.
 */
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart.ts';
import { type Rect, parseA1 } from './a1.ts';
import { ProtectionStub, SheetStub, SpreadsheetAppStub, SpreadsheetStub } from './generated/stubs.ts';
import { BooleanCriteria, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from './enums.ts';
import { FakeFilter, FakeFilterCriteriaBuilder, isHiddenByFilter } from './filter.ts';
import { FakeRange, NO_EDIT_ACCESS_MESSAGE, PROTECTED_MESSAGE, assertCanEdit, setSpreadsheetLinks } from './range.ts';
import type { Execution, GasRuntime } from './runtime.ts';
import { FakeUser, emailOf } from './session.ts';
import {
  type ProtectionState,
  type SheetState,
  type SpreadsheetState,
  blockingProtections,
  growRows,
  lastContent,
  newSheetState,
  shiftDimension,
  touchCell,
} from './spreadsheet-model.ts';
import { isValidTimeZone } from './time-zone.ts';
import { FakeUi } from './ui.ts';
import { FakeConditionalFormatRule, FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './validation.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Options for the environment's spreadsheet. */
export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  owner: string;
  editors?: string[];
  viewers?: string[];
  /** Tab names, first is active (default `['Sheet1']`). */
  sheets?: string[];
}

/** Creates the environment's spreadsheet state. */
export function createSpreadsheetState(options: SpreadsheetOptions): SpreadsheetState {
  const names = options.sheets ?? ['Sheet1'];
  const timeZone = options.timeZone ?? 'America/New_York';
  if (!isValidTimeZone(timeZone)) throw new Error(`Unknown spreadsheet time zone: ${timeZone}`);
  return {
    id: options.id ?? '1FakeSpreadsheetId_casekeeper000000000000000',
    name: options.name ?? 'Caseload tracker',
    timeZone,
    locale: options.locale ?? 'en_US',
    owner: options.owner,
    editors: new Set(options.editors ?? []),
    viewers: new Set(options.viewers ?? []),
    sheets: names.map((n, i) => newSheetState(i, n)),
    activeSheetId: 0,
    activeRange: undefined,
    namedRanges: new Map(),
    protections: [],
    nextSheetId: names.length === 0 ? 0 : 1_000_000,
    nextProtectionId: 1,
  };
}

/** The environment's spreadsheet state. */
export function spreadsheetState(rt: GasRuntime): SpreadsheetState {
  const ss = rt.stores.get('spreadsheet') as SpreadsheetState | undefined;
  if (!ss) throw new Error('Fake: no spreadsheet in this environment');
  return ss;
}

function sheetAlive(exec: Execution, ss: SpreadsheetState, sheet: SheetState): void {
  if (!ss.sheets.includes(sheet)) exec.fail('The sheet you are trying to access has been deleted.');
}

/** A protection of a range or a whole sheet. */
export class FakeProtection extends ProtectionStub implements GoogleAppsScript.Spreadsheet.Protection {
  constructor(
    private readonly exec: Execution,
    private readonly ss: SpreadsheetState,
    readonly state: ProtectionState,
  ) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('spreadsheet', 'Protection', method, kind, body);
  }
  private mayChange(): void {
    const u = this.exec.user;
    if (this.state.removed) this.exec.fail('This protection has been removed.');
    if (u !== this.ss.owner && !this.state.editors.has(u)) this.exec.fail(PROTECTED_MESSAGE);
  }
  private sheet(): SheetState {
    return this.ss.sheets.find((s) => s.id === this.state.sheetId)!;
  }
  override canEdit(): boolean {
    return this.call('canEdit', 'read', () => this.exec.user === this.ss.owner || this.state.editors.has(this.exec.user));
  }
  override canDomainEdit(): boolean {
    return this.call('canDomainEdit', 'read', () => this.state.domainEdit);
  }
  override setDomainEdit(editable: boolean): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('setDomainEdit', 'write', () => {
      this.mayChange();
      this.state.domainEdit = !!editable;
      return this;
    });
  }
  override getDescription(): string {
    return this.call('getDescription', 'read', () => this.state.description);
  }
  override setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('setDescription', 'write', () => {
      this.mayChange();
      this.state.description = String(description);
      return this;
    });
  }
  override getEditors(): GoogleAppsScript.Base.User[] {
    return this.call('getEditors', 'read', () => {
      const emails = new Set([this.ss.owner, ...this.state.editors]);
      return this.exec.array([...emails].map((e) => new FakeUser(e)));
    });
  }
  override addEditor(user: any): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('addEditor', 'write', () => {
      this.mayChange();
      this.state.editors.add(emailOf(user));
      return this;
    });
  }
  override addEditors(emailAddresses: string[]): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('addEditors', 'write', () => {
      this.mayChange();
      for (const e of emailAddresses) this.state.editors.add(emailOf(e));
      return this;
    });
  }
  /** The owner always keeps access; the user running the script is never removed (as in Sheets). */
  private remove1(email: string): void {
    if (email === this.ss.owner || email === this.exec.user) return;
    this.state.editors.delete(email);
  }
  override removeEditor(user: any): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('removeEditor', 'write', () => {
      this.mayChange();
      this.remove1(emailOf(user));
      return this;
    });
  }
  override removeEditors(users: any[]): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('removeEditors', 'write', () => {
      this.mayChange();
      for (const u of users) this.remove1(emailOf(u));
      return this;
    });
  }
  override isWarningOnly(): boolean {
    return this.call('isWarningOnly', 'read', () => this.state.warningOnly);
  }
  override setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('setWarningOnly', 'write', () => {
      this.mayChange();
      this.state.warningOnly = !!warningOnly;
      return this;
    });
  }
  override getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.state.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  override getRange(): Range {
    return this.call('getRange', 'read', () => {
      const sheet = this.sheet();
      const rect = this.state.rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
      return new FakeRange(this.exec, this.ss, sheet, rect);
    });
  }
  override setRange(range: Range): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('setRange', 'write', () => {
      this.mayChange();
      if (this.state.type === 'SHEET') this.exec.fail('Cannot set the range of a sheet protection.');
      const r = range as FakeRange;
      this.state.sheetId = r.sheetState.id;
      this.state.rect = { ...r.rect };
      return this;
    });
  }
  override getUnprotectedRanges(): Range[] {
    return this.call('getUnprotectedRanges', 'read', () => this.exec.array(this.state.unprotected.map((rect) => new FakeRange(this.exec, this.ss, this.sheet(), rect))));
  }
  override setUnprotectedRanges(ranges: Range[]): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('setUnprotectedRanges', 'write', () => {
      this.mayChange();
      if (this.state.type !== 'SHEET') this.exec.fail('Unprotected ranges can only be set on a sheet protection.');
      this.state.unprotected = ranges.map((r) => ({ ...(r as FakeRange).rect }));
      return this;
    });
  }
  override remove(): void {
    this.call('remove', 'write', () => {
      this.mayChange();
      this.state.removed = true;
      this.ss.protections = this.ss.protections.filter((p) => p !== this.state);
    });
  }
}

function newProtection(exec: Execution, ss: SpreadsheetState, sheet: SheetState, type: 'RANGE' | 'SHEET', rect: Rect | undefined): FakeProtection {
  if (exec.user !== ss.owner && !ss.editors.has(exec.user)) exec.fail(NO_EDIT_ACCESS_MESSAGE);
  const state: ProtectionState = {
    id: ss.nextProtectionId++,
    type,
    sheetId: sheet.id,
    rect,
    description: '',
    // Until changed, a new protection mirrors the spreadsheet's own editors.
    editors: new Set([ss.owner, ...ss.editors]),
    warningOnly: false,
    domainEdit: true,
    unprotected: [],
    removed: false,
  };
  ss.protections.push(state);
  return new FakeProtection(exec, ss, state);
}

setSpreadsheetLinks({
  sheet: (exec, sheet) => new FakeSheet(exec, spreadsheetState(exec.runtime), sheet),
  protectRange: (exec, sheet, rect) => newProtection(exec, spreadsheetState(exec.runtime), sheet, 'RANGE', rect),
});

function intArg(exec: Execution, value: unknown, what: string): number {
  const n = Number(value);
  if (typeof value === 'boolean' || value === null || value === undefined || !Number.isFinite(n)) exec.fail(`Cannot convert '${String(value)}' to int (${what}).`);
  return Math.trunc(n);
}

/** One tab of the spreadsheet. */
export class FakeSheet extends SheetStub implements Sheet {
  constructor(
    private readonly exec: Execution,
    private readonly ss: SpreadsheetState,
    readonly state: SheetState,
  ) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('spreadsheet', 'Sheet', method, kind, () => {
      sheetAlive(this.exec, this.ss, this.state);
      return body();
    });
  }
  private wholeRows(row: number, numRows: number): Rect {
    return { row, col: 1, numRows, numCols: this.state.maxCols };
  }
  private wholeCols(col: number, numCols: number): Rect {
    return { row: 1, col, numRows: this.state.maxRows, numCols };
  }
  /** Builds a range, checking it lies inside the sheet. */
  rangeAt(row: number, col: number, numRows: number, numCols: number): FakeRange {
    const e = this.exec;
    if (row < 1) e.fail('The starting row of the range is too small.');
    if (col < 1) e.fail('The starting column of the range is too small.');
    if (numRows < 1) e.fail('The number of rows in the range must be at least 1.');
    if (numCols < 1) e.fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.state.maxRows || col + numCols - 1 > this.state.maxCols) {
      e.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(e, this.ss, this.state, { row, col, numRows, numCols });
  }

  override getName(): string {
    return this.call('getName', 'local', () => this.state.name);
  }
  override setName(name: string): Sheet {
    return this.call('setName', 'write', () => {
      assertCanEdit(this.exec, this.ss, this.state, { row: 1, col: 1, numRows: 1, numCols: 1 });
      if (this.ss.sheets.some((s) => s !== this.state && s.name.toLowerCase() === String(name).toLowerCase())) {
        this.exec.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
      }
      this.state.name = String(name);
      return this;
    });
  }
  override getSheetId(): number {
    return this.call('getSheetId', 'local', () => this.state.id);
  }
  override getIndex(): number {
    return this.call('getIndex', 'local', () => this.ss.sheets.indexOf(this.state) + 1);
  }
  override getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.call('getParent', 'local', () => new FakeSpreadsheet(this.exec, this.ss));
  }
  override activate(): Sheet {
    return this.call('activate', 'local', () => {
      this.ss.activeSheetId = this.state.id;
      return this;
    });
  }
  override getRange(row: number, column: number): Range;
  override getRange(row: number, column: number, numRows: number): Range;
  override getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  override getRange(a1Notation: string): Range;
  override getRange(...args: unknown[]): Range {
    return this.call('getRange', 'local', () => {
      if (typeof args[0] === 'string' && args.length === 1) {
        const parsed = parseA1(args[0], this.state.maxRows, this.state.maxCols);
        if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName !== this.state.name)) this.exec.fail('Range not found');
        const r = parsed.rect;
        return this.rangeAt(r.row, r.col, r.numRows, r.numCols);
      }
      const row = intArg(this.exec, args[0], 'row');
      const col = intArg(this.exec, args[1], 'column');
      const numRows = args.length > 2 ? intArg(this.exec, args[2], 'numRows') : 1;
      const numCols = args.length > 3 ? intArg(this.exec, args[3], 'numColumns') : 1;
      return this.rangeAt(row, col, numRows, numCols);
    });
  }
  override getDataRange(): Range {
    return this.call('getDataRange', 'read', () => {
      const last = lastContent(this.state);
      return this.rangeAt(1, 1, Math.max(1, last.row), Math.max(1, last.col));
    });
  }
  override getLastRow(): number {
    return this.call('getLastRow', 'read', () => lastContent(this.state).row);
  }
  override getLastColumn(): number {
    return this.call('getLastColumn', 'read', () => lastContent(this.state).col);
  }
  override getMaxRows(): number {
    return this.call('getMaxRows', 'read', () => this.state.maxRows);
  }
  override getMaxColumns(): number {
    return this.call('getMaxColumns', 'read', () => this.state.maxCols);
  }

  private insertRowsAt(method: string, at: number, howMany: number): Sheet {
    return this.call(method, 'write', () => {
      if (at < 1 || at > this.state.maxRows + 1 || howMany < 1) this.exec.fail('Those rows are out of bounds.');
      this.assertStructural('row', at, howMany, true);
      if (at === this.state.maxRows + 1) growRows(this.ss, this.state, this.state.maxRows + howMany);
      else {
        shiftDimension(this.ss, this.state, 'row', at, howMany);
        this.state.maxRows += howMany;
      }
      return this;
    });
  }
  private insertColsAt(method: string, at: number, howMany: number): Sheet {
    return this.call(method, 'write', () => {
      if (at < 1 || at > this.state.maxCols + 1 || howMany < 1) this.exec.fail('Those columns are out of bounds.');
      this.assertStructural('col', at, howMany, true);
      shiftDimension(this.ss, this.state, 'col', at, howMany);
      this.state.maxCols += howMany;
      return this;
    });
  }
  /** Inserting inside a protected block, or deleting protected rows, needs rights on the protection. */
  private assertStructural(axis: 'row' | 'col', at: number, howMany: number, insert: boolean): void {
    const u = this.exec.user;
    if (u !== this.ss.owner && !this.ss.editors.has(u)) this.exec.fail(NO_EDIT_ACCESS_MESSAGE);
    if (!insert) {
      const rect = axis === 'row' ? this.wholeRows(at, howMany) : this.wholeCols(at, howMany);
      if (blockingProtections(this.ss, this.state, rect, u).length > 0) this.exec.fail(PROTECTED_MESSAGE);
      return;
    }
    for (const p of this.ss.protections) {
      if (p.removed || p.warningOnly || p.sheetId !== this.state.id || u === this.ss.owner || p.editors.has(u)) continue;
      if (p.type === 'SHEET') this.exec.fail(PROTECTED_MESSAGE);
      const r = p.rect!;
      const start = axis === 'row' ? r.row : r.col;
      const size = axis === 'row' ? r.numRows : r.numCols;
      if (start < at && start + size > at) this.exec.fail(PROTECTED_MESSAGE);
    }
  }
  override insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany);
  }
  override insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertRowsAt('insertRowsBefore', beforePosition, howMany);
  }
  override insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAt('insertRowAfter', afterPosition + 1, 1);
  }
  override insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsAt('insertRowBefore', beforePosition, 1);
  }
  override insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertColsAt('insertColumnsAfter', afterPosition + 1, howMany);
  }
  override insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertColsAt('insertColumnsBefore', beforePosition, howMany);
  }
  override insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColsAt('insertColumnAfter', afterPosition + 1, 1);
  }
  override insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColsAt('insertColumnBefore', beforePosition, 1);
  }
  private deleteRowsImpl(method: string, rowPosition: number, howMany: number): void {
    this.call(method, 'write', () => {
      if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.state.maxRows) this.exec.fail('Those rows are out of bounds.');
      if (howMany >= this.state.maxRows - this.state.frozenRows && rowPosition > this.state.frozenRows) {
        this.exec.fail('Sorry, it is not possible to delete all non-frozen rows.');
      }
      this.assertStructural('row', rowPosition, howMany, false);
      shiftDimension(this.ss, this.state, 'row', rowPosition, -howMany);
      this.state.maxRows -= howMany;
    });
  }
  override deleteRow(rowPosition: number): Sheet {
    this.deleteRowsImpl('deleteRow', rowPosition, 1);
    return this;
  }
  override deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsImpl('deleteRows', rowPosition, howMany);
  }
  private deleteColsImpl(method: string, col: number, howMany: number): void {
    this.call(method, 'write', () => {
      if (col < 1 || howMany < 1 || col + howMany - 1 > this.state.maxCols) this.exec.fail('Those columns are out of bounds.');
      if (howMany >= this.state.maxCols - this.state.frozenCols && col > this.state.frozenCols) {
        this.exec.fail('Sorry, it is not possible to delete all non-frozen columns.');
      }
      this.assertStructural('col', col, howMany, false);
      shiftDimension(this.ss, this.state, 'col', col, -howMany);
      this.state.maxCols -= howMany;
    });
  }
  override deleteColumn(columnPosition: number): Sheet {
    this.deleteColsImpl('deleteColumn', columnPosition, 1);
    return this;
  }
  override deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteColsImpl('deleteColumns', columnPosition, howMany);
  }
  override appendRow(rowContents: any[]): Sheet {
    return this.call('appendRow', 'write', () => {
      if (!Array.isArray(rowContents)) this.exec.fail("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
      const row = lastContent(this.state).row + 1;
      const width = Math.max(1, rowContents.length);
      growRows(this.ss, this.state, row);
      if (width > this.state.maxCols) this.state.maxCols = width;
      const range = new FakeRange(this.exec, this.ss, this.state, { row, col: 1, numRows: 1, numCols: width });
      range.writeValues([rowContents.length ? rowContents : ['']]);
      return this;
    });
  }
  override setFrozenRows(rows: number): void {
    this.call('setFrozenRows', 'write', () => {
      if (rows < 0 || rows >= this.state.maxRows) this.exec.fail('Invalid argument: rows');
      this.state.frozenRows = rows;
    });
  }
  override getFrozenRows(): number {
    return this.call('getFrozenRows', 'read', () => this.state.frozenRows);
  }
  override setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns', 'write', () => {
      if (columns < 0 || columns >= this.state.maxCols) this.exec.fail('Invalid argument: columns');
      this.state.frozenCols = columns;
    });
  }
  override getFrozenColumns(): number {
    return this.call('getFrozenColumns', 'read', () => this.state.frozenCols);
  }
  private setHidden(method: string, set: Set<number>, start: number, count: number, hidden: boolean, max: number): void {
    this.call(method, 'write', () => {
      if (start < 1 || count < 1 || start + count - 1 > max) this.exec.fail('Those columns are out of bounds.');
      for (let i = start; i < start + count; i++) {
        if (hidden) set.add(i);
        else set.delete(i);
      }
    });
  }
  override hideColumns(columnIndex: number, numColumns?: number): void {
    this.setHidden('hideColumns', this.state.hiddenCols, columnIndex, numColumns ?? 1, true, this.state.maxCols);
  }
  override showColumns(columnIndex: number, numColumns?: number): void {
    this.setHidden('showColumns', this.state.hiddenCols, columnIndex, numColumns ?? 1, false, this.state.maxCols);
  }
  override hideColumn(column: Range): void {
    const r = (column as FakeRange).rect;
    this.setHidden('hideColumn', this.state.hiddenCols, r.col, r.numCols, true, this.state.maxCols);
  }
  override unhideColumn(column: Range): void {
    const r = (column as FakeRange).rect;
    this.setHidden('unhideColumn', this.state.hiddenCols, r.col, r.numCols, false, this.state.maxCols);
  }
  override isColumnHiddenByUser(columnPosition: number): boolean {
    return this.call('isColumnHiddenByUser', 'read', () => this.state.hiddenCols.has(columnPosition));
  }
  override hideRows(rowIndex: number, numRows?: number): void {
    this.setHidden('hideRows', this.state.hiddenRows, rowIndex, numRows ?? 1, true, this.state.maxRows);
  }
  override showRows(rowIndex: number, numRows?: number): void {
    this.setHidden('showRows', this.state.hiddenRows, rowIndex, numRows ?? 1, false, this.state.maxRows);
  }
  override isRowHiddenByUser(rowPosition: number): boolean {
    return this.call('isRowHiddenByUser', 'read', () => this.state.hiddenRows.has(rowPosition));
  }
  override setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.call('setColumnWidth', 'write', () => {
      this.state.colWidths.set(columnPosition, width);
      return this;
    });
  }
  override setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    return this.call('setColumnWidths', 'write', () => {
      for (let c = startColumn; c < startColumn + numColumns; c++) this.state.colWidths.set(c, width);
      return this;
    });
  }
  override getColumnWidth(columnPosition: number): number {
    return this.call('getColumnWidth', 'read', () => this.state.colWidths.get(columnPosition) ?? 100);
  }
  override autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    return this.call('autoResizeColumns', 'write', () => {
      void startColumn;
      void numColumns;
      return this;
    });
  }
  override protect(): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('protect', 'write', () => {
      const existing = this.ss.protections.find((p) => p.type === 'SHEET' && p.sheetId === this.state.id && !p.removed);
      if (existing) return new FakeProtection(this.exec, this.ss, existing);
      return newProtection(this.exec, this.ss, this.state, 'SHEET', undefined);
    });
  }
  override getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.call('getProtections', 'read', () =>
      this.exec.array(
        this.ss.protections.filter((p) => !p.removed && p.sheetId === this.state.id && p.type === String(type)).map((p) => new FakeProtection(this.exec, this.ss, p)),
      ),
    );
  }
  override newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.call('newChart', 'local', () => new FakeEmbeddedChartBuilder(this.exec, makeRange, locateRange) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder);
  }
  override insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.call('insertChart', 'write', () => {
      const state = structuredClone((chart as unknown as FakeEmbeddedChart).state);
      if (state.id !== null && this.ss.sheets.some((s) => s.charts.some((c) => c.id === state.id))) this.exec.fail('The chart is already in the spreadsheet.');
      state.id = nextChartId++;
      this.state.charts.push(state);
    });
  }
  override getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.call('getCharts', 'read', () =>
      this.exec.array(this.state.charts.map((c) => new FakeEmbeddedChart(this.exec, makeRange, locateRange, structuredClone(c)) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart)),
    );
  }
  override updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.call('updateChart', 'write', () => {
      const state = (chart as unknown as FakeEmbeddedChart).state;
      const at = this.state.charts.findIndex((c) => c.id !== null && c.id === state.id);
      if (at < 0) this.exec.fail('The chart is not in this sheet.');
      this.state.charts[at] = structuredClone(state);
    });
  }
  override removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.call('removeChart', 'write', () => {
      const id = (chart as unknown as FakeEmbeddedChart).state.id;
      const at = this.state.charts.findIndex((c) => c.id !== null && c.id === id);
      if (at < 0) this.exec.fail('The chart is not in this sheet.');
      this.state.charts.splice(at, 1);
    });
  }
  override setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules', 'write', () => {
      assertCanEdit(this.exec, this.ss, this.state, { row: 1, col: 1, numRows: 1, numCols: 1 });
      this.state.conditionalRules = rules.map((r) => structuredClone((r as FakeConditionalFormatRule).state));
    });
  }
  override getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.call('getConditionalFormatRules', 'read', () =>
      this.exec.array(this.state.conditionalRules.map((s) => new FakeConditionalFormatRule(this.exec, structuredClone(s), makeRange, locateRange))),
    );
  }
  override clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    return this.call('clear', 'write', () => {
      assertCanEdit(this.exec, this.ss, this.state, { row: 1, col: 1, numRows: this.state.maxRows, numCols: this.state.maxCols });
      for (const [key, cell] of [...this.state.cells]) {
        if (!options?.formatOnly) {
          cell.v = null;
          delete cell.formula;
        }
        if (!options?.contentsOnly) {
          delete cell.format;
          delete cell.background;
          delete cell.fontColor;
          delete cell.fontWeight;
        }
        if (cell.v === null && Object.keys(cell).length === 1) this.state.cells.delete(key);
      }
      return this;
    });
  }
  override clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  override clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  override isSheetHidden(): boolean {
    return false;
  }
  override sort(columnPosition: number, ascending?: boolean): Sheet {
    return this.call('sort', 'write', () => {
      const last = lastContent(this.state).row;
      const first = this.state.frozenRows + 1;
      if (last >= first) {
        new FakeRange(this.exec, this.ss, this.state, { row: first, col: 1, numRows: last - first + 1, numCols: this.state.maxCols }).sortRows([
          { column: columnPosition, ascending: ascending !== false },
        ]);
      }
      return this;
    });
  }
  override getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.call('getFilter', 'read', () =>
      this.state.filter ? new FakeFilter(this.exec, this.state, (exec, sheet, rect) => new FakeRange(exec, this.ss, sheet, rect)) : null,
    );
  }
  override isRowHiddenByFilter(rowPosition: number): boolean {
    return this.call('isRowHiddenByFilter', 'read', () => isHiddenByFilter(this.ss, this.state, rowPosition));
  }
}

/** Range factory for rules stored by sheet id. */
/** Chart ids, unique across spreadsheets in one test process. */
let nextChartId = 1;

function makeRange(exec: Execution, sheetId: number, rect: Rect): Range {
  const ss = spreadsheetState(exec.runtime);
  const sheet = ss.sheets.find((s) => s.id === sheetId);
  if (!sheet) exec.fail('The sheet you are trying to access has been deleted.');
  return new FakeRange(exec, ss, sheet, rect);
}
function locateRange(range: Range): { sheetId: number; rect: Rect } {
  const r = range as FakeRange;
  return { sheetId: r.sheetState.id, rect: { ...r.rect } };
}

/** The spreadsheet. */
export class FakeSpreadsheet extends SpreadsheetStub implements GoogleAppsScript.Spreadsheet.Spreadsheet {
  constructor(
    private readonly exec: Execution,
    private readonly ss: SpreadsheetState,
  ) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('spreadsheet', 'Spreadsheet', method, kind, body);
  }
  private sheet(state: SheetState): FakeSheet {
    return new FakeSheet(this.exec, this.ss, state);
  }
  override getId(): string {
    return this.call('getId', 'local', () => this.ss.id);
  }
  override getName(): string {
    return this.call('getName', 'read', () => this.ss.name);
  }
  override rename(newName: string): void {
    this.call('rename', 'write', () => {
      this.ss.name = String(newName);
    });
  }
  override getUrl(): string {
    return this.call('getUrl', 'local', () => `https://docs.google.com/spreadsheets/d/${this.ss.id}/edit`);
  }
  override getSpreadsheetTimeZone(): string {
    return this.call('getSpreadsheetTimeZone', 'read', () => this.ss.timeZone);
  }
  override setSpreadsheetTimeZone(timezone: string): void {
    this.call('setSpreadsheetTimeZone', 'write', () => {
      if (!isValidTimeZone(timezone)) this.exec.fail(`Invalid argument: ${timezone}`);
      this.ss.timeZone = timezone;
    });
  }
  override getSpreadsheetLocale(): string {
    return this.call('getSpreadsheetLocale', 'read', () => this.ss.locale);
  }
  override setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale', 'write', () => {
      this.ss.locale = String(locale);
    });
  }
  override getSheets(): Sheet[] {
    return this.call('getSheets', 'read', () => this.exec.array(this.ss.sheets.map((s) => this.sheet(s))));
  }
  override getNumSheets(): number {
    return this.call('getNumSheets', 'read', () => this.ss.sheets.length);
  }
  override getSheetByName(name: string): Sheet | null {
    return this.call('getSheetByName', 'read', () => {
      const s = this.ss.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
      return s ? this.sheet(s) : null;
    });
  }
  override getSheetById(id: number): Sheet | null {
    return this.call('getSheetById', 'read', () => {
      const s = this.ss.sheets.find((x) => x.id === id);
      return s ? this.sheet(s) : null;
    });
  }
  override insertSheet(): Sheet;
  override insertSheet(sheetIndex: number): Sheet;
  override insertSheet(sheetIndex: number, options: { template?: Sheet | undefined }): Sheet;
  override insertSheet(options: { template?: Sheet | undefined }): Sheet;
  override insertSheet(sheetName: string): Sheet;
  override insertSheet(sheetName: string, sheetIndex: number): Sheet;
  override insertSheet(sheetName: string, sheetIndex: number, options: { template?: Sheet | undefined }): Sheet;
  override insertSheet(sheetName: string, options: { template?: Sheet | undefined }): Sheet;
  override insertSheet(...args: unknown[]): Sheet {
    return this.call('insertSheet', 'write', () => {
      if (this.exec.user !== this.ss.owner && !this.ss.editors.has(this.exec.user)) this.exec.fail(NO_EDIT_ACCESS_MESSAGE);
      let name = typeof args[0] === 'string' ? args[0] : undefined;
      const index = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : undefined;
      if (name === undefined) {
        let n = this.ss.sheets.length + 1;
        while (this.ss.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        name = `Sheet${n}`;
      }
      if (this.ss.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
        this.exec.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
      }
      const state = newSheetState(this.ss.nextSheetId, name);
      this.ss.nextSheetId += 7_919;
      const at = index === undefined ? this.ss.sheets.length : Math.max(0, Math.min(index, this.ss.sheets.length));
      this.ss.sheets.splice(at, 0, state);
      this.ss.activeSheetId = state.id;
      return this.sheet(state);
    });
  }
  override deleteSheet(sheet: Sheet): void {
    this.call('deleteSheet', 'write', () => {
      const state = (sheet as FakeSheet).state;
      if (this.ss.sheets.length === 1) this.exec.fail("You can't remove all the sheets in a document.");
      assertCanEdit(this.exec, this.ss, state, { row: 1, col: 1, numRows: state.maxRows, numCols: state.maxCols });
      this.ss.sheets = this.ss.sheets.filter((s) => s !== state);
      this.ss.protections = this.ss.protections.filter((p) => p.sheetId !== state.id);
      if (this.ss.activeSheetId === state.id) this.ss.activeSheetId = this.ss.sheets[0]!.id;
    });
  }
  override getActiveSheet(): Sheet {
    return this.call('getActiveSheet', 'read', () => this.sheet(this.ss.sheets.find((s) => s.id === this.ss.activeSheetId) ?? this.ss.sheets[0]!));
  }
  override setActiveSheet(sheet: Sheet, restoreSelection?: boolean): Sheet {
    return this.call('setActiveSheet', 'local', () => {
      void restoreSelection;
      this.ss.activeSheetId = (sheet as FakeSheet).state.id;
      return sheet;
    });
  }
  override getActiveRange(): Range | null {
    return this.call('getActiveRange', 'read', () => {
      const a = this.ss.activeRange;
      const sheet = this.ss.sheets.find((s) => s.id === (a?.sheetId ?? this.ss.activeSheetId)) ?? this.ss.sheets[0]!;
      return new FakeRange(this.exec, this.ss, sheet, a && a.sheetId === sheet.id ? { ...a.rect } : { row: 1, col: 1, numRows: 1, numCols: 1 });
    });
  }
  override getRange(a1Notation: string): Range {
    return this.call('getRange', 'local', () => {
      const active = this.ss.sheets.find((s) => s.id === this.ss.activeSheetId) ?? this.ss.sheets[0]!;
      const parsed = parseA1(String(a1Notation), active.maxRows, active.maxCols);
      if (!parsed) this.exec.fail('Range not found');
      const sheet = parsed.sheetName === undefined ? active : this.ss.sheets.find((s) => s.name === parsed.sheetName);
      if (!sheet) this.exec.fail('Range not found');
      const again = parseA1(String(a1Notation), sheet.maxRows, sheet.maxCols)!.rect;
      return this.sheet(sheet).rangeAt(again.row, again.col, again.numRows, again.numCols);
    });
  }
  override toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call('toast', 'write', () => {
      const record = { message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? undefined };
      this.exec.ui.toasts.push(record);
      this.exec.runtime.uiHistory.toasts.push(record);
    });
  }
  override getOwner(): GoogleAppsScript.Base.User | null {
    return this.call('getOwner', 'read', () => new FakeUser(this.ss.owner));
  }
  override getEditors(): GoogleAppsScript.Base.User[] {
    return this.call('getEditors', 'read', () => this.exec.array([this.ss.owner, ...this.ss.editors].map((e) => new FakeUser(e))));
  }
  override getViewers(): GoogleAppsScript.Base.User[] {
    return this.call('getViewers', 'read', () => this.exec.array([...this.ss.viewers].map((e) => new FakeUser(e))));
  }
  override addEditor(user: any): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.call('addEditor', 'write', () => {
      if (this.exec.user !== this.ss.owner && !this.ss.editors.has(this.exec.user)) this.exec.fail(NO_EDIT_ACCESS_MESSAGE);
      this.ss.editors.add(emailOf(user));
      return this;
    });
  }
  override getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.call('getProtections', 'read', () =>
      this.exec.array(this.ss.protections.filter((p) => !p.removed && p.type === String(type)).map((p) => new FakeProtection(this.exec, this.ss, p))),
    );
  }
  override setNamedRange(name: string, range: Range): void {
    this.call('setNamedRange', 'write', () => {
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
        this.exec.fail('Invalid argument: name');
      }
      const r = range as FakeRange;
      this.ss.namedRanges.set(name, { sheetId: r.sheetState.id, rect: { ...r.rect } });
    });
  }
  override getRangeByName(name: string): Range | null {
    return this.call('getRangeByName', 'read', () => {
      const nr = this.ss.namedRanges.get(name);
      if (!nr) return null;
      const sheet = this.ss.sheets.find((s) => s.id === nr.sheetId);
      return sheet ? new FakeRange(this.exec, this.ss, sheet, { ...nr.rect }) : null;
    });
  }
  override removeNamedRange(name: string): void {
    this.call('removeNamedRange', 'write', () => {
      this.ss.namedRanges.delete(name);
    });
  }
}

/** `SpreadsheetApp` for one execution. */
export class FakeSpreadsheetApp extends SpreadsheetAppStub implements GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  constructor(private readonly exec: Execution) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('spreadsheet', 'SpreadsheetApp', method, kind, body);
  }
  override get ProtectionType(): typeof GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType;
  }
  override get DataValidationCriteria(): typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria;
  }
  override get BooleanCriteria(): typeof GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria;
  }
  override get Dimension(): typeof GoogleAppsScript.Spreadsheet.Dimension {
    return Dimension;
  }
  override get WrapStrategy(): typeof GoogleAppsScript.Spreadsheet.WrapStrategy {
    return WrapStrategy;
  }
  private active(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const ss = spreadsheetState(this.exec.runtime);
    if (this.exec.user !== ss.owner && !ss.editors.has(this.exec.user) && !ss.viewers.has(this.exec.user)) this.exec.fail(NO_EDIT_ACCESS_MESSAGE);
    return new FakeSpreadsheet(this.exec, ss);
  }
  override getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.call('getActiveSpreadsheet', 'local', () => this.active());
  }
  override getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.call('getActive', 'local', () => this.active());
  }
  override openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.call('openById', 'read', () => {
      if (id !== spreadsheetState(this.exec.runtime).id) this.exec.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
      return this.active();
    });
  }
  override getActiveSheet(): Sheet {
    return this.call('getActiveSheet', 'local', () => this.active().getActiveSheet());
  }
  override getActiveRange(): Range {
    return this.call('getActiveRange', 'local', () => this.active().getActiveRange()!);
  }
  override getUi(): GoogleAppsScript.Base.Ui {
    return this.exec.call('ui', 'SpreadsheetApp', 'getUi', 'local', () => {
      if (!this.exec.hasUi) this.exec.fail('Cannot call SpreadsheetApp.getUi() from this context.');
      return new FakeUi(this.exec);
    });
  }
  override newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder(this.exec);
  }
  override newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.exec, makeRange, locateRange);
  }
  override newFilterCriteria(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(this.exec);
  }
  override flush(): void {
    this.call('flush', 'write', () => undefined);
  }
}

/** Test helper: writes raw cells (no parsing, no protection, no counting), e.g. to seed fixtures. */
export function seedCells(ss: SpreadsheetState, sheetName: string, row: number, col: number, values: (string | number | boolean | null)[][], format?: string): void {
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`Fake: no sheet named ${sheetName}`);
  values.forEach((r, i) =>
    r.forEach((v, j) => {
      const cell = touchCell(sheet, row + i, col + j);
      cell.v = v;
      if (format) cell.format = format;
      if (row + i > sheet.maxRows) sheet.maxRows = row + i;
      if (col + j > sheet.maxCols) sheet.maxCols = col + j;
    }),
  );
}

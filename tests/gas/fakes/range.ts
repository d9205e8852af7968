/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `Range`: values with Sheets' typing rules (dates as Date objects at midnight in the spreadsheet's
 * time zone, '' for blanks), display values, formats, validation, merges, notes and protection checks.
 */
import { type Rect, columnToLetters, contains, intersects, rectToA1 } from './a1.ts';
import { parseTypedText } from './cell-parse.ts';
import { RangeStub } from './generated/stubs.ts';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATE_TIME_FORMAT,
  DEFAULT_NUMBER_FORMAT,
  TEXT_FORMAT,
  displayValue,
  isDateTimeFormat,
  serialToWall,
  wallToSerial,
} from './number-format.ts';
import { type Execution, isDateValue } from './runtime.ts';
import {
  type CellState,
  type SheetState,
  type SpreadsheetState,
  blockingProtections,
  cellKey,
  hasContent,
  lastContent,
  mergeAt,
  pruneCell,
  touchCell,
} from './spreadsheet-model.ts';
import { fromWallTime, toWallTime } from './time-zone.ts';
import { FakeFilter } from './filter.ts';
import { FakeDataValidation, satisfiesValidation } from './validation.ts';

type Range = GoogleAppsScript.Spreadsheet.Range;

const instantCache = new Map<string, number>();
/** The instant a serial date-time means in a zone (memoised). */
function serialToInstant(serial: number, timeZone: string): number {
  const key = `${serial}|${timeZone}`;
  const hit = instantCache.get(key);
  if (hit !== undefined) return hit;
  const ms = fromWallTime(serialToWall(serial), timeZone);
  if (instantCache.size > 100_000) instantCache.clear();
  instantCache.set(key, ms);
  return ms;
}

/** Apps Script's message when a protection stops a write. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Message for a user who is not an editor of the spreadsheet at all. */
export const NO_EDIT_ACCESS_MESSAGE = 'You do not have permission to access the requested document.';

/** Hooks the range needs from the spreadsheet module (avoids an import cycle). */
export interface SpreadsheetLinks {
  sheet(exec: Execution, sheet: SheetState): GoogleAppsScript.Spreadsheet.Sheet;
  protectRange(exec: Execution, sheet: SheetState, rect: Rect): GoogleAppsScript.Spreadsheet.Protection;
}

let links: SpreadsheetLinks | undefined;
/** @internal wired by spreadsheet.ts */
export function setSpreadsheetLinks(l: SpreadsheetLinks): void {
  links = l;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', gray: '#808080', grey: '#808080', purple: '#800080', pink: '#ffc0cb',
};

/** Normalises a colour like Sheets reports it (`red` → `#ff0000`, `#ABC` → `#aabbcc`). */
export function normaliseColor(color: string | null | undefined, fallback: string): string {
  if (color === null || color === undefined || color === '') return fallback;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c]!;
  if (/^#[0-9a-f]{3}$/.test(c)) return '#' + [...c.slice(1)].map((x) => x + x).join('');
  return c;
}

/** Checks the acting user may change `rect` of `sheet`; throws Apps Script's message otherwise. */
export function assertCanEdit(exec: Execution, ss: SpreadsheetState, sheet: SheetState, rect: Rect): void {
  if (exec.user !== ss.owner && !ss.editors.has(exec.user)) exec.fail(NO_EDIT_ACCESS_MESSAGE);
  if (blockingProtections(ss, sheet, rect, exec.user).length > 0) exec.fail(PROTECTED_MESSAGE);
}

/** The stored form of a value written by a script (like typing it into the cell). */
export function toStoredValue(
  exec: Execution,
  ss: SpreadsheetState,
  current: CellState | undefined,
  value: unknown,
  currentYear: number = toWallTime(exec.runtime.clock.now(), ss.timeZone).year,
): Pick<CellState, 'v' | 'format' | 'formula'> {
  const format = current?.format;
  if (value === null || value === undefined) return { v: null, format, formula: undefined };
  if (typeof value === 'boolean') return { v: value, format, formula: undefined };
  if (typeof value === 'number') return { v: Number.isFinite(value) ? value : String(value), format, formula: undefined };
  if (isDateValue(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { v: 'Invalid Date', format, formula: undefined };
    const serial = wallToSerial(toWallTime(ms, ss.timeZone));
    const keep = isDateTimeFormat(format);
    const nextFormat = keep ? format : Number.isInteger(serial) ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT;
    return { v: serial, format: nextFormat, formula: undefined };
  }
  const text = typeof value === 'string' ? value : String(value);
  if (format === TEXT_FORMAT) return { v: text, format, formula: undefined };
  const parsed = parseTypedText(text, ss.locale, currentYear);
  switch (parsed.kind) {
    case 'text':
      return { v: parsed.value === '' ? null : parsed.value, format, formula: undefined };
    case 'boolean':
      return { v: parsed.value, format, formula: undefined };
    case 'number':
      return { v: parsed.value, format: parsed.format && (!format || format === DEFAULT_NUMBER_FORMAT) ? parsed.format : format, formula: undefined };
    case 'date':
      return { v: parsed.serial, format: isDateTimeFormat(format) ? format : parsed.format, formula: undefined };
    case 'formula':
      return { v: null, format, formula: parsed.formula };
  }
}

/** A Range of the fake spreadsheet, bound to one execution. */
export class FakeRange extends RangeStub implements Range {
  constructor(
    readonly exec: Execution,
    readonly ss: SpreadsheetState,
    readonly sheetState: SheetState,
    readonly rect: Rect,
  ) {
    super();
  }

  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('spreadsheet', 'Range', method, kind, body);
  }

  private forEachCell<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.rect.numCols; c++) row.push(fn(this.rect.row + r, this.rect.col + c));
      out.push(row);
    }
    return out;
  }

  private grid<T>(fn: (cell: CellState | undefined, row: number, col: number) => T): T[][] {
    const rows = this.forEachCell((r, c) => fn(this.sheetState.cells.get(cellKey(r, c)), r, c));
    return this.exec.array(rows.map((row) => this.exec.array(row)));
  }

  /** The value a script reads from a stored cell. */
  readCell(cell: CellState | undefined): unknown {
    if (!cell || cell.v === null) return '';
    if (typeof cell.v === 'number' && isDateTimeFormat(cell.format)) {
      return this.exec.date(serialToInstant(cell.v, this.ss.timeZone));
    }
    return cell.v;
  }

  private checkGrid(values: unknown, what: string): unknown[][] {
    if (!Array.isArray(values)) this.exec.fail(`The parameters (${typeof values === 'string' ? 'String' : 'Object'}) don't match the method signature for SpreadsheetApp.Range.${what}.`);
    if (values.length !== this.rect.numRows) {
      this.exec.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rect.numRows}.`);
    }
    for (const row of values) {
      if (!Array.isArray(row)) this.exec.fail(`The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.${what}.`);
      if (row.length !== this.rect.numCols) {
        this.exec.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numCols}.`);
      }
    }
    return values as unknown[][];
  }

  /** Writes a grid of script values (already dimension-checked), all-or-nothing. */
  writeValues(values: unknown[][]): void {
    assertCanEdit(this.exec, this.ss, this.sheetState, this.rect);
    const staged: { row: number; col: number; stored: Pick<CellState, 'v' | 'format' | 'formula'> }[] = [];
    const year = toWallTime(this.exec.runtime.clock.now(), this.ss.timeZone).year;
    for (let r = 0; r < values.length; r++) {
      for (let c = 0; c < values[r]!.length; c++) {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        const merge = mergeAt(this.sheetState, row, col);
        if (merge && (merge.row !== row || merge.col !== col)) continue;
        const current = this.sheetState.cells.get(cellKey(row, col));
        const stored = toStoredValue(this.exec, this.ss, current, values[r]![c], year);
        const rule = current?.validation;
        if (rule && !rule.allowInvalid && !satisfiesValidation(stored, rule, this.ss.timeZone)) {
          this.exec.fail(`The data you entered in cell ${columnToLetters(col)}${row} violates the data validation rules set on this cell.`);
        }
        staged.push({ row, col, stored });
      }
    }
    for (const { row, col, stored } of staged) {
      const cell = touchCell(this.sheetState, row, col);
      cell.v = stored.v;
      if (stored.format === undefined) delete cell.format;
      else cell.format = stored.format;
      if (stored.formula === undefined) delete cell.formula;
      else cell.formula = stored.formula;
      pruneCell(this.sheetState, row, col);
    }
  }

  private setEach(method: string, apply: (cell: CellState, row: number, col: number) => void, checkValidation = false): this {
    return this.call(method, 'write', () => {
      assertCanEdit(this.exec, this.ss, this.sheetState, this.rect);
      void checkValidation;
      this.forEachCell((row, col) => {
        apply(touchCell(this.sheetState, row, col), row, col);
        pruneCell(this.sheetState, row, col);
      });
      return this;
    });
  }

  private setGrid<T>(method: string, grid: T[][], apply: (cell: CellState, value: T) => void): this {
    return this.call(method, 'write', () => {
      this.checkGrid(grid, method);
      assertCanEdit(this.exec, this.ss, this.sheetState, this.rect);
      this.forEachCell((row, col) => {
        apply(touchCell(this.sheetState, row, col), grid[row - this.rect.row]![col - this.rect.col]!);
        pruneCell(this.sheetState, row, col);
      });
      return this;
    });
  }

  private topLeft(): CellState | undefined {
    return this.sheetState.cells.get(cellKey(this.rect.row, this.rect.col));
  }

  private sub(row: number, col: number, numRows: number, numCols: number): FakeRange {
    return new FakeRange(this.exec, this.ss, this.sheetState, { row, col, numRows, numCols });
  }

  // ---- position -------------------------------------------------------------------------------
  override getRow(): number {
    return this.rect.row;
  }
  override getRowIndex(): number {
    return this.rect.row;
  }
  override getColumn(): number {
    return this.rect.col;
  }
  override getNumRows(): number {
    return this.rect.numRows;
  }
  override getNumColumns(): number {
    return this.rect.numCols;
  }
  override getHeight(): number {
    return this.rect.numRows;
  }
  override getWidth(): number {
    return this.rect.numCols;
  }
  override getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  override getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  override getA1Notation(): string {
    return rectToA1(this.rect);
  }
  override getGridId(): number {
    return this.sheetState.id;
  }
  override getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return links!.sheet(this.exec, this.sheetState);
  }
  override getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) this.exec.fail('Cell reference out of range');
    return this.sub(this.rect.row + row - 1, this.rect.col + column - 1, 1, 1);
  }
  override offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const row = this.rect.row + rowOffset;
    const col = this.rect.col + columnOffset;
    const nr = numRows ?? this.rect.numRows;
    const nc = numColumns ?? this.rect.numCols;
    if (row < 1 || col < 1 || row + nr - 1 > this.sheetState.maxRows || col + nc - 1 > this.sheetState.maxCols) {
      this.exec.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sub(row, col, nr, nc);
  }
  override activate(): Range {
    return this.call('activate', 'local', () => {
      this.ss.activeSheetId = this.sheetState.id;
      this.ss.activeRange = { sheetId: this.sheetState.id, rect: { ...this.rect } };
      return this;
    });
  }

  // ---- values ---------------------------------------------------------------------------------
  override getValues(): any[][] {
    return this.call('getValues', 'read', () => this.grid((cell) => this.readCell(cell)));
  }
  override getValue(): any {
    return this.call('getValue', 'read', () => this.readCell(this.topLeft()));
  }
  override getDisplayValues(): string[][] {
    return this.call('getDisplayValues', 'read', () => this.grid((cell) => (cell ? displayValue(cell.v, cell.format) : '')));
  }
  override getDisplayValue(): string {
    return this.call('getDisplayValue', 'read', () => {
      const cell = this.topLeft();
      return cell ? displayValue(cell.v, cell.format) : '';
    });
  }
  override setValues(values: any[][]): Range {
    return this.call('setValues', 'write', () => {
      this.writeValues(this.checkGrid(values, 'setValues'));
      return this;
    });
  }
  override setValue(value: any): Range {
    return this.call('setValue', 'write', () => {
      const grid = Array.from({ length: this.rect.numRows }, () => Array.from({ length: this.rect.numCols }, () => value));
      this.writeValues(grid);
      return this;
    });
  }
  override getFormulas(): string[][] {
    return this.call('getFormulas', 'read', () => this.grid((cell) => cell?.formula ?? ''));
  }
  override getFormula(): string {
    return this.call('getFormula', 'read', () => this.topLeft()?.formula ?? '');
  }
  override setFormula(formula: string): Range {
    return this.setEach('setFormula', (cell) => {
      cell.formula = String(formula).startsWith('=') ? String(formula) : `=${formula}`;
      cell.v = null;
    });
  }
  override setFormulas(formulas: string[][]): Range {
    return this.setGrid('setFormulas', formulas, (cell, f) => {
      if (f) {
        cell.formula = String(f);
        cell.v = null;
      } else delete cell.formula;
    });
  }
  override isBlank(): boolean {
    return this.call('isBlank', 'read', () => this.forEachCell((r, c) => !hasContent(this.sheetState.cells.get(cellKey(r, c)))).every((row) => row.every(Boolean)));
  }
  override clearContent(): Range {
    return this.setEach('clearContent', (cell) => {
      cell.v = null;
      delete cell.formula;
    });
  }
  override clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    return this.setEach('clear', (cell) => {
      const only = options && (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
      if (!only || options?.contentsOnly) {
        cell.v = null;
        delete cell.formula;
      }
      if (!only || options?.formatOnly) {
        delete cell.format;
        delete cell.background;
        delete cell.fontColor;
        delete cell.fontWeight;
      }
      if (options?.validationsOnly) delete cell.validation;
      if (options?.commentsOnly) delete cell.note;
    });
  }
  override clearFormat(): Range {
    return this.setEach('clearFormat', (cell) => {
      delete cell.format;
      delete cell.background;
      delete cell.fontColor;
      delete cell.fontWeight;
    });
  }

  // ---- formats ---------------------------------------------------------------------------------
  override getNumberFormats(): string[][] {
    return this.call('getNumberFormats', 'read', () => this.grid((cell) => cell?.format ?? DEFAULT_NUMBER_FORMAT));
  }
  override getNumberFormat(): string {
    return this.call('getNumberFormat', 'read', () => this.topLeft()?.format ?? DEFAULT_NUMBER_FORMAT);
  }
  override setNumberFormat(numberFormat: string): Range {
    return this.setEach('setNumberFormat', (cell) => {
      cell.format = String(numberFormat);
    });
  }
  override setNumberFormats(numberFormats: string[][]): Range {
    return this.setGrid('setNumberFormats', numberFormats, (cell, f) => {
      cell.format = String(f);
    });
  }
  override getBackgrounds(): string[][] {
    return this.call('getBackgrounds', 'read', () => this.grid((cell) => cell?.background ?? '#ffffff'));
  }
  override getBackground(): string {
    return this.call('getBackground', 'read', () => this.topLeft()?.background ?? '#ffffff');
  }
  override setBackground(color: string | null): Range {
    return this.setEach('setBackground', (cell) => {
      if (color === null) delete cell.background;
      else cell.background = normaliseColor(color, '#ffffff');
    });
  }
  override setBackgrounds(colors: Array<Array<string | null>>): Range {
    return this.setGrid('setBackgrounds', colors, (cell, color) => {
      if (color === null) delete cell.background;
      else cell.background = normaliseColor(color, '#ffffff');
    });
  }
  override setFontColor(color: string | null): Range {
    return this.setEach('setFontColor', (cell) => {
      if (color === null) delete cell.fontColor;
      else cell.fontColor = normaliseColor(color, '#000000');
    });
  }
  override getFontColor(): string {
    return this.call('getFontColor', 'read', () => this.topLeft()?.fontColor ?? '#000000');
  }
  override setFontColors(colors: Array<Array<string | null>>): Range {
    return this.setGrid('setFontColors', colors, (cell, color) => {
      if (color === null) delete cell.fontColor;
      else cell.fontColor = normaliseColor(String(color), '#000000');
    });
  }
  override getFontColors(): string[][] {
    return this.call('getFontColors', 'read', () => this.grid((cell) => cell?.fontColor ?? '#000000'));
  }
  override setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.setEach('setFontWeight', (cell) => {
      if (fontWeight === null || fontWeight === 'normal') delete cell.fontWeight;
      else cell.fontWeight = fontWeight;
    });
  }
  override setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    return this.setGrid('setFontWeights', fontWeights, (cell, w) => {
      if (w === null || w === 'normal') delete cell.fontWeight;
      else cell.fontWeight = w;
    });
  }
  override getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.call('getFontWeight', 'read', () => (this.topLeft()?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  override getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.call('getFontWeights', 'read', () => this.grid((cell) => (cell?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight));
  }
  override setWrap(isWrapEnabled: boolean): Range {
    return this.setEach('setWrap', () => void isWrapEnabled);
  }
  override setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    return this.setEach('setWrapStrategy', () => void strategy);
  }
  override setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.setEach('setHorizontalAlignment', () => void alignment);
  }
  override setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this.setEach('setVerticalAlignment', () => void alignment);
  }
  override setFontSize(size: number): Range {
    return this.setEach('setFontSize', () => void size);
  }
  override setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.setEach('setFontStyle', () => void fontStyle);
  }
  override setNote(note: string | null): Range {
    return this.setEach('setNote', (cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
  }
  override setNotes(notes: Array<Array<string | null>>): Range {
    return this.setGrid('setNotes', notes, (cell, note) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
  }
  override getNote(): string {
    return this.call('getNote', 'read', () => this.topLeft()?.note ?? '');
  }
  override getNotes(): string[][] {
    return this.call('getNotes', 'read', () => this.grid((cell) => cell?.note ?? ''));
  }
  override clearNote(): Range {
    return this.setEach('clearNote', (cell) => {
      delete cell.note;
    });
  }

  // ---- validation -----------------------------------------------------------------------------
  override setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    return this.setEach('setDataValidation', (cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = structuredClone((rule as FakeDataValidation).state);
    });
  }
  override setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    return this.setGrid('setDataValidations', rules, (cell, rule) => {
      if (rule === null) delete cell.validation;
      else cell.validation = structuredClone((rule as FakeDataValidation).state);
    });
  }
  override getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.call('getDataValidation', 'read', () => {
      const v = this.topLeft()?.validation;
      return v ? new FakeDataValidation(this.exec, structuredClone(v)) : null;
    });
  }
  override getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.call('getDataValidations', 'read', () => this.grid((cell) => (cell?.validation ? new FakeDataValidation(this.exec, structuredClone(cell.validation)) : null)));
  }
  override clearDataValidations(): Range {
    return this.setEach('clearDataValidations', (cell) => {
      delete cell.validation;
    });
  }
  override isChecked(): boolean | null {
    return this.call('isChecked', 'read', () => {
      const cells = this.forEachCell((r, c) => this.sheetState.cells.get(cellKey(r, c)));
      const flat = cells.flat();
      if (!flat.every((c) => c?.validation?.criteria === 'CHECKBOX')) return null;
      const states = flat.map((c) => c!.v === true || (c!.validation!.args.length > 0 && String(c!.v) === String(c!.validation!.args[0])));
      return states.every(Boolean) ? true : states.every((s) => !s) ? false : null;
    });
  }

  // ---- merges ---------------------------------------------------------------------------------
  private mergeRects(rects: Rect[], method: string): Range {
    return this.call(method, 'write', () => {
      assertCanEdit(this.exec, this.ss, this.sheetState, this.rect);
      const sheet = this.sheetState;
      for (const m of sheet.merges) {
        if (intersects(m, this.rect) && !contains(this.rect, m)) this.exec.fail('You must select all cells in a merged range to merge or unmerge them.');
      }
      sheet.merges = sheet.merges.filter((m) => !contains(this.rect, m));
      for (const r of rects) {
        if (r.numRows * r.numCols < 2) continue;
        sheet.merges.push(r);
        for (let row = r.row; row < r.row + r.numRows; row++) {
          for (let col = r.col; col < r.col + r.numCols; col++) {
            if (row === r.row && col === r.col) continue;
            const cell = sheet.cells.get(cellKey(row, col));
            if (cell) {
              cell.v = null;
              delete cell.formula;
              pruneCell(sheet, row, col);
            }
          }
        }
      }
      return this;
    });
  }
  override merge(): Range {
    return this.mergeRects([this.rect], 'merge');
  }
  override mergeAcross(): Range {
    const rows = Array.from({ length: this.rect.numRows }, (_, i) => ({ ...this.rect, row: this.rect.row + i, numRows: 1 }));
    return this.mergeRects(rows, 'mergeAcross');
  }
  override mergeVertically(): Range {
    const cols = Array.from({ length: this.rect.numCols }, (_, i) => ({ ...this.rect, col: this.rect.col + i, numCols: 1 }));
    return this.mergeRects(cols, 'mergeVertically');
  }
  override breakApart(): Range {
    return this.call('breakApart', 'write', () => {
      assertCanEdit(this.exec, this.ss, this.sheetState, this.rect);
      for (const m of this.sheetState.merges) {
        if (intersects(m, this.rect) && !contains(this.rect, m)) this.exec.fail('You must select all cells in a merged range to merge or unmerge them.');
      }
      this.sheetState.merges = this.sheetState.merges.filter((m) => !contains(this.rect, m));
      return this;
    });
  }
  override isPartOfMerge(): boolean {
    return this.call('isPartOfMerge', 'read', () => this.sheetState.merges.some((m) => intersects(m, this.rect)));
  }
  override getMergedRanges(): Range[] {
    return this.call('getMergedRanges', 'read', () =>
      this.exec.array(this.sheetState.merges.filter((m) => intersects(m, this.rect)).map((m) => this.sub(m.row, m.col, m.numRows, m.numCols))),
    );
  }

  // ---- sort -----------------------------------------------------------------------------------
  /** Reorders whole rows of this range (cells move with their formats, notes and validation). */
  sortRows(specs: { column: number; ascending: boolean }[]): void {
    assertCanEdit(this.exec, this.ss, this.sheetState, this.rect);
    if (this.sheetState.merges.some((m) => intersects(m, this.rect))) this.exec.fail('You must select all cells in a merged range to merge or unmerge them.');
    const rows = Array.from({ length: this.rect.numRows }, (_, i) => {
      const row = this.rect.row + i;
      return Array.from({ length: this.rect.numCols }, (_, j) => this.sheetState.cells.get(cellKey(row, this.rect.col + j)));
    });
    const rank = (c: CellState | undefined): [number, number | string | boolean] => {
      if (!c || c.v === null || c.v === '') return [3, 0];
      if (typeof c.v === 'number') return [0, c.v];
      if (typeof c.v === 'string') return [1, c.v.toLowerCase()];
      return [2, c.v];
    };
    const order = rows.map((r, i) => ({ r, i }));
    order.sort((a, b) => {
      for (const spec of specs) {
        const j = spec.column - this.rect.col;
        const [ka, va] = rank(a.r[j]);
        const [kb, vb] = rank(b.r[j]);
        if (ka === 3 || kb === 3) {
          if (ka !== kb) return ka === 3 ? 1 : -1;
          continue;
        }
        const cmp = ka !== kb ? ka - kb : va < vb ? -1 : va > vb ? 1 : 0;
        if (cmp !== 0) return spec.ascending ? cmp : -cmp;
      }
      return a.i - b.i;
    });
    order.forEach(({ r }, i) =>
      r.forEach((cell, j) => {
        const key = cellKey(this.rect.row + i, this.rect.col + j);
        if (cell) this.sheetState.cells.set(key, cell);
        else this.sheetState.cells.delete(key);
      }),
    );
  }
  override sort(sortSpecObj: any): Range {
    return this.call('sort', 'write', () => {
      const list = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
      const specs = list.map((x: unknown) =>
        typeof x === 'number' ? { column: x, ascending: true } : { column: Number((x as { column: number }).column), ascending: (x as { ascending?: boolean }).ascending !== false },
      );
      for (const sp of specs) {
        if (!(sp.column >= this.rect.col && sp.column < this.rect.col + this.rect.numCols)) this.exec.fail(`Sort column ${sp.column} is outside the range ${this.getA1Notation()}.`);
      }
      this.sortRows(specs);
      return this;
    });
  }

  // ---- filter ---------------------------------------------------------------------------------
  override createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    return this.call('createFilter', 'write', () => {
      if (this.sheetState.filter) this.exec.fail("You can't create a filter in a sheet that already has a filter.");
      this.sheetState.filter = { rect: { ...this.rect }, columns: new Map() };
      return new FakeFilter(this.exec, this.sheetState, (exec, sheet, rect) => new FakeRange(exec, this.ss, sheet, rect));
    });
  }
  override getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.call('getFilter', 'read', () => {
      const f = this.sheetState.filter;
      return f && intersects(f.rect, this.rect) ? new FakeFilter(this.exec, this.sheetState, (exec, sheet, rect) => new FakeRange(exec, this.ss, sheet, rect)) : null;
    });
  }

  // ---- protection -----------------------------------------------------------------------------
  override protect(): GoogleAppsScript.Spreadsheet.Protection {
    return this.call('protect', 'write', () => links!.protectRange(this.exec, this.sheetState, { ...this.rect }));
  }

  /** Last row with content inside the sheet (helper for Sheet). */
  static lastContent(sheet: SheetState): { row: number; col: number } {
    return lastContent(sheet);
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * Data validation and conditional format rules: builders, built rules, and the check Sheets applies
 * when a script writes into a cell whose validation rejects invalid input.
 */
import type { Rect } from './a1.ts';
import { BooleanConditionStub, ConditionalFormatRuleBuilderStub, ConditionalFormatRuleStub, DataValidationBuilderStub, DataValidationStub } from './generated/stubs.ts';
import { isDateTimeFormat, wallToSerial } from './number-format.ts';
import { type Execution, isDateValue } from './runtime.ts';
import type { CellState, ConditionalRuleState, ValidationState } from './spreadsheet-model.ts';
import { toWallTime } from './time-zone.ts';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type BoolCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type BaseDate = GoogleAppsScript.Base.Date;

/** Copies args so later mutation by the script cannot change a stored rule. */
function snapshotArgs(args: unknown[]): unknown[] {
  return args.map((a) => (isDateValue(a) ? new Date(a.getTime()) : Array.isArray(a) ? [...a] : a));
}

function toRealm(exec: Execution, args: unknown[]): unknown[] {
  return exec.array(args.map((a) => (isDateValue(a) ? exec.date(a.getTime()) : Array.isArray(a) ? exec.array(a) : a)));
}

/** A built data validation rule. */
export class FakeDataValidation extends DataValidationStub implements GoogleAppsScript.Spreadsheet.DataValidation {
  constructor(
    private readonly exec: Execution,
    readonly state: ValidationState,
  ) {
    super();
  }
  override copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder(this.exec, { ...this.state, args: snapshotArgs(this.state.args) });
  }
  override getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  override getCriteriaType(): Criteria {
    return this.state.criteria as unknown as Criteria;
  }
  override getCriteriaValues(): any[] {
    return toRealm(this.exec, this.state.args);
  }
  override getHelpText(): string {
    return this.state.helpText;
  }
}

/** `SpreadsheetApp.newDataValidation()`. */
export class FakeDataValidationBuilder extends DataValidationBuilderStub implements GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  private state: ValidationState;
  constructor(
    private readonly exec: Execution,
    state?: ValidationState,
  ) {
    super();
    this.state = state ?? { criteria: '', args: [], allowInvalid: true, helpText: '' };
  }
  private set(criteria: string, args: unknown[]): this {
    this.state = { ...this.state, criteria, args: snapshotArgs(args) };
    return this;
  }
  override build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.state.criteria) this.exec.fail('You must specify a criteria type for this data validation rule.');
    return new FakeDataValidation(this.exec, { ...this.state, args: snapshotArgs(this.state.args) });
  }
  override copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder(this.exec, { ...this.state, args: snapshotArgs(this.state.args) });
  }
  override getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  override getCriteriaType(): Criteria {
    return this.state.criteria as unknown as Criteria;
  }
  override getCriteriaValues(): any[] {
    return toRealm(this.exec, this.state.args);
  }
  override getHelpText(): string | null {
    return this.state.helpText || null;
  }
  override requireCheckbox(...args: any[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('CHECKBOX', args);
  }
  override requireDate(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  override requireDateAfter(date: BaseDate): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('DATE_AFTER', [date]);
  }
  override requireDateBefore(date: BaseDate): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('DATE_BEFORE', [date]);
  }
  override requireDateBetween(start: BaseDate, end: BaseDate): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('DATE_BETWEEN', [start, end]);
  }
  override requireDateOnOrAfter(date: BaseDate): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  override requireDateOnOrBefore(date: BaseDate): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  override requireFormulaSatisfied(formula: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  override requireNumberBetween(start: number, end: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  override requireNumberGreaterThan(n: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  override requireNumberGreaterThanOrEqualTo(n: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  override requireNumberLessThan(n: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  override requireNumberLessThanOrEqualTo(n: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  override requireTextIsEmail(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  override requireTextEqualTo(text: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }
  override requireTextContains(text: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('TEXT_CONTAINS', [text]);
  }
  override requireValueInList(values: string[], showDropdown?: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    if (!Array.isArray(values)) this.exec.fail('The parameters (String) don\'t match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.');
    if (values.length > 500) this.exec.fail('The data validation rule has more than 500 items in its list.');
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  override setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.state = { ...this.state, allowInvalid: !!allowInvalidData };
    return this;
  }
  override setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.state = { ...this.state, helpText: String(helpText) };
    return this;
  }
  override withCriteria(criteria: Criteria, args: any[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set(String(criteria), args);
  }
}

function dateSerial(value: unknown, timeZone: string): number {
  const ms = isDateValue(value) ? value.getTime() : Number(value);
  return Math.floor(wallToSerial(toWallTime(ms, timeZone)));
}

/**
 * Whether the stored cell satisfies the rule (Sheets' check on write when the rule rejects invalid
 * input). Empty cells always pass; custom formulas cannot be evaluated here and pass.
 */
export function satisfiesValidation(cell: Pick<CellState, 'v' | 'format'>, rule: ValidationState, timeZone: string): boolean {
  const v = cell.v;
  if (v === null || v === '') return true;
  const isDate = typeof v === 'number' && isDateTimeFormat(cell.format);
  const a = rule.args;
  switch (rule.criteria) {
    case 'DATE_IS_VALID_DATE':
      return isDate;
    case 'DATE_AFTER':
      return isDate && Math.floor(v) > dateSerial(a[0], timeZone);
    case 'DATE_BEFORE':
      return isDate && Math.floor(v) < dateSerial(a[0], timeZone);
    case 'DATE_ON_OR_AFTER':
      return isDate && Math.floor(v) >= dateSerial(a[0], timeZone);
    case 'DATE_ON_OR_BEFORE':
      return isDate && Math.floor(v) <= dateSerial(a[0], timeZone);
    case 'DATE_BETWEEN':
      return isDate && Math.floor(v) >= dateSerial(a[0], timeZone) && Math.floor(v) <= dateSerial(a[1], timeZone);
    case 'NUMBER_BETWEEN':
      return typeof v === 'number' && v >= Number(a[0]) && v <= Number(a[1]);
    case 'NUMBER_GREATER_THAN':
      return typeof v === 'number' && v > Number(a[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof v === 'number' && v >= Number(a[0]);
    case 'NUMBER_LESS_THAN':
      return typeof v === 'number' && v < Number(a[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return typeof v === 'number' && v <= Number(a[0]);
    case 'VALUE_IN_LIST': {
      const list = (a[0] as string[]) ?? [];
      const text = String(typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v).trim().toLowerCase();
      return list.some((x) => String(x).trim().toLowerCase() === text);
    }
    case 'CHECKBOX':
      return a.length === 0 ? typeof v === 'boolean' : a.some((x) => String(x) === String(v));
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'TEXT_EQUAL_TO':
      return String(v) === String(a[0]);
    case 'TEXT_CONTAINS':
      return String(v).includes(String(a[0]));
    default:
      return true;
  }
}

/** The condition part of a conditional format rule. */
export class FakeBooleanCondition extends BooleanConditionStub implements GoogleAppsScript.Spreadsheet.BooleanCondition {
  constructor(
    private readonly exec: Execution,
    private readonly state: ConditionalRuleState,
  ) {
    super();
  }
  override getBackground(): string | null {
    return this.state.background;
  }
  override getBold(): boolean | null {
    return this.state.bold;
  }
  override getCriteriaType(): BoolCriteria {
    return this.state.criteria as unknown as BoolCriteria;
  }
  override getCriteriaValues(): any[] {
    return toRealm(this.exec, this.state.args);
  }
  override getFontColor(): string | null {
    return this.state.fontColor;
  }
}

/** Turns stored rule ranges into Range objects for the script (provided by the spreadsheet module). */
export type RangeFactory = (exec: Execution, sheetId: number, rect: Rect) => GoogleAppsScript.Spreadsheet.Range;
/** Extracts sheet id and rectangle from a fake Range. */
export type RangeLocator = (range: GoogleAppsScript.Spreadsheet.Range) => { sheetId: number; rect: Rect };

/** A built conditional format rule. */
export class FakeConditionalFormatRule extends ConditionalFormatRuleStub implements GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  constructor(
    private readonly exec: Execution,
    readonly state: ConditionalRuleState,
    private readonly makeRange: RangeFactory,
    private readonly locate: RangeLocator,
  ) {
    super();
  }
  override copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.exec, this.makeRange, this.locate, structuredClone(this.state));
  }
  override getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.state.criteria ? new FakeBooleanCondition(this.exec, this.state) : null;
  }
  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.exec.array(this.state.ranges.map((r) => this.makeRange(this.exec, r.sheetId, r.rect)));
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class FakeConditionalFormatRuleBuilder extends ConditionalFormatRuleBuilderStub implements GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  private state: ConditionalRuleState;
  constructor(
    private readonly exec: Execution,
    private readonly makeRange: RangeFactory,
    private readonly locate: RangeLocator,
    state?: ConditionalRuleState,
  ) {
    super();
    this.state = state ?? { criteria: '', args: [], background: null, fontColor: null, bold: null, ranges: [] };
  }
  private when(criteria: string, args: unknown[]): this {
    this.state.criteria = criteria;
    this.state.args = snapshotArgs(args);
    return this;
  }
  override build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (this.state.ranges.length === 0) this.exec.fail('Conditional format rule must have at least one range.');
    return new FakeConditionalFormatRule(this.exec, structuredClone(this.state), this.makeRange, this.locate);
  }
  override copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.exec, this.makeRange, this.locate, structuredClone(this.state));
  }
  override getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.state.criteria ? new FakeBooleanCondition(this.exec, this.state) : null;
  }
  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.exec.array(this.state.ranges.map((r) => this.makeRange(this.exec, r.sheetId, r.rect)));
  }
  override setBackground(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.state.background = color;
    return this;
  }
  override setBold(bold: boolean | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.state.bold = bold;
    return this;
  }
  override setFontColor(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.state.fontColor = color;
    return this;
  }
  override setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.state.ranges = ranges.map((r) => this.locate(r));
    return this;
  }
  override whenCellEmpty(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  override whenCellNotEmpty(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  override whenDateAfter(date: any): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when(isDateValue(date) ? 'DATE_AFTER' : 'DATE_AFTER_RELATIVE', [date]);
  }
  override whenDateBefore(date: any): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when(isDateValue(date) ? 'DATE_BEFORE' : 'DATE_BEFORE_RELATIVE', [date]);
  }
  override whenDateEqualTo(date: any): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when(isDateValue(date) ? 'DATE_EQUAL_TO' : 'DATE_EQUAL_TO_RELATIVE', [date]);
  }
  override whenFormulaSatisfied(formula: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    if (!String(formula).startsWith('=')) this.exec.fail('Invalid argument: formula');
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  override whenNumberBetween(start: number, end: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  override whenNumberGreaterThan(n: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  override whenNumberLessThan(n: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  override whenTextContains(text: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }
  override whenTextEqualTo(text: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  override whenTextStartsWith(text: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
}

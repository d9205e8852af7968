import {
  type AnyTableSpec,
  type IsoDate,
  type Result,
  type TableColumn,
  type TableName,
  type TableRecord,
  type TableSpec,
  fail,
  generateRowId,
  mapColumns,
  ok,
  readTableRow,
} from '../../shared/index.ts';
import { isDateValue } from './cell-to-iso-date.ts';
import type { GasServices } from './gas-services.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The marker Casekeeper writes in the note of every header it made: a column whose header note carries it
 * is Casekeeper's; any other column, whatever its name, is the user's and is never written.
 */
export const COLUMN_MARK = '[casekeeper:';

/** A column Casekeeper computes and writes (never the user), found by the marker in its header note. */
export interface ComputedColumnSpec {
  /** Stable id, the marker's content (`[casekeeper:status]`). */
  id: string;
  header: string;
  width?: number;
  hidden?: boolean;
  /** A date written as `YYYY-MM-DD` text. */
  date?: boolean;
  /** One line shown in the header note. */
  description?: string;
}

/** What one tab should hold: a table's columns (entered by people) and Casekeeper's computed columns. */
export interface TabLayout {
  /** Key in the tab registry (`caseload`, `sessions` …). */
  key: string;
  spec: AnyTableSpec;
  computed: readonly ComputedColumnSpec[];
}

/** The marker text of a computed column. */
export function columnMark(id: string): string {
  return `${COLUMN_MARK}${id}]`;
}

/** The header note Casekeeper writes on a column it made. */
export function headerNote(text: string, id: string): string {
  return `${text}\n\n${columnMark(id)}`;
}

/** The computed-column id a header note marks, if any. */
export function markedColumnId(note: unknown): string | undefined {
  return /\[casekeeper:([^\]]+)\]/.exec(String(note ?? ''))?.[1];
}

/** The usual extra columns of a table tab: the notes Casekeeper writes about each row. */
export const TABLE_NOTES_COLUMN: ComputedColumnSpec = {
  id: 'notes',
  header: 'Casekeeper notes',
  width: 320,
  description: 'Casekeeper writes what is wrong with a row here. Fix the row, not this cell.',
};

/** The name Casekeeper gives its own column or tab when the user already has one of that name. */
export function ownName(name: string): string {
  return `${name} (Casekeeper)`;
}

/** Where the computed columns are, and which of the user's columns share a computed column's name. */
export interface ComputedLayout {
  /** Computed-column id → position (0-based). */
  positions: Record<string, number>;
  /** Computed columns not in the sheet yet. */
  missing: ComputedColumnSpec[];
  /** Headers of the user's own columns that carry the name of a missing computed column. */
  clashes: string[];
}

/**
 * Finds the computed columns of a header row by the marker in their notes. A sheet set up before markers
 * existed (its hidden "Row key (Casekeeper)" column is there, unmarked) is recognised by header once.
 *
 * @example findComputed(['Student ID', 'Status'], ['', ''], [STATUS]).clashes // ['Status']: the user's own column
 */
export function findComputed(headers: readonly string[], notes: readonly string[], computed: readonly ComputedColumnSpec[], legacyKey?: string): ComputedLayout {
  const positions: Record<string, number> = {};
  notes.forEach((note, i) => {
    const id = markedColumnId(note);
    if (id !== undefined && positions[id] === undefined && computed.some((c) => c.id === id)) positions[id] = i;
  });
  const norm = (h: unknown) => String(h ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const legacy = legacyKey !== undefined && Object.keys(positions).length === 0 && headers.some((h) => norm(h) === norm(legacyKey));
  if (legacy) {
    for (const c of computed) {
      const at = headers.findIndex((h) => norm(h) === norm(c.header));
      if (at >= 0) positions[c.id] = at;
    }
  }
  const missing = computed.filter((c) => positions[c.id] === undefined);
  const taken = new Set(Object.values(positions));
  const clashes = missing
    .filter((c) => headers.some((h, i) => !taken.has(i) && norm(h) === norm(c.header)))
    .map((c) => c.header);
  return { positions, missing, clashes };
}

/** How set-up will treat one tab. */
export interface TabPlan {
  key: string;
  /** The tab's name in this spreadsheet once set up. */
  name: string;
  /** keep: ours already; create: new tab; adopt: the user's tab of that name whose headers fit. */
  action: 'keep' | 'create' | 'adopt';
  /** The existing sheet (keep, adopt). */
  sheet?: Sheet;
  /** What the user must agree to first (a tab or column of theirs involved); empty when nothing is theirs. */
  notices: string[];
}

/** The headers (row 1) and their notes, in two reads. */
export function headerRow(sheet: Sheet): { headers: string[]; notes: string[] } {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return { headers: [], notes: [] };
  const range = sheet.getRange(1, 1, 1, lastColumn);
  return {
    headers: (range.getValues()[0] ?? []).map((h) => String(h ?? '').trim()),
    notes: (range.getNotes()[0] ?? []).map((n) => String(n ?? '')),
  };
}

function isEmpty(sheet: Sheet): boolean {
  return sheet.getLastRow() < 1 && sheet.getLastColumn() < 1;
}

/**
 * Plans one tab before anything is written: Casekeeper's own tab (recorded in the registry, or marked) is
 * kept; an empty tab of that name is used; the user's tab whose headers name the table's required columns
 * is adopted (their columns kept, Casekeeper's added), after they agree; any other tab of that name stays
 * theirs, and Casekeeper makes its own tab under another name (after they agree).
 *
 * @param taken tab names other plans already claimed
 */
export function planTab(
  spreadsheet: Spreadsheet,
  options: {
    key: string;
    defaultName: string;
    /** The recorded name, when set-up ran before. */
    known?: string;
    /** Whether a header row makes this tab adoptable (a table's required columns, or our own headers). */
    fits(headers: readonly string[], notes: readonly string[]): boolean;
    /** The computed columns (for name clashes on an adopted tab). */
    computed?: readonly ComputedColumnSpec[];
    legacyKey?: string;
  },
): TabPlan {
  const { key, defaultName } = options;
  if (options.known) {
    const sheet = spreadsheet.getSheetByName(options.known);
    if (sheet) return { key, name: options.known, action: 'keep', sheet, notices: columnNotices(sheet, options) };
  }
  const sheet = spreadsheet.getSheetByName(defaultName);
  if (!sheet) return { key, name: defaultName, action: 'create', notices: [] };
  if (isEmpty(sheet)) return { key, name: sheet.getName(), action: 'adopt', sheet, notices: [] };
  const { headers, notes } = headerRow(sheet);
  if (notes.some((n) => markedColumnId(n) !== undefined)) {
    return { key, name: sheet.getName(), action: 'keep', sheet, notices: columnNotices(sheet, options) };
  }
  if (options.fits(headers, notes)) {
    return {
      key,
      name: sheet.getName(),
      action: 'adopt',
      sheet,
      notices: [`Use your tab "${sheet.getName()}" (its columns fit); your columns and rows stay as they are.`, ...columnNotices(sheet, options)],
    };
  }
  let name = ownName(defaultName);
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${ownName(defaultName)} ${n}`;
  return { key, name, action: 'create', notices: [`Your tab "${defaultName}" is yours: Casekeeper makes its own tab "${name}" instead and never touches yours.`] };
}

function columnNotices(sheet: Sheet, options: { computed?: readonly ComputedColumnSpec[]; legacyKey?: string }): string[] {
  if (!options.computed) return [];
  const { headers, notes } = headerRow(sheet);
  const { clashes } = findComputed(headers, notes, options.computed, options.legacyKey);
  return clashes.map(
    (h) => `Your column "${h}" on "${sheet.getName()}" stays yours, untouched: Casekeeper adds its own column "${ownName(h)}" instead.`,
  );
}

/** Whether a header row names every required column of a table (so it can be adopted). */
export function headersFit(spec: AnyTableSpec, headers: readonly string[]): boolean {
  const { map, missingRequired } = mapColumns(spec.columns as readonly TableColumn[], headers);
  return missingRequired.length === 0 && Object.keys(map).length > 0;
}

/** A new tab has 26 columns; makes room for `count`. */
export function ensureColumns(sheet: Sheet, count: number): void {
  const max = sheet.getMaxColumns();
  if (max < count) sheet.insertColumnsAfter(max, count - max);
}

/** Makes room for `count` rows. */
export function ensureRows(sheet: Sheet, count: number): void {
  const max = sheet.getMaxRows();
  if (max < count) sheet.insertRowsAfter(max, count - max);
}

/** Data validation for one column type (invalid input allowed and reported in the notes column). */
export function validationFor(gas: GasServices, column: TableColumn): GoogleAppsScript.Spreadsheet.DataValidation | undefined {
  const builder = gas.SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  switch (column.type) {
    case 'date':
      return builder.requireDate().setHelpText('Type a date like 9/2/2025. Casekeeper marks anything else in the notes column.').build();
    case 'enum':
      return builder.requireValueInList((column.choices ?? []).map((c) => c.label), true).setHelpText(column.description).build();
    case 'boolean':
      return builder.requireValueInList(['Yes', 'No'], true).setHelpText(column.description).build();
    case 'number':
      if (column.min !== undefined && column.max !== undefined) return builder.requireNumberBetween(column.min, column.max).setHelpText(column.description).build();
      if (column.min !== undefined) return builder.requireNumberGreaterThanOrEqualTo(column.min).setHelpText(column.description).build();
      return undefined;
    default:
      return undefined;
  }
}

/** What {@link applyTabLayout} did. */
export interface AppliedLayout {
  sheet: Sheet;
  /** Computed-column id → position (0-based). */
  positions: Record<string, number>;
  lastColumn: number;
  headers: string[];
}

/**
 * Creates or completes a tab from its plan: a new tab gets the table's headers (each with its description
 * as a note) and the computed columns; an adopted tab keeps its own columns and gets the missing computed
 * columns at the right (under their own name when the user has a column of that name). Then: header row
 * bold and frozen, validation by column type, date formats and widths, computed headers marked. One
 * write per block; never writes a user's cell.
 */
export function applyTabLayout(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, layout: TabLayout, options: { index?: number; legacyKey?: string; rows?: number } = {}): AppliedLayout {
  let sheet = plan.sheet;
  const columns = layout.spec.columns as readonly TableColumn[];
  if (!sheet) {
    sheet = options.index === undefined ? spreadsheet.insertSheet(plan.name) : spreadsheet.insertSheet(plan.name, options.index);
  }
  let { headers, notes } = headerRow(sheet);
  if (headers.length === 0) {
    headers = columns.map((c) => c.header);
    notes = columns.map((c) => c.description);
    ensureColumns(sheet, headers.length);
    const range = sheet.getRange(1, 1, 1, headers.length);
    range.setValues([headers]);
    range.setNotes([notes]);
  }
  const found = findComputed(headers, notes, layout.computed, options.legacyKey);
  const positions = { ...found.positions };
  const clash = new Set(found.clashes);
  if (found.missing.length > 0) {
    const start = headers.length;
    ensureColumns(sheet, start + found.missing.length);
    const names = found.missing.map((c) => (clash.has(c.header) ? ownName(c.header) : c.header));
    const range = sheet.getRange(1, start + 1, 1, found.missing.length);
    range.setValues([names]);
    found.missing.forEach((c, i) => (positions[c.id] = start + i));
    headers = [...headers, ...names];
  }
  // Mark every computed header (an old sheet's too), so later runs find them by marker alone.
  const marks = layout.computed.map((c) => ({ c, at: positions[c.id] as number })).sort((a, b) => a.at - b.at);
  for (const { c, at } of marks) {
    const note = headerNote(c.description ?? 'Casekeeper writes this column. Edit the other columns, not this one.', c.id);
    if ((notes[at] ?? '') !== note) sheet.getRange(1, at + 1).setNote(note);
  }
  const lastColumn = headers.length;
  const rows = Math.max(sheet.getMaxRows(), options.rows ?? 1000);
  ensureRows(sheet, rows);
  const dataRows = rows - 1;
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, lastColumn).setFontWeight('bold').setBackground('#E8EAED').setFontColor('#1F1F1F');
  const computedAt = new Set(Object.values(positions));
  const { map } = mapColumns(columns, headers.map((h, i) => (computedAt.has(i) ? '' : h)));
  for (const [position, key] of Object.entries(map)) {
    const column = columns.find((c) => c.key === key);
    if (!column) continue;
    const range = sheet.getRange(2, Number(position) + 1, dataRows, 1);
    const rule = validationFor(gas, column);
    if (rule) range.setDataValidation(rule);
    if (column.type === 'date') range.setNumberFormat('yyyy-mm-dd');
    if (column.type === 'id' || column.type === 'time') range.setNumberFormat('@');
    sheet.setColumnWidth(Number(position) + 1, column.type === 'date' ? 110 : column.type === 'longtext' ? 280 : 130);
  }
  for (const c of layout.computed) {
    const position = positions[c.id] as number;
    if (c.width) sheet.setColumnWidth(position + 1, c.width);
    if (c.date) sheet.getRange(2, position + 1, dataRows, 1).setNumberFormat('yyyy-mm-dd');
    if (c.hidden) sheet.hideColumns(position + 1);
  }
  protectComputed(gas, sheet, positions);
  return { sheet, positions, lastColumn, headers };
}

/** Description of Casekeeper's protections (they are replaced, never stacked, when set-up runs again). */
export const PROTECTION_NOTE = 'Casekeeper columns (written by Refresh and Sync)';

/**
 * Protects Casekeeper's computed columns with a warning only: any editor, now or added later, can still
 * run Refresh and Sync (scripts run as the person using them), and a hand edit shows Sheets' "you are
 * editing a protected range" warning first.
 */
export function protectComputed(gas: GasServices, sheet: Sheet, positions: Record<string, number>): void {
  const type = gas.SpreadsheetApp.ProtectionType.RANGE;
  for (const p of sheet.getProtections(type)) if (p.getDescription() === PROTECTION_NOTE) p.remove();
  const sorted = Object.values(positions).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const p of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === p - 1) run.push(p);
    else runs.push([p]);
  }
  for (const run of runs) {
    sheet
      .getRange(1, (run[0] as number) + 1, sheet.getMaxRows(), run.length)
      .protect()
      .setDescription(PROTECTION_NOTE)
      .setWarningOnly(true);
  }
}

/** One data row of a table tab after reading. */
export interface TableRow<T extends TableName> {
  /** Sheet row (1-based). */
  rowNumber: number;
  blank: boolean;
  record?: TableRecord<T>;
  /** What is wrong, in a teacher's words ("Date: … "). */
  problems: string[];
  /** The row's key (generated when the row had none). */
  id: string;
  idIsNew: boolean;
}

/** A table tab as read in one batch. */
export interface TableTab<T extends TableName> {
  spec: TableSpec<T>;
  sheet: Sheet;
  headers: string[];
  /** Position → record key, for the user's columns. */
  map: Record<number, string>;
  /** Computed-column id → position. */
  computed: Record<string, number>;
  /** Data rows as read. */
  values: unknown[][];
  rows: TableRow<T>[];
  lastColumn: number;
}

function cellForRecord(value: unknown, toIsoDate: (d: Date) => IsoDate | undefined): unknown {
  if (isDateValue(value)) return toIsoDate(value) ?? 'an unreadable date';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

const blankCell = (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Reads a table tab in one batch (values and header notes): each row into a record of the table by the
 * shared reader, with its problems; a row without a key gets a stable generated one (from its content,
 * as CSV import does); a repeated key is a problem on the later row. Fails, naming it, when the tab is
 * missing or lacks a required column.
 */
export function readTableTab<T extends TableName>(
  sheet: Sheet | null,
  spec: TableSpec<T>,
  computed: readonly ComputedColumnSpec[],
  toIsoDate: (d: Date) => IsoDate | undefined,
): Result<TableTab<T>> {
  if (!sheet) return fail('not-set-up', `There is no ${spec.tab} tab yet. Choose Casekeeper > Set up tracker first.`);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return fail('not-set-up', `The ${sheet.getName()} tab has no header row. Choose Casekeeper > Set up tracker.`);
  const all = sheet.getRange(1, 1, lastRow, lastColumn).getValues();
  const notes = (sheet.getRange(1, 1, 1, lastColumn).getNotes()[0] ?? []).map(String);
  const headers = (all[0] ?? []).map((h) => String(h ?? '').trim());
  const { positions } = findComputed(headers, notes, computed);
  const computedAt = new Set(Object.values(positions));
  const columns = spec.columns as readonly TableColumn[];
  const { map, missingRequired } = mapColumns(columns, headers.map((h, i) => (computedAt.has(i) ? '' : h)));
  if (missingRequired.length > 0) {
    const names = missingRequired.map((n) => `"${n}"`).join(', ');
    return fail('bad-header', `The ${sheet.getName()} tab has no ${names} column. Put a column headed ${names} back in row 1 and run this again. Nothing was changed.`);
  }
  const values = all.slice(1);
  const keyHeader = columns.find((c) => c.key === spec.key)?.header ?? spec.key;
  const firstRow = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const rows = values.map((row, i): TableRow<T> => {
    const rowNumber = i + 2;
    const raw: Record<string, unknown> = {};
    let blank = true;
    for (const [position, key] of Object.entries(map)) {
      const cell = row[Number(position)];
      if (blankCell(cell)) continue;
      blank = false;
      raw[key] = cellForRecord(cell, toIsoDate);
    }
    if (blank) return { rowNumber, blank: true, problems: [], id: '', idIsNew: false };
    let id = blankCell(raw[spec.key]) ? '' : String(raw[spec.key]).trim();
    const idIsNew = id === '' && spec.idPrefix !== undefined;
    if (idIsNew) {
      const content = columns.filter((c) => c.key !== spec.key).map((c) => String(raw[c.key] ?? '').trim());
      const signature = content.join('\u001f');
      const n = occurrences.get(signature) ?? 0;
      occurrences.set(signature, n + 1);
      id = generateRowId(spec.idPrefix as string, [spec.name, ...content], n);
      raw[spec.key] = id;
    }
    const reading = readTableRow(spec, raw);
    const problems = reading.problems.map((p) => `${p.column}: ${p.reason}`);
    let record = reading.record;
    if (record && id) {
      const earlier = firstRow.get(id.toLowerCase());
      if (earlier !== undefined) {
        problems.push(`${keyHeader} ${id} is already on row ${earlier}; this row is left out until one of them changes.`);
        record = undefined;
      } else firstRow.set(id.toLowerCase(), rowNumber);
    }
    return { rowNumber, blank: false, ...(record ? { record } : {}), problems, id, idIsNew };
  });
  return ok({ spec, sheet, headers, map, computed: positions, values, rows, lastColumn });
}

/**
 * Writes back, in one batch each, the ids Casekeeper generated (the key column) and the computed columns
 * given (each a value per data row): one `setValues` per contiguous block, and only for blocks whose
 * cells changed. Returns how many writes were made.
 *
 * @param cells computed-column id → one value per data row
 */
export function writeTableColumns<T extends TableName>(tab: TableTab<T>, cells: Record<string, readonly (string | number)[]>): number {
  const rows = tab.values.length;
  if (rows === 0) return 0;
  let writes = 0;
  const keyAt = Number(Object.entries(tab.map).find(([, k]) => k === tab.spec.key)?.[0]);
  if (Number.isInteger(keyAt) && tab.rows.some((r) => r.idIsNew)) {
    tab.sheet.getRange(2, keyAt + 1, rows, 1).setValues(tab.rows.map((r, i) => [r.idIsNew ? r.id : (tab.values[i]?.[keyAt] as string | number) ?? '']));
    tab.rows.forEach((r, i) => {
      if (r.idIsNew && tab.values[i]) (tab.values[i] as unknown[])[keyAt] = r.id;
      r.idIsNew = false;
    });
    writes++;
  }
  const targets = Object.entries(cells)
    .map(([id, column]) => ({ at: tab.computed[id], column }))
    .filter((t): t is { at: number; column: readonly (string | number)[] } => t.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const runs: (typeof targets)[] = [];
  for (const t of targets) {
    const run = runs[runs.length - 1];
    if (run && (run[run.length - 1] as { at: number }).at === t.at - 1) run.push(t);
    else runs.push([t]);
  }
  for (const run of runs) {
    const changed = run.some((t) => t.column.some((v, r) => String(tab.values[r]?.[t.at] ?? '') !== String(v ?? '')));
    if (!changed) continue;
    const block = Array.from({ length: rows }, (_, r) => run.map((t) => t.column[r] ?? ''));
    tab.sheet.getRange(2, (run[0] as { at: number }).at + 1, rows, run.length).setValues(block);
    writes++;
  }
  return writes;
}

/** The notes column of a table tab: each row's problems, or '' for a good or blank row. */
export function rowNotes<T extends TableName>(tab: TableTab<T>): string[] {
  return tab.rows.map((r) => (r.problems.length > 0 ? `${r.problems.join(' ')} Fix the cell; the row is read again at the next Refresh.` : ''));
}

/**
 * Adds the computed columns a tab read lacks (a tab set up by an older version) at its right, each header
 * marked, in one write; the user's columns are never touched (a column of theirs with the same name keeps
 * it, ours takes its own). Updates the tab as read so later writes find the new columns.
 *
 * @example ensureTabComputed(servicesTab, SERVICES_LAYOUT.computed) // 4: the compliance columns were added
 */
export function ensureTabComputed<T extends TableName>(tab: TableTab<T>, computed: readonly ComputedColumnSpec[]): number {
  const missing = computed.filter((c) => tab.computed[c.id] === undefined);
  if (missing.length === 0) return 0;
  const start = tab.lastColumn;
  ensureColumns(tab.sheet, start + missing.length);
  const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');
  const taken = new Set(tab.headers.map(norm));
  const names = missing.map((c) => (taken.has(norm(c.header)) ? ownName(c.header) : c.header));
  const range = tab.sheet.getRange(1, start + 1, 1, missing.length);
  range.setValues([names]);
  range.setNotes([missing.map((c) => headerNote(c.description ?? 'Casekeeper writes this column. Edit the other columns, not this one.', c.id))]);
  missing.forEach((c, i) => {
    tab.computed[c.id] = start + i;
    tab.headers.push(names[i] as string);
  });
  tab.lastColumn = start + missing.length;
  for (const row of tab.values) while (row.length < tab.lastColumn) row.push('');
  return missing.length;
}

/**
 * Colours one computed column of a tab, one colour pair per data row (null: the sheet's default), in two
 * calls whatever the row count.
 */
export function colourTableColumn<T extends TableName>(tab: TableTab<T>, id: string, colours: readonly ({ background: string; text: string } | null)[]): void {
  const at = tab.computed[id];
  const rows = tab.values.length;
  if (at === undefined || rows === 0) return;
  const range = tab.sheet.getRange(2, at + 1, rows, 1);
  range.setBackgrounds(Array.from({ length: rows }, (_, r) => [colours[r]?.background ?? null]));
  range.setFontColors(Array.from({ length: rows }, (_, r) => [colours[r]?.text ?? null]));
}

import type * as z from 'zod';
import type { TableName, TableRecord } from './caseload.ts';
import type { ColumnChoice, ColumnType, TableColumn } from './table-column.ts';

/**
 * One table of the caseload: its name, what a teacher calls it, its CSV file and sheet tab, its key, its
 * columns and the schema every record satisfies. One spec per file in shared/tables/.
 */
export interface TableSpec<T extends TableName> {
  name: T;
  /** What a teacher calls one table ("Service log"). */
  label: string;
  /** The CSV file in a caseload folder or zip. */
  file: string;
  /** The sheet tab in the Google Sheets tracker. */
  tab: string;
  /** The key column: unique in the table, generated when a row has none, never changed afterwards. */
  key: keyof TableRecord<T> & string;
  /** Generated ids start with this (`ses-…`); absent where the key must be given (a student's id). */
  idPrefix?: string;
  columns: readonly TableColumn<keyof TableRecord<T> & string>[];
  schema: z.ZodType<TableRecord<T>>;
  /** Columns that name a row of another table (a session's service, a data point's goal). */
  references: readonly { column: keyof TableRecord<T> & string; table: TableName }[];
}

/** Any one table's spec (a union, so code can switch on `name`). */
export type AnyTableSpec = { [T in TableName]: TableSpec<T> }[TableName];

/** Optional parts of a column. */
export interface ColumnExtras {
  aliases?: readonly string[];
  required?: boolean;
  choices?: readonly ColumnChoice[];
  maxLength?: number;
  integer?: boolean;
  min?: number;
  max?: number;
  unit?: string;
}

/**
 * Declares a column in one line.
 *
 * @example column('minutes', 'Minutes', 'number', 'Minutes given.', { min: 0, max: 1440 })
 */
export function column<K extends string>(key: K, header: string, type: ColumnType, description: string, extras: ColumnExtras = {}): TableColumn<K> {
  const out: TableColumn<K> = { key, header, aliases: extras.aliases ?? [], type, required: extras.required ?? false, description };
  if (extras.choices) out.choices = extras.choices;
  if (extras.maxLength !== undefined) out.maxLength = extras.maxLength;
  if (extras.integer) out.integer = true;
  if (extras.min !== undefined) out.min = extras.min;
  if (extras.max !== undefined) out.max = extras.max;
  if (extras.unit !== undefined) out.unit = extras.unit;
  return out;
}

/**
 * Enum choices from their record values, each labelled in plain words (`left-message` → "Left message").
 *
 * @example choices(['left-message'])[0]?.label // 'Left message'
 */
export function choices(values: readonly string[], aliases: Record<string, readonly string[]> = {}): ColumnChoice[] {
  return values.map((value) => {
    const label = value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');
    const extra = aliases[value];
    return extra ? { value, label, aliases: extra } : { value, label };
  });
}

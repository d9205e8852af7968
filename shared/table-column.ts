/** How a column's cells are read. */
export type ColumnType = 'id' | 'text' | 'longtext' | 'date' | 'number' | 'state' | 'enum' | 'boolean' | 'time';

/** One allowed value of an enum column: what records hold, what people read, other spellings accepted. */
export interface ColumnChoice {
  value: string;
  label: string;
  aliases?: readonly string[];
}

/**
 * One column of a caseload table: its record key, the header people see, other headers exports use for
 * it, and how its cells are read. Record keys are also accepted as headers.
 */
export interface TableColumn<K extends string = string> {
  key: K;
  header: string;
  aliases: readonly string[];
  type: ColumnType;
  required: boolean;
  /** One line for a header note or tooltip. */
  description: string;
  /** Enum columns: the allowed values. */
  choices?: readonly ColumnChoice[];
  /** Text columns: the most characters kept. */
  maxLength?: number;
  /** Number columns: whole numbers only. */
  integer?: boolean;
  /** Number columns: the allowed range. */
  min?: number;
  max?: number;
  /** Number columns: what one unit is, for messages ("days"). */
  unit?: string;
}

/** A value as the Sheets API writes it with `valueInputOption: RAW`. */
export type SheetCell = string | number;

/**
 * One record value as a sheet cell, written as typed text (RAW): dates `YYYY-MM-DD`, yes/no, choices as
 * their record values, numbers as numbers, nothing as an empty cell. Text starting with `=` stays text (a
 * RAW write never runs a formula), so no apostrophe is added.
 *
 * @example recordCell(true) // 'yes'
 */
export function recordCell(value: unknown): SheetCell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value;
  return String(value);
}

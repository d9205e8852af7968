/**
 * Whether a cell or field value is blank: missing, empty or only white space (a number, `false` or a
 * date is never blank). Asked of every cell a caseload file holds, so most cells are answered without
 * trimming: one starting with a printable ASCII character is not blank.
 *
 * @example isBlankValue(' \u00a0') // true
 */
export function isBlankValue(value: unknown): boolean {
  if (typeof value !== 'string') return value === undefined || value === null;
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === '';
}

import { collapse, type Line } from '../layouts/types.ts';

/**
 * A walked line's text as a person reads it: its text pieces in order, form values set apart by spaces.
 *
 * @example lineText(scan.lines[0]) // '#1 510 Individual counseling 02/06/2025 - 02/05/2026 45 min x 1 sessions = 45 min Weekly'
 */
export function lineText(line: Line): string {
  return collapse(line.parts.map((p) => (p.control ? ` ${p.text} ` : p.text)).join(''));
}

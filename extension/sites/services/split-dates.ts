/** A date as pages print it: 02/06/2025, 2/6/25, 2025-02-06, Feb 6, 2025. */
const DATE = String.raw`(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})`;

/** Two dates joined by a dash, "to" or "through": a service's start and end. */
export const DATE_RANGE = new RegExp(String.raw`(${DATE})\s*(?:-|–|—|to|thru|through)\s*(${DATE})`, 'i');

/**
 * A service's start and end dates from text holding a range ("02/06/2025 - 02/05/2026"), as printed
 * (turned into dates later), with the text around the range.
 *
 * @example splitDates('Dates: 02/06/2025 - 02/05/2026') // { start: '02/06/2025', end: '02/05/2026', before: 'Dates:', after: '' }
 */
export function splitDates(text: string): { start: string; end: string; before: string; after: string } | undefined {
  const m = DATE_RANGE.exec(text);
  if (!m) return undefined;
  return { start: m[1] as string, end: m[2] as string, before: text.slice(0, m.index).trim(), after: text.slice(m.index + m[0].length).trim() };
}

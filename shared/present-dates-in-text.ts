import { type DateStyle, presentDate } from './present-date.ts';

/**
 * A sentence from the engine (a warning, a note, an explanation: they name dates as ISO `YYYY-MM-DD`)
 * with each date written the way the reader has chosen, so a teacher reads "12/24/2026" in the warning
 * as in the due-date column. Text that is not a whole date (an id like `S-2026-12-24x`, a time) is kept.
 *
 * @example presentDatesInText('The meeting scheduled for 2026-12-24 is after the due date 2026-12-12.') // 'The meeting scheduled for 12/24/2026 is after the due date 12/12/2026.'
 * @example presentDatesInText('Due 2026-12-12.', 'iso') // 'Due 2026-12-12.'
 */
export function presentDatesInText(text: string, style: DateStyle | 'long' = 'us'): string {
  if (style === 'iso') return text;
  return text.replace(/(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/g, (whole, y: string, m: string, d: string) => {
    const month = Number(m);
    const day = Number(d);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? presentDate(`${y}-${m}-${d}`, style) : whole;
  });
}

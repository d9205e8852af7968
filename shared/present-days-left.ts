/**
 * Days to a due date in words, singular and plural right: "due today", "1 day left", "12 days left",
 * "1 day overdue", "3 days overdue".
 *
 * @example presentDaysLeft(1) // '1 day left'
 * @example presentDaysLeft(-3) // '3 days overdue'
 */
export function presentDaysLeft(daysLeft: number, unit: 'day' | 'school day' = 'day'): string {
  if (daysLeft === 0) return 'due today';
  const n = Math.abs(daysLeft);
  const words = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return daysLeft > 0 ? `${words} left` : `${words} overdue`;
}

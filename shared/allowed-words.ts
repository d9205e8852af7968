import type { SettingsTabRow } from './settings-tab-rows.ts';

/**
 * What a Settings tab row's Value cell takes, in a teacher's words (the cell's help text and the message
 * for a bad value).
 *
 * @example allowedWords(settingRows().find((r) => r.id === 'US.ageOfMajority')) // 'Type a whole number from 0 to 365, or "none", or leave it blank for the default (18).'
 */
export function allowedWords(row: SettingsTabRow): string {
  const blank = row.kind === 'rule' || row.range?.noneAllowed || row.initial === '' ? `, or leave it blank for the default (${row.defaultText})` : '';
  if (row.range) return `Type a whole number from ${row.range.min} to ${row.range.max}${row.range.noneAllowed ? ', or "none"' : ''}${blank}.`;
  if (row.choices) return `Choose ${row.choices.map((c) => `"${c}"`).join(' or ')}${blank}.`;
  return row.help;
}

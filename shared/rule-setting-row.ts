import { presentRuleSetting } from './present-rule-setting.ts';
import type { SettingsTabRow } from './settings-tab-rows.ts';
import type { RuleSetting } from './timeline-rule.ts';

/**
 * A rule setting a state pack declares, as a Settings tab row: its plain name (never the id), its
 * default in words, its citation, and what the Value cell takes (yes/no, or a whole number or "none").
 * A blank Value keeps the default.
 *
 * @example ruleSettingRow({ id: 'TX.ardSummerRule', default: true, … }).label // 'ARD may wait until fall when day 30 falls in the summer (Texas)'
 */
export function ruleSettingRow(setting: RuleSetting): SettingsTabRow {
  const { name, defaultText } = presentRuleSetting(setting);
  const kind: Pick<SettingsTabRow, 'choices' | 'range'> = typeof setting.default === 'boolean' ? { choices: ['yes', 'no'] } : { range: { min: 0, max: 365, noneAllowed: true } };
  return { id: setting.id, kind: 'rule', label: name, initial: '', defaultText, citation: setting.citation, help: `${setting.description} Leave blank for the default.`, ...kind };
}

import { getRulePack, resolveRules } from './rule-packs.ts';
import { ruleSettingRow } from './rule-setting-row.ts';
import { FEDERAL_RULES } from './rules/federal.ts';
import { SETTINGS_TAB_ROWS, type SettingsTabRow } from './settings-tab-rows.ts';

/**
 * Every row of the Settings tab for a tracker in `state` (blank: federal): the State, the settings that
 * move dates and the progress report dates, then each rule setting of the state's rules as
 * `casekeeper rules --state XX` lists them (blank Value: the default applies), then the add-on's calendar
 * settings and the team's work hours and caseload type.
 *
 * @example settingRows('TX').some((r) => r.id === 'TX.ardSummerRule') // true
 */
export function settingRows(state?: string): SettingsTabRow[] {
  const pack = getRulePack(state);
  const rules = resolveRules(pack.ok ? pack.value : FEDERAL_RULES).settings.map(ruleSettingRow);
  const last = (r: SettingsTabRow) => r.kind === 'add-on' || r.kind === 'workload';
  return [...SETTINGS_TAB_ROWS.filter((r) => !last(r)), ...rules, ...SETTINGS_TAB_ROWS.filter(last)];
}

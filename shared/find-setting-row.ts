import { normaliseHeader } from './map-columns.ts';
import { listRulePacks, resolveRules } from './rule-packs.ts';
import { ruleSettingRow } from './rule-setting-row.ts';
import { SETTINGS_TAB_ROWS, type SettingsTabRow } from './settings-tab-rows.ts';

let ruleRowsCache: Map<string, SettingsTabRow> | undefined;

/** Every state's rule settings by their row name (a tab may keep the rows of a state it used before), built once. */
function ruleRowsByKey(): Map<string, SettingsTabRow> {
  if (ruleRowsCache) return ruleRowsCache;
  const byKey = new Map<string, SettingsTabRow>();
  for (const pack of listRulePacks()) {
    for (const s of resolveRules(pack).settings) {
      const row = ruleSettingRow(s);
      const key = normaliseHeader(row.label);
      if (!byKey.has(key)) byKey.set(key, row);
    }
  }
  ruleRowsCache = byKey;
  return byKey;
}

/**
 * The row a Setting cell (column A) names, by its name or an older one, in any case and spacing, if it
 * is one of Casekeeper's (any state's rule settings included); `undefined` for a row of the team's own.
 *
 * @example findSettingRow('Count the starting day')?.id // 'countTriggerDay'
 */
export function findSettingRow(label: unknown): SettingsTabRow | undefined {
  const key = normaliseHeader(String(label ?? ''));
  if (key === '') return undefined;
  return SETTINGS_TAB_ROWS.find((r) => normaliseHeader(r.label) === key || r.aliases?.some((a) => normaliseHeader(a) === key)) ?? ruleRowsByKey().get(key);
}

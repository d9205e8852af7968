import { CASELOAD_SETTINGS, type SettingValueKind } from './caseload-settings.ts';
import { fail, ok, type Result } from './result.ts';
import { getRulePack, listRulePacks, resolveRules } from './rule-packs.ts';
import type { Settings } from './settings.ts';
import type { RuleSetting } from './timeline-rule.ts';

const YES = new Set(['yes', 'y', 'true', 'on', '1']);
const NO = new Set(['no', 'n', 'false', 'off', '0']);
const NONE = new Set(['none', 'null', 'default', '']);

/** What values a setting takes, in plain words ("a whole number from 0 to 365, or none"). */
export function allowedSettingValues(kind: SettingValueKind): string {
  const none = 'noneAllowed' in kind && kind.noneAllowed ? ', or none' : '';
  if (kind.type === 'whole-number') return `a whole number from ${kind.min} to ${kind.max}${none}`;
  if (kind.type === 'yes-no') return `yes or no${none}`;
  return kind.choices.map((c) => `${c.value} (${c.label})`).join(' or ');
}

/**
 * The values a state pack's rule setting takes: yes or no for a yes/no default, else a whole number of
 * days or years (or none, which the setting's description explains).
 *
 * @example ruleSettingKind({ id: 'TX.ardSummerRule', default: true, … }).type // 'yes-no'
 */
export function ruleSettingKind(setting: RuleSetting): SettingValueKind {
  return typeof setting.default === 'boolean' ? { type: 'yes-no', noneAllowed: false } : { type: 'whole-number', min: 0, max: 365, noneAllowed: true };
}

/** A rule setting whose default is a fraction (Illinois' transition age, 14½) also takes halves and tenths. */
function takesFractions(setting: RuleSetting): boolean {
  return typeof setting.default === 'number' && !Number.isInteger(setting.default);
}

function readRuleValue(setting: RuleSetting, text: string): number | boolean | null | undefined {
  const t = text.trim();
  if (takesFractions(setting) && /^\d+(\.\d+)?$/.test(t) && Number(t) <= 365) return Number(t);
  const value = readValue(ruleSettingKind(setting), t);
  return typeof value === 'string' ? undefined : value;
}

function readValue(kind: SettingValueKind, text: string): number | boolean | string | null | undefined {
  const t = text.trim().toLowerCase();
  if ('noneAllowed' in kind && kind.noneAllowed && NONE.has(t)) return null;
  if (kind.type === 'whole-number') {
    if (!/^\d+$/.test(t)) return undefined;
    const n = Number(t);
    return n >= kind.min && n <= kind.max ? n : undefined;
  }
  if (kind.type === 'yes-no') return YES.has(t) ? true : NO.has(t) ? false : undefined;
  return kind.choices.find((c) => c.value.toLowerCase() === t)?.value;
}

let anyPack: Map<string, RuleSetting> | undefined;

/**
 * The rule setting with this id (lower-cased), as the caseload state's own pack declares it where it
 * does (so its description and default are the ones a teacher reads: `US.ageOfMajority` in Alabama is
 * 19), else as the first pack that declares it (a student may be placed in another state than the
 * caseload's). The packs never change, so the lookup over all of them is built once.
 */
function findRuleSetting(state: string | undefined, wanted: string): RuleSetting | undefined {
  const own = getRulePack(state);
  const mine = own.ok ? resolveRules(own.value).settings.find((s) => s.id.toLowerCase() === wanted) : undefined;
  if (mine) return mine;
  if (!anyPack) {
    anyPack = new Map();
    for (const pack of listRulePacks()) for (const s of resolveRules(pack).settings) if (!anyPack.has(s.id.toLowerCase())) anyPack.set(s.id.toLowerCase(), s);
  }
  return anyPack.get(wanted);
}

/**
 * The settings with one setting changed from text, as a teacher types it (`urgentDays=10`,
 * `TX.ardSummerRule=no`, `dateStyle=iso`): a caseload setting (see CASELOAD_SETTINGS) or a rule setting a
 * state pack declares. An unknown name fails with the known ones listed; a bad value with what is allowed.
 * The input is not changed.
 *
 * @example applySetting(defaultSettings, 'urgentDays', '10') // { ok: true, value: { …, urgentDays: 10 } }
 * @example applySetting(defaultSettings, 'urgentDays', 'ten').ok // false: "urgentDays takes a whole number from 0 to 365."
 */
export function applySetting(settings: Settings, id: string, text: string): Result<Settings> {
  const wanted = id.trim().toLowerCase();
  const caseloadSetting = CASELOAD_SETTINGS.find((s) => s.id.toLowerCase() === wanted);
  if (caseloadSetting) {
    const value = readValue(caseloadSetting.value, text);
    if (value === undefined) return fail('bad-setting-value', `${caseloadSetting.id} takes ${allowedSettingValues(caseloadSetting.value)}; "${text}" is not one of them.`);
    const next: Record<string, unknown> = { ...settings };
    if (value === null) delete next[caseloadSetting.id];
    else next[caseloadSetting.id] = value;
    return ok(next as Settings);
  }
  const ruleSetting = findRuleSetting(settings.state, wanted);
  if (ruleSetting) {
    // "default" (or nothing) puts the rule's own default back; "none" is a value of its own (no age, no days).
    if (['', 'default'].includes(text.trim().toLowerCase())) {
      const rest = Object.fromEntries(Object.entries(settings.ruleSettings).filter(([key]) => key !== ruleSetting.id));
      return ok({ ...settings, ruleSettings: rest });
    }
    const value = readRuleValue(ruleSetting, text);
    const allowed = takesFractions(ruleSetting) ? `a number from 0 to 365 (like ${String(ruleSetting.default)}), or none` : allowedSettingValues(ruleSettingKind(ruleSetting));
    if (value === undefined) return fail('bad-setting-value', `${ruleSetting.id} takes ${allowed}; "${text}" is not one of them. ${ruleSetting.description}`);
    return ok({ ...settings, ruleSettings: { ...settings.ruleSettings, [ruleSetting.id]: value } });
  }
  const pack = getRulePack(settings.state);
  const stateIds = pack.ok ? resolveRules(pack.value).settings.map((s) => s.id) : [];
  const known = [...CASELOAD_SETTINGS.map((s) => s.id), ...stateIds].join(', ');
  return fail('unknown-setting', `There is no setting "${id.trim()}". Known settings${settings.state ? ` for ${settings.state}` : ''}: ${known}. Each state's own settings are listed by "casekeeper rules --state XX".`);
}

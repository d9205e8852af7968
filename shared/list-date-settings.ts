import { ruleSettingKind } from './apply-setting.ts';
import { CASELOAD_SETTINGS, type SettingValueKind } from './caseload-settings.ts';
import { getRulePack, resolveRules } from './rule-packs.ts';
import { FEDERAL_RULES } from './rules/federal.ts';
import { presentRuleSetting } from './present-rule-setting.ts';
import { defaultSettings, type Settings } from './settings.ts';
import type { Verification } from './timeline-rule.ts';

/** One setting that changes a due date, as a teacher sees and changes it. */
export interface DateSetting {
  /** What `applySetting` and the CLI's `--setting id=value` take (not for people to read). */
  id: string;
  /** Its plain name. */
  label: string;
  description: string;
  /** Where the rule behind it is written (or why no rule sets it). */
  citation: string;
  /** How sure the reference is of the default, for a state's rule setting. */
  verification?: Verification;
  kind: SettingValueKind;
  /** The default, in words. */
  defaultText: string;
  /** The value in use, in words. */
  currentText: string;
  /** The value in use as one types it for `applySetting` ("10", "yes", "anniversary", "none"). */
  currentInput: string;
  /** True when nothing was chosen: the default applies. */
  isDefault: boolean;
  /** A caseload setting (every state) or the state's own rule setting. */
  scope: 'caseload' | 'state';
}

function words(kind: SettingValueKind, value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (kind.type === 'choice') return kind.choices.find((c) => c.value === value)?.label ?? String(value);
  return String(value);
}

function typed(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Every setting that changes a due date under these settings: the caseload settings (thresholds, the
 * annual-review convention, counting, rolling forward, notice, the missed-service notice) and the rule
 * settings of the settings' state (`casekeeper rules --state XX` lists the same), each with its plain
 * name, citation, default and the value in use. Change one with `applySetting(settings, id, text)`.
 *
 * @example listDateSettings({ ...defaultSettings, state: 'TX' }).find((s) => s.id === 'TX.ardSummerRule')?.currentText // 'yes'
 */
export function listDateSettings(settings: Settings): DateSetting[] {
  const own = settings as unknown as Record<string, unknown>;
  const defaults = defaultSettings as unknown as Record<string, unknown>;
  const caseload = CASELOAD_SETTINGS.filter((s) => s.changesDates).map((s): DateSetting => {
    const value = own[s.id];
    const isDefault = value === undefined || value === defaults[s.id];
    const defaultText = s.value.type === 'choice' ? words(s.value, s.defaultText) : s.defaultText;
    return {
      id: s.id,
      label: s.label,
      description: s.description,
      citation: s.citation ?? '',
      kind: s.value,
      defaultText,
      currentText: value === undefined ? defaultText : words(s.value, value),
      currentInput: value === undefined ? '' : typed(value),
      isDefault,
      scope: 'caseload',
    };
  });
  const pack = getRulePack(settings.state);
  const rules = resolveRules(pack.ok ? pack.value : FEDERAL_RULES).settings.map((s): DateSetting => {
    const kind = ruleSettingKind(s);
    const chosen = Object.prototype.hasOwnProperty.call(settings.ruleSettings, s.id);
    const value = chosen ? settings.ruleSettings[s.id] : s.default;
    return {
      id: s.id,
      label: presentRuleSetting(s).name,
      description: s.description.replace(/\bnull\b/g, 'none'),
      citation: s.citation,
      verification: s.verification,
      kind,
      defaultText: words(kind, s.default),
      currentText: words(kind, value),
      currentInput: chosen ? typed(value) : '',
      isDefault: !chosen,
      scope: 'state',
    };
  });
  return [...caseload, ...rules];
}

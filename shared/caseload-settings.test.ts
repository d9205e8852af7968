import { describe, expect, it } from 'vitest';
import { applySetting } from './apply-setting.ts';
import { CASELOAD_SETTINGS } from './caseload-settings.ts';
import { Settings, defaultSettings } from './settings.ts';

describe('CASELOAD_SETTINGS', () => {
  it('names only fields of Settings, each once', () => {
    const ids = CASELOAD_SETTINGS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Object.keys(Settings.shape), id).toContain(id);
  });

  it('offers exactly the choices the Settings schema accepts', () => {
    for (const setting of CASELOAD_SETTINGS) {
      if (setting.value.type !== 'choice') continue;
      for (const choice of setting.value.choices) expect(Settings.safeParse({ [setting.id]: choice.value }).success, `${setting.id}=${choice.value}`).toBe(true);
      expect(Settings.safeParse({ [setting.id]: 'something-else' }).success).toBe(false);
    }
  });

  it('states each whole-number range as the schema does: both ends accepted, one past refused', () => {
    for (const setting of CASELOAD_SETTINGS) {
      if (setting.value.type !== 'whole-number') continue;
      const { min, max } = setting.value;
      expect(Settings.safeParse({ [setting.id]: min }).success, `${setting.id}=${min}`).toBe(true);
      expect(Settings.safeParse({ [setting.id]: max }).success, `${setting.id}=${max}`).toBe(true);
      expect(Settings.safeParse({ [setting.id]: max + 1 }).success, `${setting.id}=${max + 1}`).toBe(false);
    }
  });

  it('writes the default people read from the real default where there is one', () => {
    for (const setting of CASELOAD_SETTINGS) {
      const value = (defaultSettings as Record<string, unknown>)[setting.id];
      if (value === undefined) continue;
      const shown = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
      expect(setting.defaultText, setting.id).toBe(shown);
      const again = applySetting(defaultSettings, setting.id, setting.defaultText);
      expect(again.ok && (again.value as Record<string, unknown>)[setting.id], setting.id).toEqual(value);
    }
  });
});

import { type ParsedSettingsTab, type Settings, findSettingRow } from '../shared/index.ts';

/** The rules one team sheet is summarised with, and where each part came from (for the report). */
export interface TeamRules {
  settings: Settings;
  /** "NY", or "Federal" when no state applies. */
  state: string;
  /** Where the state came from, in a reviewer's words. */
  stateFrom: string;
  /** Where the school calendar came from, in a reviewer's words. */
  calendarFrom: string;
  /** The sheet's own settings that could not be used (their defaults applied), as its Settings tab shows them. */
  problems: string[];
}

/**
 * The settings a team sheet is summarised with: its own Settings and School Calendar tabs as the add-on
 * reads them (so the roll-up counts what the team sees), and the district's settings (`--state`,
 * `--calendar`, `--settings`) only where the sheet has no value: no Settings tab, a blank or unusable
 * State, no school calendar, a blank row.
 *
 * @example teamSettings(parsed, district).stateFrom // 'the sheet\'s own Settings tab'
 */
export function teamSettings(sheet: ParsedSettingsTab | undefined, district: Settings): TeamRules {
  const federal = 'Federal';
  if (!sheet) {
    return {
      settings: district,
      state: district.state ?? federal,
      stateFrom: district.state ? 'the district\'s --state (the sheet has no Settings tab)' : 'no state set anywhere: the federal rules',
      calendarFrom: district.calendar ? 'the district\'s --calendar' : 'none (every weekday counts as a school day)',
      problems: [],
    };
  }
  const own = sheet.settings;
  const settings: Settings = { ...district, workload: { ...district.workload }, ruleSettings: { ...district.ruleSettings } };
  const mutable = settings as unknown as Record<string, unknown>;
  // The rows the sheet gave a value, by what they set (a rule setting of any state included).
  const rows = sheet.filled.flatMap((label) => findSettingRow(label) ?? []);
  const filled = new Set(rows.map((r) => r.id));
  for (const { id, kind } of rows) {
    if (kind === 'date-rule' || kind === 'progress') {
      // The sheet's value, or its default when the cell cannot be used (as the sheet's own message says).
      const value = (own as unknown as Record<string, unknown>)[id];
      if (value === undefined) delete mutable[id];
      else mutable[id] = value;
    } else if (kind === 'rule') {
      // A state's rule setting (Texas's ARD summer rule, …), as the add-on reads it.
      const value = own.ruleSettings[id];
      if (value === undefined) delete settings.ruleSettings[id];
      else settings.ruleSettings[id] = value;
    }
  }
  if (filled.has('capacityHours')) settings.workload.capacityHours = own.workload.capacityHours;
  if (filled.has('caseManagerHours')) settings.workload.caseManagers = own.workload.caseManagers;
  if (filled.has('caseloadType') && own.workload.caseloadType) settings.workload.caseloadType = own.workload.caseloadType;

  let stateFrom: string;
  if (own.state) {
    settings.state = own.state;
    stateFrom = 'the sheet\'s own Settings tab';
  } else {
    const why = filled.has('state') ? 'the sheet\'s State cannot be used' : 'the sheet\'s State is blank';
    if (district.state) stateFrom = `the district's --state (${why})`;
    else {
      delete mutable.state;
      stateFrom = `${why}, and no --state: the federal rules`;
    }
  }
  let calendarFrom: string;
  if (own.calendar) {
    settings.calendar = own.calendar;
    calendarFrom = 'the sheet\'s own School Calendar tab';
  } else calendarFrom = district.calendar ? 'the district\'s --calendar (the sheet has no school calendar)' : 'none (every weekday counts as a school day)';
  return { settings, state: settings.state ?? federal, stateFrom, calendarFrom, problems: sheet.problems };
}

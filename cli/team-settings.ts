import { type ParsedSettingsTab, SETTINGS_TAB_ROWS, type Settings } from '../shared/index.ts';

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

/** Settings tab rows (by id) that are engine settings of the same name. */
const SAME_NAME = ['urgentDays', 'soonDays', 'annualReviewConvention', 'countTriggerDay', 'rollForward', 'meetingNoticeDays', 'progressReportDates'] as const;

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
  const filled = (id: string) => sheet.filled.includes(SETTINGS_TAB_ROWS.find((r) => r.id === id)?.label ?? id);
  const own = sheet.settings;
  const settings: Settings = { ...district, workload: { ...district.workload } };
  const mutable = settings as unknown as Record<string, unknown>;
  for (const id of SAME_NAME) if (filled(id)) mutable[id] = own[id];
  if (own.meetingNoticeDays === undefined && filled('meetingNoticeDays')) delete mutable.meetingNoticeDays;
  if (filled('capacityHours')) settings.workload.capacityHours = own.workload.capacityHours;
  if (filled('caseManagerHours')) settings.workload.caseManagers = own.workload.caseManagers;
  if (filled('caseloadType') && own.workload.caseloadType) settings.workload.caseloadType = own.workload.caseloadType;

  let stateFrom: string;
  if (own.state) {
    settings.state = own.state;
    stateFrom = 'the sheet\'s own Settings tab';
  } else {
    const why = filled('state') ? 'the sheet\'s State cannot be used' : 'the sheet\'s State is blank';
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

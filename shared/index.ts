/**
 * Casekeeper's domain core: pure TypeScript, no browser, Node or Apps Script APIs. Every edge (extension,
 * Sheets add-on, CLI) imports from here and nowhere else in shared/.
 */
export { type Result, type Failure, ok, fail, failWith } from './result.ts';
export { IsoDate, isIsoDate, isoDateOf, isLeapYear, daysInMonth, partsOf } from './iso-date.ts';
export { toDayNumber, fromDayNumber, weekdayOf } from './day-number.ts';
export { parseDate, type ParseDateOptions } from './parse-date.ts';
export { addCalendarDays, calendarDaysBetween } from './add-calendar-days.ts';
export { addYears, addCalendarMonths } from './add-years.ts';
export { usFederalHolidays, type Holiday } from './us-federal-holidays.ts';
export { SchoolCalendar, SchoolYear, Closure, parseSchoolCalendar, formatIssuePath } from './school-calendar.ts';
export { parseIcsCalendar, type ParseIcsCalendarOptions } from './parse-ics-calendar.ts';
export { compileCalendar, schoolDaysBetween, isSchoolDay, nextSchoolDay, schoolYearOnOrAfter, type CalendarIndex } from './calendar-index.ts';
export { countDays, type CountDaysOptions, type CountedDate, type DayUnit } from './count-days.ts';
export { US_STATE_CODES, StateCode } from './us-states.ts';
export { StudentRecord, type TrackerKey } from './student-record.ts';
export { TRACKER_COLUMNS, mapHeaders, findColumn, normaliseHeader, type TrackerColumn, type ColumnType, type HeaderMap } from './tracker-columns.ts';
export { validateStudentRow, type CellProblem, type RowValidation } from './validate-student-row.ts';
export { importCaseloadCsv, exportCaseloadCsv, type CaseloadImport, type ImportProblem } from './caseload-csv.ts';
export { caseloadRoster, type RosterEntry } from './caseload-roster.ts';
export { Settings, defaultSettings } from './settings.ts';
export { DEADLINE_KINDS, TIMELINE_DEADLINE_KINDS, CASELOAD_DEADLINE_KINDS, type DeadlineKind, type Verification, type TimelineRule, type RulePack, type RuleSetting, type RuleContext, type RuleOutcome } from './timeline-rule.ts';
export { STATUS_STYLES, type Deadline, type DeadlineStatus, type DeadlineBasis } from './deadline.ts';
export { computeDue, ruleContext } from './compute-due.ts';
export { computeDeadlines, type StudentDeadlines } from './compute-deadlines.ts';
export { computeCaseloadDeadlines } from './compute-caseload-deadlines.ts';
export { sortByUrgency } from './sort-by-urgency.ts';
export { countBack } from './count-back.ts';
export { buildDeadline, statusFor, type BuildDeadlineInput } from './build-deadline.ts';
export { CASELOAD_DEADLINE_SOURCES, type CaseloadDeadlineSource } from './caseload-deadline-sources.ts';
export { type Caseload, type TableName, type TableRecord, caseloadOf } from './caseload.ts';
export { type StudentTables, NO_STUDENT_TABLES, tablesByStudent } from './student-tables.ts';
export { ServiceRecord, ServicePeriod } from './service-record.ts';
export { SessionRecord, SessionOutcome } from './session-record.ts';
export { GoalRecord, GoalMeasure, DecisionRuleName } from './goal-record.ts';
export { GoalDataPoint } from './goal-data-point.ts';
export { AccommodationRecord } from './accommodation-record.ts';
export { AccommodationCheck } from './accommodation-check.ts';
export { ContactRecord, ContactMethod, ContactResult } from './contact-record.ts';
export { getRulePack, listRulePacks, resolveRules, type ResolvedRules } from './rule-packs.ts';
export { FEDERAL_RULES } from './rules/federal.ts';
export { countingRule, yearsRule, transitionRule, iepInEffectOn, majorityRules, anniversaryDue, birthdayAt, countOptionsFrom, skippedNotes, type RuleFacts } from './rules/rule-builders.ts';
export { deadlinesToIcs, deadlineUid, type DeadlinesToIcsOptions } from './deadlines-to-ics.ts';

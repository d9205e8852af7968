import type { TrackerKey } from './student-record.ts';
import { type ColumnMap, findTableColumn, mapColumns } from './map-columns.ts';
import type { ColumnType, TableColumn } from './table-column.ts';
import { type ColumnExtras, column } from './table-spec.ts';

export { normaliseHeader } from './map-columns.ts';

/** One tracker column: its record key, the header people see, the other headers exports use for it. */
export type TrackerColumn = TableColumn<TrackerKey>;

const col = (
  key: TrackerKey,
  header: string,
  type: ColumnType,
  description: string,
  aliases: readonly string[] = [],
  extras: Omit<ColumnExtras, 'aliases'> = {},
): TrackerColumn => column(key, header, type, description, { aliases, ...extras });

const NAME = { maxLength: 100 };
const LABEL = { maxLength: 200 };

/**
 * The canonical tracker columns, in order: one list for the Sheets tracker, CSV import/export and the
 * extension, so a caseload moves between them unchanged.
 */
export const TRACKER_COLUMNS: readonly TrackerColumn[] = [
  col('studentId', 'Student ID', 'text', 'The district or IEP-system ID; one row per student.', ['ID', 'Student Number', 'Student #', 'Local ID', 'SEIS ID', 'SSID', 'State ID', 'Student No', 'Local Student ID', 'District ID', 'Perm ID', 'Student ID Number'], { required: true, maxLength: 64 }),
  col('firstName', 'First Name', 'text', 'Given name (initials are fine).', ['First', 'Given Name', 'Student First Name'], NAME),
  col('lastName', 'Last Name', 'text', 'Family name (initials are fine).', ['Last', 'Surname', 'Family Name', 'Student Last Name'], NAME),
  col('dateOfBirth', 'Date of Birth', 'date', 'Needed for transition, transfer of rights and Part C deadlines.', ['DOB', 'Birthdate', 'Birth Date', 'Birthday']),
  col('grade', 'Grade', 'text', 'Grade level.', ['Gr', 'Grade Level'], { maxLength: 20 }),
  col('school', 'School', 'text', 'School or campus.', ['Campus', 'Building', 'School Name', 'Site'], LABEL),
  col('caseManager', 'Case Manager', 'text', 'Name or email of the case manager.', ['Case Mgr', 'CM', 'Case Manager Email', 'Teacher of Record'], LABEL),
  col('disability', 'Disability', 'text', 'Eligibility category (e.g. SLD, Intellectual Disability).', ['Eligibility', 'Primary Disability', 'Disability Category', 'Eligibility Category'], LABEL),
  col('state', 'State', 'state', 'Two-letter state code, only when it differs from the tracker setting.', ['State Rules']),
  col('referralDate', 'Referral Date', 'date', 'Date the written referral was received.', ['Referral', 'Referral Received', 'Date of Referral']),
  col('consentDate', 'Consent Date', 'date', 'Date signed consent to evaluate was received (not signed).', ['Consent', 'Consent Received', 'Consent to Evaluate', 'Date of Consent', 'Parent Consent Date']),
  col('eligibilityDate', 'Eligibility Date', 'date', 'Date eligibility was determined.', ['Eligibility Determination', 'Eligibility Determination Date', 'Initial Eligibility Date', 'MET Date', 'ETR Date']),
  col('evaluationReportDate', 'Evaluation Report Date', 'date', 'Date the evaluation report was completed (Texas counts the ARD from it).', ['Evaluation Report', 'FIIE Date', 'FIIE Report Date', 'ER Date', 'Report Date']),
  col('lastIepDate', 'Last IEP Date', 'date', 'Date of the last annual IEP meeting.', ['IEP Date', 'Current IEP Date', 'Last IEP', 'IEP Meeting Date', 'Last Annual', 'Last Annual Review', 'Annual IEP Date', 'Last ARD Date', 'ARD Date', 'Annual ARD Date', 'Last ARD', 'PPT Date', 'IEP Start Date']),
  col('nextIepMeetingDate', 'Next IEP Meeting', 'date', 'Date the next IEP meeting is scheduled for.', ['Next IEP Meeting Date', 'Scheduled IEP Meeting', 'Meeting Scheduled', 'Scheduled Meeting']),
  col('lastEvaluationDate', 'Last Evaluation Date', 'date', 'Date of the last (re)evaluation eligibility decision.', ['Last Eval', 'Last Evaluation', 'Last Reeval', 'Last Triennial', 'Last Reevaluation Date', 'Evaluation Date', 'Last Reevaluation', 'Last FIE', 'Date of Last FIE', 'Last ETR', 'Last RR', 'Eval Date']),
  col('annualReviewDue', 'Annual Review Due', 'date', "The annual review due date as the district's IEP system states it.", ['Annual Review Date', 'Next Annual', 'Next IEP', 'Next IEP Date', 'Future IEP Date', 'IEP Due', 'Annual Due', 'Annual IEP Due', 'Next Annual Review', 'Annual Review Due Date', 'IEP Due Date', 'Annual ARD Due', 'IEP End Date']),
  col('reevaluationDue', 'Reevaluation Due', 'date', "The reevaluation due date as the district's IEP system states it.", ['3 Yr Reeval', '3 Year Reeval', 'Tri Due', 'Triennial', 'Triennial Due', 'Reeval Due', 'Next Reeval', 'Reevaluation Due Date', 'Three Year Reevaluation', 'Next Triennial', 'Next Reevaluation', 'FIE Due', 'ETR Due', 'RR Due']),
  col('transitionConfirmed', 'Transition In IEP', 'date', 'Date of the IEP you checked includes transition services (until filled, Casekeeper asks you to confirm).', ['Transition Confirmed', 'Transition Plan Date']),
  col('transferStatementConfirmed', 'Transfer Statement In IEP', 'date', 'Date of the IEP you checked includes the transfer-of-rights statement.', ['Transfer Statement Confirmed', 'Rights Statement Date']),
  col('exitDate', 'Exit Date', 'date', 'Date the student left special education or the district.', ['Exit', 'Exited', 'Withdrawal Date', 'Date Exited']),
  col('absences', 'Absences', 'number', 'School days absent during an open evaluation timeline (extends it in TX and FL).', ['Days Absent', 'Absence Days', 'Absent Days'], { integer: true, min: 0, max: 365, unit: 'days' }),
  col('notes', 'Notes', 'longtext', 'Free notes (avoid sensitive details).', ['Comments', 'Note'], { maxLength: 2000 }),
];

/** The tracker column a header names (header, record key or a known alias), if any. */
export function findColumn(header: string): TrackerColumn | undefined {
  return findTableColumn(TRACKER_COLUMNS, header);
}

/** Which tracker key each header position holds, and what is missing or unknown. */
export type HeaderMap = ColumnMap<TrackerKey>;

/**
 * Maps a header row to tracker keys by normalised name and known aliases, whatever the order, case or
 * extra columns.
 *
 * @example mapHeaders(['Case Mgr', 'ID', 'IEP Date']).map // { 0: 'caseManager', 1: 'studentId', 2: 'lastIepDate' }
 */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  return mapColumns(TRACKER_COLUMNS, headers);
}

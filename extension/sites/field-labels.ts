import { TRACKER_COLUMNS } from '../../shared/index.ts';
import type { TrackerKey } from './types.ts';

/** A field a page label can name: a tracker key, or the whole name (`Name: Lee, Ana`) split later. */
export type FieldKey = TrackerKey | 'fullName';

/**
 * Labels legacy IEP systems and teachers put next to each field, beyond the tracker's own headers and
 * aliases (which are added below, so the CSV importer and the page readers agree). Matching ignores case,
 * punctuation and spacing; `#` reads as "number".
 */
export const FIELD_LABELS: Readonly<Partial<Record<FieldKey, readonly string[]>>> = {
  fullName: ['Name', 'Student Name', 'Student', "Student's Name", 'Full Name', 'Student Full Name', 'Name (Last, First)', 'Learner'],
  studentId: ['Student ID', 'SEIS ID', 'Local ID', 'Local Student ID', 'District ID', 'Student ID Number', 'ID Number', 'ID #', 'Student #', 'Student No.', 'Perm ID', 'Permanent ID', 'SIS ID', 'State Student ID', 'SSID', 'Statewide Student ID', 'Student Number'],
  firstName: ['First Name', 'First', 'Given Name', 'Student First Name', 'Legal First Name'],
  lastName: ['Last Name', 'Last', 'Surname', 'Family Name', 'Student Last Name', 'Legal Last Name'],
  dateOfBirth: ['DOB', 'D.O.B.', 'Date of Birth', 'Birthdate', 'Birth Date', 'Birthday', 'Born'],
  grade: ['Grade', 'Grade Level', 'Gr.', 'Current Grade'],
  school: ['School', 'School Name', 'School of Attendance', 'Attending School', 'Campus', 'Building', 'School Site', 'Site'],
  caseManager: ['Case Manager', 'Case Mgr', 'Case Mgr.', 'CM', 'Case Carrier', 'Case Manager Name', 'Teacher of Record', 'IEP Case Manager'],
  disability: ['Disability', 'Primary Disability', 'Eligibility', 'Eligibility Category', 'Primary Eligibility', 'Disability Category', 'Handicapping Condition'],
  referralDate: ['Referral Date', 'Date of Referral', 'Referral Received'],
  consentDate: ['Consent Date', 'Consent to Evaluate', 'Consent Received', 'Date of Consent', 'Signed Consent Date'],
  eligibilityDate: ['Eligibility Date', 'Initial Eligibility Date', 'Eligibility Determination Date'],
  lastIepDate: ['Current IEP Date', 'IEP Date', 'Last IEP', 'Last IEP Date', 'Last IEP Meeting', 'Current IEP', 'Last Annual', 'Last Annual IEP', 'Last Annual Review', 'Annual IEP Date', 'IEP Meeting Date', 'Date of IEP', 'IEP Start Date', 'Last ARD', 'Last ARD Date'],
  nextIepMeetingDate: ['Next IEP Meeting', 'Next IEP Meeting Date', 'Scheduled IEP Meeting', 'IEP Meeting Scheduled', 'Scheduled Meeting', 'Meeting Scheduled', 'Next Meeting'],
  lastEvaluationDate: ['Last Evaluation Date', 'Last Evaluation', 'Last Eval', 'Last Reeval', 'Last Triennial', 'Last Tri', 'Last Triennial Date', 'Evaluation Date', 'Date of Last Evaluation'],
  annualReviewDue: ['Annual Review Date', 'Annual Review Due', 'Annual Review', 'Next IEP', 'Next IEP Date', 'Next IEP Due', 'Next Annual', 'Next Annual Review', 'Next Annual IEP', 'Future IEP Date', 'IEP Due', 'IEP Due Date', 'Annual Due', 'Annual IEP Due', 'Annual ARD Due'],
  reevaluationDue: ['Reevaluation Due', 'Reevaluation Due Date', 'Re-evaluation Due', 'Tri Due', 'Triennial', 'Triennial Due', 'Triennial Due Date', 'Next Triennial', 'Next Tri', '3 Yr Reeval', '3 Year Reeval', '3-Year Reevaluation', 'Three Year Reevaluation', 'Reeval Due', 'Next Reeval', 'Next Reevaluation', 'FIE Due', 'Re-ETR Due'],
  exitDate: ['Exit Date', 'Date Exited', 'Exited', 'Withdrawal Date'],
  absences: ['Absences', 'Days Absent', 'Absence Days', 'Absent Days'],
  notes: ['Notes', 'Comments'],
};

/** Labels longer than this are sentences, not labels. */
const MAX_LABEL_CHARS = 48;

/**
 * The comparable form of a label: lower case, `#` as "number", no punctuation, spaces or trailing colon.
 *
 * @example normaliseLabel('Case Mgr.:') // 'casemgr'
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/#/g, 'number')
    .replace(/\bno\.(?=\s*$)/, 'number')
    .replace(/[^a-z0-9]/g, '');
}

const BY_LABEL = new Map<string, FieldKey>();
for (const [key, labels] of Object.entries(FIELD_LABELS) as [FieldKey, readonly string[]][]) {
  for (const label of labels) BY_LABEL.set(normaliseLabel(label), key);
}
/**
 * Tracker columns never read from a page: "State:" on a student page is nearly always the family's
 * address, and the tracker's state column switches the deadline rules, so it is set by the teacher only.
 */
export const NOT_READ_FROM_PAGES: ReadonlySet<TrackerKey> = new Set<TrackerKey>(['state']);

for (const column of TRACKER_COLUMNS) {
  if (NOT_READ_FROM_PAGES.has(column.key)) continue;
  for (const label of [column.header, ...column.aliases]) {
    const n = normaliseLabel(label);
    if (!BY_LABEL.has(n)) BY_LABEL.set(n, column.key);
  }
}

/**
 * The field a visible label names, if any: `"Tri Due:"` → `reevaluationDue`, `"DOB"` → `dateOfBirth`.
 *
 * @example fieldForLabel('Future IEP Date:') // 'annualReviewDue'
 */
export function fieldForLabel(text: string): FieldKey | undefined {
  if (text.length > MAX_LABEL_CHARS * 2) return undefined;
  const trimmed = text.trim().replace(/[:：*]+\s*$/, '').trim();
  if (trimmed === '' || trimmed.length > MAX_LABEL_CHARS) return undefined;
  const direct = BY_LABEL.get(normaliseLabel(trimmed));
  if (direct !== undefined) return direct;
  // "DOB (mm/dd/yyyy)", "Student Grade", "Student's DOB": the same label with a hint or a prefix.
  const bare = trimmed.replace(/\s*\([^)]*\)\s*$/, '').replace(/^student(?:'s|s)?\s+/i, '').replace(/[:：*]+\s*$/, '').trim();
  return bare !== trimmed && bare !== '' ? BY_LABEL.get(normaliseLabel(bare)) : undefined;
}

/** Whether some text looks like a label on its own line (`"Next IEP:"`), so it is never taken as a value. */
export function looksLikeLabel(text: string): boolean {
  const t = text.trim();
  return (t.length > 0 && t.length <= MAX_LABEL_CHARS && /[:：]$/.test(t)) || fieldForLabel(t) !== undefined;
}

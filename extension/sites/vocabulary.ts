import type { FieldKey } from './types.ts';

/**
 * The words IEP systems, states and teachers put next to each student field: the one place that decides
 * which record key a label means. Code only compares labels with these terms (ignoring case, spacing and
 * punctuation, `#` and a trailing `No.` read as "number"); it never decides a meaning itself.
 *
 * `where` names the states or systems using the term (from their public manuals and forms); a `weight`
 * below 1 marks a term used for the field only when nothing better is on the page: an IEP system's own
 * number (0.8) gives way to the district's student ID, a statewide ID or a bare "Student" (0.5) to both.
 */
export interface VocabularyTerm {
  term: string;
  key: FieldKey;
  where: string;
  /** How much to trust the term, 0 to 1 (default 1): lower terms are used only when nothing better is on the page. */
  weight?: number;
  /** For a period ("10/01/2025 to 09/30/2026"): the field its end date fills (the start fills `key`). */
  until?: FieldKey;
}

const t = (key: FieldKey, where: string, terms: readonly string[], weight = 1): VocabularyTerm[] =>
  terms.map((term) => ({ term, key, where, ...(weight !== 1 ? { weight } : {}) }));

/** Weight of an IEP system's own record number, and of a term used only when nothing better is there. */
const SYSTEM = 0.8;
const WEAK = 0.5;

/** ID numbers: every stem below is also read with ` ID`, ` ID #`, ` #`, ` No.`, ` Number` (see {@link ID_STEMS}). */
/** `alone`: the stem is an ID's own name, also read without "ID" after it ("SSID: 8830021945"). */
export const ID_STEMS: readonly { stem: string; where: string; weight?: number; alone?: boolean }[] = [
  { stem: 'Student', where: 'all states and systems' },
  { stem: 'Local', where: 'TX (eSped "Local ID#"), PA, VA' },
  { stem: 'Local Student', where: 'Infinite Campus, PowerSchool' },
  { stem: 'District', where: 'all states' },
  { stem: 'District Student', where: 'all states' },
  { stem: 'School', where: 'NY, NJ' },
  { stem: 'Perm', where: 'CA (Aeries "Perm ID"), SEIS' },
  { stem: 'Permanent', where: 'CA' },
  { stem: 'Pupil', where: 'CA, NJ' },
  { stem: 'SIS', where: 'all systems (student information system)' },
  { stem: 'SEIS', where: 'SEIS (CA)', weight: SYSTEM },
  { stem: 'EasyIEP', where: 'EasyIEP (PCG)', weight: SYSTEM },
  { stem: 'Tienet', where: 'TIENET (IL, GA, NY)', weight: SYSTEM },
  { stem: 'Enrich', where: 'Enrich / PowerSchool Special Programs', weight: SYSTEM },
  { stem: 'Frontline', where: 'Frontline IEP / eSped', weight: SYSTEM },
  { stem: 'IEP Direct', where: 'Frontline IEP Direct (NY, NJ)', weight: SYSTEM },
  { stem: 'SpEd Forms', where: 'SpEd Forms (MN)', weight: SYSTEM },
  { stem: 'LASID', where: 'MA, CT (locally assigned student ID)', alone: true },
  { stem: 'State', where: 'all states', weight: WEAK },
  { stem: 'State Student', where: 'all states', weight: WEAK },
  { stem: 'Statewide Student', where: 'CA, OH', weight: WEAK },
  { stem: 'SSID', where: 'CA (CALPADS), OH, OR, WA', alone: true, weight: WEAK },
  { stem: 'SASID', where: 'MA, CT, NH, VT', alone: true, weight: WEAK },
  { stem: 'NYSSIS', where: 'NY', alone: true, weight: WEAK },
  { stem: 'MARSS', where: 'MN (state reporting number)', alone: true, weight: WEAK },
  { stem: 'MOSIS', where: 'MO (state ID)', alone: true, weight: WEAK },
  { stem: 'GTID', where: 'GA (testing ID)', alone: true, weight: WEAK },
  { stem: 'STN', where: 'IN (student test number)', alone: true, weight: WEAK },
  { stem: 'UIC', where: 'MI (unique identification code)', alone: true, weight: WEAK },
  { stem: 'FLEID', where: 'FL', alone: true, weight: WEAK },
  { stem: 'TSDS Unique', where: 'TX (PEIMS unique ID)', weight: WEAK },
  { stem: 'PAsecure', where: 'PA', weight: WEAK },
  { stem: 'STI', where: 'VA (state testing identifier)', alone: true, weight: WEAK },
];

/** The endings an ID stem takes: "Local ID", "Local ID #", "Student #", "Perm No.", "Student Number". */
export const ID_SUFFIXES: readonly string[] = ['ID', 'ID #', 'ID Number', 'Identifier', '#', 'Number', 'Num', 'Nbr'];

/** Plain terms: one field each. */
export const TERMS: readonly VocabularyTerm[] = [
  ...t('studentId', 'all states and systems', ['ID', 'ID #', 'ID Number', 'Student ID Number', 'Student No', 'Local ID Number', 'Local ID#', 'Student Code']),
  ...t('studentId', 'CA SEIS, state reporting', ['Statewide Student ID', 'State Student ID', 'State Assigned ID'], WEAK),
  ...t('fullName', 'all states and systems', ['Name', 'Student Name', "Student's Name", 'Full Name', 'Student Full Name', 'Name (Last, First)', 'Student Name (Last, First)', 'Name of Student', 'Legal Name', 'Student Legal Name', 'Learner']),
  ...t('fullName', 'NY CPSE, Part C and preschool pages', ["Child's Name", 'Child Name', 'Name of Child']),
  ...t('fullName', 'rosters and headings', ['Student', 'Child'], WEAK),
  ...t('firstName', 'all states and systems', ['First Name', 'Given Name', 'Student First Name', 'Legal First Name', "Student's First Name"]),
  ...t('firstName', 'roster columns', ['First'], WEAK),
  ...t('lastName', 'all states and systems', ['Last Name', 'Surname', 'Family Name', 'Student Last Name', 'Legal Last Name', "Student's Last Name"]),
  ...t('lastName', 'roster columns', ['Last'], WEAK),
  ...t('dateOfBirth', 'all states and systems', ['DOB', 'D.O.B.', 'Date of Birth', 'Birthdate', 'Birth Date', 'Birthday', 'Born', 'Student DOB', "Child's Date of Birth"]),
  ...t('grade', 'all states and systems', ['Grade', 'Grade Level', 'Gr.', 'Gr', 'Current Grade', 'Enrolled Grade', 'Grade/Level', 'Grade (Current)']),
  ...t('school', 'all states and systems', ['School', 'School Name', 'School of Attendance', 'Attending School', 'Enrolled School', 'Serving School', 'School Site', 'Current School']),
  ...t('school', 'TX ("Campus"), MI and OH ("Building"), CA ("Site")', ['Campus', 'Home Campus', 'Campus Name', 'Building', 'Attending Building', 'Site']),
  ...t('caseManager', 'all states and systems', ['Case Manager', 'Case Mgr', 'Case Mgr.', 'Case Manager Name', 'IEP Case Manager', 'Case Manager Email', 'Case Coordinator', 'IEP Manager', 'IEP Coordinator']),
  ...t('caseManager', 'CA ("Case Carrier"), TX ("Teacher of Record"), OH ("Intervention Specialist"), NY ("Special Education Teacher")', ['Case Carrier', 'Teacher of Record', 'Intervention Specialist', 'Special Education Teacher', 'SpEd Teacher', 'Resource Teacher', 'Case Liaison', 'IEP Liaison']),
  ...t('caseManager', 'spreadsheets', ['CM'], WEAK),
  ...t('disability', 'all states and systems', ['Disability', 'Primary Disability', 'Disability Category', 'Primary Disability Category', 'Eligibility', 'Eligibility Category', 'Primary Eligibility', 'Primary Eligibility Category', 'Educational Disability', 'Qualifying Disability', 'Category of Disability']),
  ...t('disability', 'FL ("Exceptionality"), NY and NJ ("Classification"), NC ("Area of Eligibility"), older systems ("Handicapping Condition")', ['Primary Exceptionality', 'Exceptionality', 'Disability Classification', 'Classification', 'Primary Classification', 'Area of Eligibility', 'Primary Area of Eligibility', 'Handicapping Condition', 'Primary Handicapping Condition', 'Disability Condition']),
  ...t('exitDate', 'all states and systems', ['Exit Date', 'Date Exited', 'Exited', 'Withdrawal Date', 'Exit', 'Date of Exit', 'SpEd Exit Date', 'Dismissal Date']),
  ...t('absences', 'TX and FL timelines (absences extend evaluation timelines)', ['Absences', 'Days Absent', 'Absence Days', 'Absent Days', 'Student Absences', 'Absences During Evaluation']),
  ...t('notes', 'all systems', ['Notes', 'Comments', 'Note', 'Case Notes']),
  // Bare event names that mean one date on their own.
  ...t('annualReviewDue', 'SEIS and most trackers', ['Annual Review', 'Next IEP', 'Future IEP Date', 'Annual Due', 'Annual IEP Due']),
  ...t('annualReviewDue', 'MA, NJ, IL (IEP period "to" date)', ['IEP End Date', 'IEP End', 'IEP Expiration Date', 'IEP Expires']),
  { term: 'IEP Dates', key: 'lastIepDate', until: 'annualReviewDue', where: 'MA, NJ (IEP period "from … to …")' },
  { term: 'IEP Period', key: 'lastIepDate', until: 'annualReviewDue', where: 'MA (IEP period)' },
  { term: 'IEP Duration', key: 'lastIepDate', until: 'annualReviewDue', where: 'NJ, IL' },
  ...t('lastIepDate', 'MA, NJ, IL (IEP period "from" date), PowerSchool Special Programs', ['IEP Start Date', 'IEP Begin Date', 'IEP Effective Date', 'IEP Implementation Date']),
  ...t('nextIepMeetingDate', 'trackers and meeting calendars', ['Next Meeting', 'Scheduled Meeting', 'Meeting Scheduled', 'Upcoming Meeting', 'Next Meeting Date']),
  ...t('reevaluationDue', 'CA and most trackers', ['Triennial', 'Tri Due', '3 Yr Reeval', '3 Year Reeval', '3-Year Reevaluation', 'Three Year Reevaluation', '3 Yr Re-eval', 'Three Year Review']),
];

/** Which record key a dated event's label means, by how the label is worded. */
export interface DateEvent {
  /** Names of the event: "ARD", "Annual ARD", "FIE", "Triennial". */
  names: readonly string[];
  where: string;
  /** "… Date", "Date of …" and the name alone with a date. */
  dated: FieldKey;
  /** "Last …", "Most Recent …", "Current …", "… Held", "… Completed". */
  held: FieldKey;
  /** "Next …", "Next … Due", "… Due", "… Due Date", "Projected Date of …". */
  due?: FieldKey;
  /** "Next … Meeting", "Scheduled …", "… Scheduled". */
  scheduled?: FieldKey;
  /** Whether the name alone ("Consent for Evaluation: 3/14/2025") means the `dated` field (always so for a "… Meeting" name). */
  alone?: boolean;
}

export const DATE_EVENTS: readonly DateEvent[] = [
  { names: ['IEP', 'Annual IEP', 'Annual Review Meeting', 'IEP Meeting', 'Annual IEP Meeting', 'Annual', 'Annual Meeting', 'Annual Plan'], where: 'federal wording, all states', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['Annual Review', 'IEP Review', 'Annual IEP Review'], where: 'NY, NJ, GA, NC, VA, FL, IL', dated: 'annualReviewDue', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['ARD', 'Annual ARD', 'ARD Meeting', 'Annual ARD Meeting', 'ARDC', 'ARD Committee Meeting'], where: 'TX (Admission, Review and Dismissal)', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['PPT', 'Annual PPT', 'PPT Meeting', 'Annual PPT Review'], where: 'CT (Planning and Placement Team)', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['CSE', 'CSE Meeting', 'CSE Annual Review', 'CPSE', 'CPSE Meeting', 'CPSE Annual Review'], where: 'NY (Committee on (Preschool) Special Education)', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['IEPT', 'IEPT Meeting', 'Annual IEPT', 'IEP Team Meeting'], where: 'MI (IEP Team)', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['Annual Case Review', 'ACR', 'Case Conference', 'Annual Case Conference'], where: 'IN (case conference committee, annual case review)', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['IEP Team Review', 'Annual Team Meeting'], where: 'MA, IL', dated: 'lastIepDate', held: 'lastIepDate', due: 'annualReviewDue', scheduled: 'nextIepMeetingDate' },
  { names: ['Triennial', 'Tri', 'Triennial IEP', 'Triennial Review', 'Triennial Assessment', 'Triennial Evaluation', '3 Year', 'Three Year', '3 Yr', '3-Year Evaluation', 'Three Year Evaluation', '3-Year Reevaluation', 'Three Year Reevaluation', '3 Yr Reeval', '3 Year Reeval'], where: 'CA (triennial), most trackers', dated: 'reevaluationDue', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['Reevaluation', 'Reeval', 'Re-evaluation', 'Re-eval', 'Reevaluation Meeting'], where: 'federal wording, all states', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['Evaluation', 'Eval', 'Comprehensive Evaluation', 'Psychoeducational Evaluation', 'Psych Eval', 'Multidisciplinary Evaluation', 'MDE'], where: 'all states (MDE: IN, MN)', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['FIE', 'FIIE', 'Full Individual Evaluation', 'Full and Individual Evaluation', 'Full Individual and Initial Evaluation'], where: 'TX (full individual (and initial) evaluation)', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['REED', 'Review of Existing Evaluation Data'], where: 'TX and federal (review of existing evaluation data)', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['ETR', 'Evaluation Team Report', 'Re-ETR'], where: 'OH (evaluation team report)', dated: 'eligibilityDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['MET', 'MET Report', 'Multidisciplinary Evaluation Team'], where: 'MI (multidisciplinary evaluation team)', dated: 'eligibilityDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['RR', 'Reevaluation Report', 'Re-evaluation Report'], where: 'PA (reevaluation report)', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['ER', 'Evaluation Report'], where: 'PA (evaluation report)', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['DEC 7', 'Reevaluation Summary'], where: 'NC (DEC 7 reevaluation form)', dated: 'lastEvaluationDate', held: 'lastEvaluationDate', due: 'reevaluationDue' },
  { names: ['Eligibility', 'Eligibility Determination', 'Initial Eligibility', 'Eligibility Meeting', 'Eligibility Committee', 'Eligibility Report', 'DEC 3'], where: 'all states (VA "Eligibility Committee", GA "Eligibility Report", NC "DEC 3")', dated: 'eligibilityDate', held: 'eligibilityDate' },
  { names: ['Referral', 'Initial Referral', 'Written Referral', 'Referral Received', 'Special Education Referral'], where: 'all states', dated: 'referralDate', held: 'referralDate', alone: true },
  { names: ['Consent', 'Consent to Evaluate', 'Parent Consent', 'Parental Consent', 'Consent for Evaluation', 'Consent for Initial Evaluation', 'Signed Consent', 'Consent Received', 'PTE', 'Permission to Evaluate'], where: 'all states (PA "PTE", permission to evaluate)', dated: 'consentDate', held: 'consentDate', alone: true },
];

/** How a label words an event: the qualifier decides which of the event's keys it means. */
export const DATE_QUALIFIERS = {
  datedPrefixes: ['Date of'],
  datedSuffixes: ['Date', 'Mtg Date', 'Meeting Date'],
  heldPrefixes: ['Last', 'Most Recent', 'Current', 'Previous', 'Prior', 'Latest', 'Recent', 'Date of Last', 'Date of Most Recent', 'Date of Current', 'Date of Previous'],
  heldSuffixes: ['Held', 'Held On', 'Date Held', 'Completed', 'Date Completed', 'Completion Date', 'Signed', 'Date Signed', 'Received', 'Date Received'],
  duePrefixes: ['Next', 'Upcoming', 'Future', 'Projected', 'Date of Next', 'Projected Date of', 'Due Date for', 'Anticipated Date of'],
  dueSuffixes: ['Due', 'Due Date', 'Due By', 'Deadline', 'Expires', 'Expiration', 'Expiration Date', 'Date Due'],
  scheduledPrefixes: ['Scheduled', 'Next Scheduled'],
  scheduledSuffixes: ['Scheduled', 'Scheduled Date', 'Scheduled For', 'Date Scheduled'],
} as const;

/**
 * Words of a heading that introduces a student: "IEP Summary for Maya Rivera", "ARD Report: Rivera, Maya",
 * "Special Ed Documents — Runningwater, Eli". A heading counts when its words before "for", "of", ":" or a
 * dash include one of these, and what follows is a name.
 */
export const HEADING_WORDS: readonly { word: string; where: string }[] = [
  ...['IEP', 'Individualized Education Program', 'Individualized Education Plan', 'Annual Review', 'Plan', 'Amendment'].map((word) => ({ word, where: 'all states' })),
  ...['ARD', 'FIE', 'FIIE', 'REED'].map((word) => ({ word, where: 'TX' })),
  ...['ETR', 'MET', 'IEPT', 'PPT', 'CSE', 'CPSE', 'RR', 'ER', 'MDE'].map((word) => ({ word, where: 'OH, MI, CT, NY, PA, IN' })),
  ...['Summary', 'Report', 'Profile', 'Record', 'Overview', 'Snapshot', 'At a Glance', 'Details', 'Information', 'Recommendation', 'Timeline', 'Documents', 'Meeting', 'Evaluation', 'Reevaluation', 'Eligibility', 'Case', 'Student', 'Learner', 'Child', 'Special Ed', 'Special Education', 'Students'].map((word) => ({ word, where: 'PowerSchool Special Programs, Enrich, TIENET, SpEd Forms, Frontline, Infinite Campus' })),
];

/** Words that are never part of a student's name in such a heading ("Summary of Services Provided"). */
export const NOT_NAME_WORDS: readonly string[] = [
  'services', 'service', 'provided', 'goals', 'goal', 'information', 'data', 'team', 'meeting', 'report', 'summary', 'plan',
  'progress', 'notes', 'present', 'levels', 'accommodations', 'modifications', 'transition', 'eligibility', 'evaluation',
  'reevaluation', 'student', 'students', 'school', 'district', 'parent', 'parents', 'guardian', 'special', 'education',
  'program', 'individualized', 'annual', 'review', 'documents', 'details', 'history', 'profile', 'record', 'timeline',
  'consent', 'notice', 'prior', 'written', 'assessment', 'assessments', 'placement', 'performance', 'minutes', 'caseload',
  'contact', 'log', 'forms', 'form', 'overview', 'page', 'section', 'part', 'attendance', 'schedule', 'supports', 'needs',
];

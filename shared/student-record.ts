import * as z from 'zod';
import { IsoDate } from './iso-date.ts';
import { StateCode } from './us-states.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One student on a caseload: the canonical tracker record shared by the sheet, CSV import/export and the
 * extension. Only the student ID is required; the engine computes what the known dates allow.
 */
export const StudentRecord = z.object({
  studentId: text(64),
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  dateOfBirth: IsoDate.optional(),
  grade: text(20).optional(),
  school: text(200).optional(),
  caseManager: text(200).optional(),
  disability: text(200).optional(),
  /** Overrides the caseload's state for this student (e.g. a student placed out of state). */
  state: StateCode.optional(),
  referralDate: IsoDate.optional(),
  consentDate: IsoDate.optional(),
  eligibilityDate: IsoDate.optional(),
  /** Date the evaluation report went to the team (TX: the FIIE report, from which the ARD is counted). */
  evaluationReportDate: IsoDate.optional(),
  /** Date of the last annual IEP meeting. */
  lastIepDate: IsoDate.optional(),
  /** Date the next IEP meeting is scheduled for. */
  nextIepMeetingDate: IsoDate.optional(),
  lastEvaluationDate: IsoDate.optional(),
  /** The annual review due date as the district's IEP system states it. */
  annualReviewDue: IsoDate.optional(),
  /** The reevaluation due date as the district's IEP system states it. */
  reevaluationDue: IsoDate.optional(),
  /** Date of the IEP the case manager confirmed includes transition services (until then, "confirm"). */
  transitionConfirmed: IsoDate.optional(),
  /** Date of the IEP the case manager confirmed includes the transfer-of-rights statement. */
  transferStatementConfirmed: IsoDate.optional(),
  exitDate: IsoDate.optional(),
  /** School days the student was absent during an evaluation timeline (TX, FL extend it). */
  absences: z.number().int().min(0).max(365).optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type StudentRecord = z.infer<typeof StudentRecord>;

/** The name of a tracker field (`lastIepDate`, …). */
export type TrackerKey = keyof StudentRecord;

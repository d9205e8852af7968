import type { StudentRecord } from '../student-record.ts';

/** Human words for a record field, for rule tables: `consentDate` → "consent received". */
export const TRIGGER_WORDS: Partial<Record<keyof StudentRecord, string>> = {
  referralDate: 'referral received',
  consentDate: 'consent received',
  eligibilityDate: 'eligibility determination',
  evaluationReportDate: 'evaluation report',
  lastIepDate: 'last IEP meeting',
  lastEvaluationDate: 'last evaluation',
  dateOfBirth: 'date of birth',
};

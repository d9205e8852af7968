import type { Verification } from '../timeline-rule.ts';
import type { TransitionStart } from '../rules/transition-rule.ts';

/** A jurisdiction's age of majority for IDEA rights, with where the reference found it. */
export interface MajorityFact {
  /** Age at which rights transfer; null: the state does not transfer them. */
  age: number | null;
  /** The state's own citation, where the reference names one. */
  citation?: string;
  verification: Verification;
  /** Said beside the setting: why the age is uncertain, where it is. */
  note?: string;
}

/** A jurisdiction's transition-planning start, with where the reference (or the review of issue 15) found it. */
export interface TransitionFact {
  age: number;
  start?: TransitionStart;
  /** Also starts on entering this grade, whichever comes first. */
  grade?: number;
  /** The state's own citation, where one is known. */
  citation?: string;
  verification: Verification;
  explanation: string;
}

/** The age of majority and transition age every jurisdiction has, at the least. */
export interface JurisdictionBasics {
  name: string;
  majority: MajorityFact;
  transition: TransitionFact;
}

const FEDERAL_16 = 'The state\'s own transition age was not verified: the federal "first IEP in effect at 16" applies until it is (setting).';
const unverified = (name: string): JurisdictionBasics => ({
  name,
  majority: { age: 18, verification: 'U' },
  transition: { age: 16, verification: 'U', explanation: FEDERAL_16 },
});
const majority18S: MajorityFact = { age: 18, verification: 'S' };
/** Quoted from the regulation text by a review of the rules (issue 15); the reference itself marks the age U. */
const ISSUE_15 = 'quoted in a review, not re-read';

/**
 * The 50 states and DC: age of majority and transition age, each with its citation and V/S/U mark from
 * the reference (timelines.md §2). A fact the reference does not give is U with the federal default (18,
 * 16), and every age not marked V is a setting the district can change.
 */
export const JURISDICTION_BASICS: Readonly<Record<string, JurisdictionBasics>> = {
  AL: {
    name: 'Alabama',
    majority: { age: 19, citation: 'Ala. Code 26-1-1', verification: 'S', note: 'Age 19 from a secondary source; the statute itself was not read.' },
    transition: { age: 16, verification: 'U', explanation: FEDERAL_16 },
  },
  AK: unverified('Alaska'),
  AZ: { name: 'Arizona', majority: majority18S, transition: { age: 16, verification: 'U', explanation: 'Arizona follows the federal "first IEP in effect at 16" as far as the reference found (not verified; setting).' } },
  AR: unverified('Arkansas'),
  CA: {
    name: 'California',
    majority: majority18S,
    transition: { age: 16, citation: 'EC 56345.1', verification: 'U', explanation: 'California follows the federal "first IEP in effect at 16" (EC 56345.1, not verified; setting).' },
  },
  CO: {
    name: 'Colorado',
    majority: { age: 18, verification: 'U' },
    transition: {
      age: 15,
      start: 'developed',
      citation: `ECEA Rules 4.03(6)(d) (${ISSUE_15})`,
      verification: 'S',
      explanation: 'Transition planning begins with the first IEP developed when the student is 15 (earlier than the federal 16); the age is a setting.',
    },
  },
  CT: unverified('Connecticut'),
  DE: unverified('Delaware'),
  DC: unverified('District of Columbia'),
  FL: {
    name: 'Florida',
    majority: majority18S,
    transition: {
      age: 14,
      grade: 9,
      citation: 'Fla. Stat. 1003.5716',
      verification: 'V',
      explanation: 'Transition planning starts in grade 7 or at age 12; the IEP in effect by age 14 or before high school (grade 9), whichever comes first, must identify transition needs.',
    },
  },
  GA: {
    name: 'Georgia',
    majority: majority18S,
    transition: { age: 16, verification: 'U', explanation: 'Georgia follows the federal "first IEP in effect at 16" as far as the reference found (not verified; setting).' },
  },
  HI: unverified('Hawaii'),
  ID: unverified('Idaho'),
  IL: {
    name: 'Illinois',
    majority: majority18S,
    transition: { age: 14.5, citation: '105 ILCS 5/14-8.03', verification: 'S', explanation: 'Transition services begin with the first IEP in effect when the student turns 14½ (earlier than the federal 16).' },
  },
  IN: {
    name: 'Indiana',
    majority: { age: 18, verification: 'U' },
    transition: {
      age: 14,
      grade: 9,
      citation: `511 IAC 7-43-4 (${ISSUE_15})`,
      verification: 'S',
      explanation: 'Transition planning is in the IEP in effect when the student enters grade 9 or turns 14, whichever comes first; the grade comes from the Grade column.',
    },
  },
  IA: unverified('Iowa'),
  KS: unverified('Kansas'),
  KY: {
    name: 'Kentucky',
    majority: { age: 18, verification: 'U' },
    transition: {
      age: 14,
      grade: 8,
      citation: `707 KAR 1:320 (${ISSUE_15})`,
      verification: 'S',
      explanation: "Transition planning is in the IEP in effect for the student's 8th-grade year or at age 14, whichever comes first; the grade comes from the Grade column.",
    },
  },
  LA: unverified('Louisiana'),
  ME: unverified('Maine'),
  MD: unverified('Maryland'),
  MA: {
    name: 'Massachusetts',
    majority: majority18S,
    transition: { age: 14, citation: 'M.G.L. c.71B §2; DESE Advisory 2009-1', verification: 'V', explanation: 'Transition planning begins when the student turns 14 (earlier than the federal 16).' },
  },
  MI: {
    name: 'Michigan',
    majority: majority18S,
    transition: { age: 16, verification: 'U', explanation: 'Michigan follows the federal "first IEP in effect at 16" as far as the reference found (not verified; setting).' },
  },
  MN: {
    name: 'Minnesota',
    majority: { age: 18, citation: 'district guidance: transfer-of-rights notice by the 17th birthday', verification: 'S' },
    transition: { age: 16, verification: 'U', explanation: FEDERAL_16 },
  },
  MS: {
    name: 'Mississippi',
    majority: {
      age: 18,
      citation: 'Miss. Code 1-3-27 (general age of majority 21)',
      verification: 'U',
      note: "Disputed: Mississippi's general age of majority is 21, but whether IDEA rights transfer at 18 or 21 is not verified. The default 18 gives the earlier date; set 21 if your district transfers rights at 21.",
    },
    transition: { age: 16, verification: 'U', explanation: FEDERAL_16 },
  },
  MO: unverified('Missouri'),
  MT: unverified('Montana'),
  NE: {
    name: 'Nebraska',
    majority: { age: 19, citation: 'Neb. Rev. Stat. 43-2101', verification: 'S', note: 'Age 19 from a secondary source; the statute itself was not read.' },
    transition: { age: 16, verification: 'U', explanation: FEDERAL_16 },
  },
  NV: unverified('Nevada'),
  NH: {
    name: 'New Hampshire',
    majority: { age: 18, citation: 'NH parent center', verification: 'S' },
    transition: {
      age: 14,
      citation: 'NH parent center (secondary source)',
      verification: 'S',
      explanation: 'A course-of-study statement is in the IEP in effect at 14; measurable postsecondary goals follow by 16.',
    },
  },
  NJ: {
    name: 'New Jersey',
    majority: majority18S,
    transition: {
      age: 14,
      start: 'school-year',
      citation: `N.J.A.C. 6A:14-3.7(e) (${ISSUE_15})`,
      verification: 'S',
      explanation: 'Transition planning is in the IEP in place for the school year in which the student turns 14 (not from the birthday), earlier than the federal 16.',
    },
  },
  NM: unverified('New Mexico'),
  NY: {
    name: 'New York',
    majority: majority18S,
    transition: {
      age: 15,
      citation: '8 NYCRR 200.4(d)(2)(ix)',
      verification: 'V',
      explanation: 'Beginning with the first IEP in effect when the student turns 15, the IEP includes measurable postsecondary goals and transition services (earlier than the federal 16).',
    },
  },
  NC: {
    name: 'North Carolina',
    majority: { age: 18, citation: 'NC 1503-4.1(c)', verification: 'V' },
    transition: {
      age: 14,
      citation: 'NC 1503-4.1(b)',
      verification: 'V',
      explanation: 'The IEP in effect when the student turns 14 includes a transition statement (course of study); measurable postsecondary goals follow by 16.',
    },
  },
  ND: unverified('North Dakota'),
  OH: {
    name: 'Ohio',
    majority: majority18S,
    transition: { age: 14, citation: 'OAC 3301-51-07(H)', verification: 'S', explanation: 'Transition services begin with the IEP in effect when the student turns 14 (earlier than the federal 16).' },
  },
  OK: unverified('Oklahoma'),
  OR: unverified('Oregon'),
  PA: {
    name: 'Pennsylvania',
    majority: majority18S,
    transition: {
      age: 14,
      citation: 'PA ODR timelines page; 22 Pa. Code Chapter 14',
      verification: 'S',
      explanation: 'Transition planning begins with the IEP in effect when the student turns 14 (earlier than the federal 16).',
    },
  },
  RI: unverified('Rhode Island'),
  SC: unverified('South Carolina'),
  SD: unverified('South Dakota'),
  TN: unverified('Tennessee'),
  TX: {
    name: 'Texas',
    majority: majority18S,
    transition: { age: 14, citation: 'TEC 29.011', verification: 'S', explanation: 'Transition planning begins with the first IEP in effect when the student turns 14 (earlier than the federal 16).' },
  },
  UT: unverified('Utah'),
  VT: unverified('Vermont'),
  VA: {
    name: 'Virginia',
    majority: { age: 18, citation: '8VAC20-81-10', verification: 'V' },
    transition: {
      age: 14,
      citation: '8VAC20-81 (secondary source)',
      verification: 'S',
      explanation: 'Transition services begin with the first IEP in effect when the student turns 14 (or before secondary school), earlier than the federal 16.',
    },
  },
  WA: {
    name: 'Washington',
    majority: majority18S,
    transition: { age: 16, verification: 'U', explanation: 'Washington follows the federal "first IEP in effect at 16" as far as the reference found (not verified; setting).' },
  },
  WV: unverified('West Virginia'),
  WI: {
    name: 'Wisconsin',
    majority: { age: 18, verification: 'U' },
    transition: {
      age: 14,
      citation: `Wis. Stat. 115.787(2)(g) (${ISSUE_15})`,
      verification: 'S',
      explanation: 'Transition planning begins with the first IEP in effect when the student is 14 (earlier than the federal 16).',
    },
  },
  WY: unverified('Wyoming'),
};

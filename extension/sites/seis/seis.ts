import { type FieldKey, normaliseLabel } from '../field-labels.ts';
import { readStudentFields } from '../read-student-fields.ts';
import type { PageReading, SiteAdapter } from '../types.ts';

/**
 * SEIS (California): a single-page app whose student sidebar is labelled text:
 * `Name: Last, First`, `SEIS ID:`, `SSID:`, `DOB:`, `Grade:`, `School:`, `Case Manager:`,
 * `Current IEP Date:`, `Future IEP Date:` (older screens: `Next IEP:`).
 */
const SEIS_LABELS: Readonly<Record<string, FieldKey>> = {
  name: 'fullName',
  studentname: 'fullName',
  seisid: 'studentId',
  dob: 'dateOfBirth',
  dateofbirth: 'dateOfBirth',
  grade: 'grade',
  school: 'school',
  schoolofattendance: 'school',
  casemanager: 'caseManager',
  currentiepdate: 'lastIepDate',
  futureiepdate: 'annualReviewDue',
  nextiep: 'annualReviewDue',
  nextiepdate: 'annualReviewDue',
};

/** The SSID (statewide ID) stands in for the student ID only when the SEIS ID is missing. */
const SSID_LABELS: Readonly<Record<string, FieldKey>> = { ssid: 'studentId', statewidestudentid: 'studentId' };

/**
 * Where the student sidebar sits, newest markup first. These target the synthetic SEIS-style pages in
 * tests/fixtures/pages/seis (built from the public description); when none is present the whole page
 * is searched with the same SEIS labels.
 */
const SIDEBAR_SELECTORS = ['[data-testid="student-sidebar"]', '.student-sidebar', '#studentSidebar', 'aside.sidebar'];

function matcher(labels: Readonly<Record<string, FieldKey>>): (label: string) => FieldKey | undefined {
  return (label) => {
    const trimmed = label.trim().replace(/[:：*]+\s*$/, '');
    return trimmed.length > 48 ? undefined : labels[normaliseLabel(trimmed)];
  };
}

function sidebarOf(doc: Document): Element | null {
  for (const selector of SIDEBAR_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Whether a URL is SEIS, or the local demo's SEIS-style pages (`http://127.0.0.1:<port>/seis/…`). */
export function isSeisPage(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'https:' && (host === 'seis.org' || host.endsWith('.seis.org'))) return true;
  const local = host === '127.0.0.1' || host === 'localhost';
  return local && url.protocol === 'http:' && url.pathname.startsWith('/seis/');
}

export const seis: SiteAdapter = {
  id: 'seis',
  isMatch: isSeisPage,
  read(doc: Document): PageReading {
    const within = sidebarOf(doc) ? sidebarOf : undefined;
    const reading = readStudentFields(doc, 'seis', { match: matcher(SEIS_LABELS), ...(within ? { within } : {}) });
    if (reading.fields.studentId === undefined) {
      const ssid = readStudentFields(doc, 'seis', { match: matcher(SSID_LABELS), ...(within ? { within } : {}) });
      if (ssid.fields.studentId !== undefined) {
        reading.fields.studentId = ssid.fields.studentId;
        if (ssid.sources.studentId !== undefined) reading.sources.studentId = ssid.sources.studentId;
      }
    }
    if (Object.keys(reading.fields).length === 0) {
      reading.issues.push('No SEIS student sidebar on this page; open a student in SEIS to read their details.');
    }
    return reading;
  },
};

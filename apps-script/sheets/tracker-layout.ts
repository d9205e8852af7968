import { type DeadlineKind, SETTINGS_TABS } from '../../shared/index.ts';

/** Tab names the add-on creates or adopts. */
export const TAB = {
  caseload: 'Caseload',
  settings: SETTINGS_TABS.settings,
  schoolCalendar: SETTINGS_TABS.schoolCalendar,
  audit: 'Audit',
  progress: 'Progress',
  team: 'Team',
} as const;

/** Columns Casekeeper writes (never the teacher), identified by header. */
export interface ComputedColumn {
  id: string;
  header: string;
  width: number;
  /** A date written as `YYYY-MM-DD` text. */
  date?: boolean;
  hidden?: boolean;
  /** Which deadline kind's due date this column shows. */
  kind?: DeadlineKind;
}

const KIND_HEADERS: readonly [DeadlineKind, string][] = [
  ['initial-evaluation', 'Due: initial evaluation'],
  ['initial-iep', 'Due: initial IEP'],
  ['annual-review', 'Due: annual review'],
  ['reevaluation', 'Due: reevaluation'],
  ['transition-services', 'Due: transition plan'],
  ['transfer-of-rights-notice', 'Due: transfer-of-rights notice'],
  ['transfer-of-rights', 'Due: transfer of rights'],
  ['part-c-transition', 'Due: Part C transition'],
  ['progress-report', 'Due: next progress report'],
];

/** The computed columns, in the order set-up creates them after the tracker columns. */
export const COMPUTED_COLUMNS: readonly ComputedColumn[] = [
  { id: 'nextDeadline', header: 'Next deadline', width: 170 },
  { id: 'nextDue', header: 'Next due date', width: 110, date: true },
  { id: 'daysLeft', header: 'Days left', width: 80 },
  { id: 'status', header: 'Status', width: 90 },
  { id: 'why', header: 'Why (rule and citation)', width: 320 },
  ...KIND_HEADERS.map(([kind, header]) => ({ id: `due:${kind}`, header, width: 120, date: true, kind })),
  { id: 'message', header: 'Casekeeper notes', width: 320 },
  { id: 'events', header: 'Calendar events (Casekeeper)', width: 120, hidden: true },
  { id: 'rowKey', header: 'Row key (Casekeeper)', width: 120, hidden: true },
];

/** The computed column with this id (throws on a typo, which a test would catch). */
export function computedColumn(id: string): ComputedColumn {
  const column = COMPUTED_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`Unknown computed column ${id}`);
  return column;
}

/** `"Next  Deadline "` → `nextdeadline`: how headers are compared. */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

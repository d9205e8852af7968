/**
 * The Casekeeper menu: every item's caption and the global function it runs, in menu order. main.ts
 * exports each function; a test checks every name here exists in the built bundle.
 */
export const MENU_TITLE = 'Casekeeper';

export const MENU_ITEMS = {
  setUpTracker: { caption: 'Set up tracker', functionName: 'menuSetUpTracker' },
  refreshDeadlines: { caption: 'Refresh deadlines', functionName: 'menuRefreshDeadlines' },
  syncToCalendar: { caption: 'Sync to Calendar', functionName: 'menuSyncToCalendar' },
  importCsv: { caption: 'Import CSV…', functionName: 'menuImportCsv' },
  exportCsv: { caption: 'Export tab as CSV…', functionName: 'menuExportCsv' },
  studentCard: { caption: 'Student card', functionName: 'menuStudentCard' },
  logSession: { caption: 'Log session…', functionName: 'menuLogSession' },
  meetingPacket: { caption: 'Meeting packet', functionName: 'menuMeetingPacket' },
  settings: { caption: 'Settings', functionName: 'menuSettings' },
  myStudents: { caption: 'Show only my students', functionName: 'menuMyStudents' },
  installDailyRefresh: { caption: 'Install daily refresh', functionName: 'menuInstallDailyRefresh' },
  removeDailyRefresh: { caption: 'Remove daily refresh', functionName: 'menuRemoveDailyRefresh' },
} as const;

/** Items in the order they appear; `null` is a separator. */
export const MENU_LAYOUT: readonly (keyof typeof MENU_ITEMS | null)[] = [
  'setUpTracker',
  'refreshDeadlines',
  'syncToCalendar',
  null,
  'importCsv',
  'exportCsv',
  'studentCard',
  'logSession',
  'meetingPacket',
  'myStudents',
  null,
  'settings',
  'installDailyRefresh',
  'removeDailyRefresh',
];

/** Global names of trigger handlers (not menu items). */
export const TRIGGER_HANDLERS = {
  /** The one time trigger per person per spreadsheet: continues a sync (hourly) or refreshes (daily). */
  timer: 'casekeeperTimer',
  auditEdit: 'onEditAudit',
} as const;

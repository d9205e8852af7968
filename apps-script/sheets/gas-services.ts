/**
 * The Apps Script services the add-on uses, passed down from `main.ts` as one parameter so that tests can
 * hand in fakes. Only `sheets/` and `calendar/` call methods on them.
 */
export interface GasServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  /** The Calendar advanced service (Calendar API v3), when enabled in appsscript.json. */
  Calendar?: { Events: Pick<GoogleAppsScript.Calendar.Collection.EventsCollection, 'insert' | 'get' | 'list' | 'patch' | 'remove'> } | undefined;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  /** Milliseconds since the epoch (the execution clock). */
  now(): number;
}

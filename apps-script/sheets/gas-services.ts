/**
 * The Apps Script services the add-on uses, passed down from `main.ts` as one parameter so that tests can
 * hand in fakes. Only `sheets/` and `calendar/` call methods on them.
 */
export interface GasServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  /** Milliseconds since the epoch (the execution clock). */
  now(): number;
}

/** The Apps Script globals of one execution, all bound to it. */
import { FakeCalendarApp } from './calendar.ts';
import { type FakeEventsCollection, createAdvancedCalendar } from './calendar-advanced.ts';
import { FakeHtmlService } from './html-service.ts';
import { FakeLockService } from './lock-service.ts';
import { FakeLogger, createConsole } from './logger.ts';
import { FakePropertiesService } from './properties-service.ts';
import type { Execution } from './runtime.ts';
import { FakeScriptApp } from './script-app.ts';
import { FakeSession } from './session.ts';
import { FakeSpreadsheetApp } from './spreadsheet.ts';
import { FakeUtilities } from './utilities.ts';

/** What a script sees as globals (besides standard JavaScript). */
export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  /** The Calendar advanced service (enabled in appsscript.json); only `Events` is modelled. */
  Calendar: { Events: FakeEventsCollection };
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
}

/** Builds the globals for an execution. */
export function createGasGlobals(exec: Execution): GasGlobals {
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(exec),
    CalendarApp: new FakeCalendarApp(exec),
    Calendar: createAdvancedCalendar(exec),
    LockService: new FakeLockService(exec),
    PropertiesService: new FakePropertiesService(exec),
    ScriptApp: new FakeScriptApp(exec),
    Utilities: new FakeUtilities(exec),
    Session: new FakeSession(exec),
    HtmlService: new FakeHtmlService(exec),
    Logger: new FakeLogger(exec),
    console: createConsole(exec),
  };
}

import type { GasServices } from './gas-services.ts';

const CHECKPOINT = 'casekeeper.syncCheckpoint';
const CALENDAR_ID = 'casekeeper.calendarId';

/**
 * Where an unfinished sync stops: continue after this row key. Kept in the spreadsheet's document
 * properties, per calendar, so two trackers (two spreadsheets) never share a checkpoint, and a team
 * member's own-calendar sync never continues someone else's.
 */
export interface SyncCheckpoint {
  afterKey: string;
  /** Why it stopped: out of time or retries ('paused'), or the daily quota ('quota'). */
  reason: 'paused' | 'quota';
  savedAt: number;
  pendingRows: number;
  /** The calendar being synced. */
  calendarId?: string;
  /** Who ran the sync (the continuation runs as them). */
  user?: string;
}

const checkpointKey = (calendarId: string) => `${CHECKPOINT}:${calendarId}`;

/** The unfinished sync of this spreadsheet to this calendar, if any. */
export function loadCheckpoint(gas: GasServices, calendarId: string): SyncCheckpoint | undefined {
  const text = gas.PropertiesService.getDocumentProperties().getProperty(checkpointKey(calendarId));
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as SyncCheckpoint;
    return typeof value.afterKey === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Saves (or with `undefined`, clears) the checkpoint of this spreadsheet's sync to a calendar. */
export function saveCheckpoint(gas: GasServices, calendarId: string, checkpoint: SyncCheckpoint | undefined): void {
  const props = gas.PropertiesService.getDocumentProperties();
  if (checkpoint) props.setProperty(checkpointKey(calendarId), JSON.stringify(checkpoint));
  else props.deleteProperty(checkpointKey(calendarId));
}

/** Whether this person has an unfinished sync of this spreadsheet. */
export function hasPendingSync(gas: GasServices, user: string): boolean {
  const all = gas.PropertiesService.getDocumentProperties().getProperties();
  return Object.entries(all).some(([key, value]) => {
    if (!key.startsWith(`${CHECKPOINT}:`)) return false;
    try {
      return (JSON.parse(value) as SyncCheckpoint).user === user;
    } catch {
      return false;
    }
  });
}

/**
 * The property key of the calendar Casekeeper made for this spreadsheet: one for the team, or one per
 * person in "own calendar" mode. Both live in the document's properties, so another tracker of the same
 * person makes (or is given) its own calendar setting.
 */
function calendarKey(team: boolean, user: string): string {
  return team ? CALENDAR_ID : `${CALENDAR_ID}:${user.toLowerCase()}`;
}

/** The id of the calendar Casekeeper made earlier for this spreadsheet (and person), if any. */
export function loadCalendarId(gas: GasServices, team: boolean, user: string): string | undefined {
  return gas.PropertiesService.getDocumentProperties().getProperty(calendarKey(team, user)) ?? undefined;
}

/** Remembers the calendar Casekeeper made. */
export function saveCalendarId(gas: GasServices, team: boolean, user: string, id: string): void {
  gas.PropertiesService.getDocumentProperties().setProperty(calendarKey(team, user), id);
}

import type { GasServices } from './gas-services.ts';

const CHECKPOINT = 'casekeeper.syncCheckpoint';
const CALENDAR_ID = 'casekeeper.calendarId';

/** Where an unfinished sync stops: continue after this row key. Kept per person (their calendar). */
export interface SyncCheckpoint {
  afterKey: string;
  /** Why it stopped: out of time or retries ('paused'), or the daily quota ('quota'). */
  reason: 'paused' | 'quota';
  savedAt: number;
  pendingRows: number;
  /** The calendar being synced: a checkpoint for another calendar does not apply. */
  calendarId?: string;
}

/** The person's unfinished sync, if any. */
export function loadCheckpoint(gas: GasServices): SyncCheckpoint | undefined {
  const text = gas.PropertiesService.getUserProperties().getProperty(CHECKPOINT);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as SyncCheckpoint;
    return typeof value.afterKey === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Saves (or with `undefined`, clears) the person's checkpoint. */
export function saveCheckpoint(gas: GasServices, checkpoint: SyncCheckpoint | undefined): void {
  const props = gas.PropertiesService.getUserProperties();
  if (checkpoint) props.setProperty(CHECKPOINT, JSON.stringify(checkpoint));
  else props.deleteProperty(CHECKPOINT);
}

/** Where the calendar id Casekeeper made lives: the team's (document) or the person's (user). */
function store(gas: GasServices, team: boolean): GoogleAppsScript.Properties.Properties {
  return team ? gas.PropertiesService.getDocumentProperties() : gas.PropertiesService.getUserProperties();
}

/** The id of the calendar Casekeeper made earlier, if any. */
export function loadCalendarId(gas: GasServices, team: boolean): string | undefined {
  return store(gas, team).getProperty(CALENDAR_ID) ?? undefined;
}

/** Remembers the calendar Casekeeper made. */
export function saveCalendarId(gas: GasServices, team: boolean, id: string): void {
  store(gas, team).setProperty(CALENDAR_ID, id);
}

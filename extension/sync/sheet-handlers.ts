import type { Resolution, Result, SyncConflict } from '../../shared/index.ts';
import { readWholeCaseload } from '../storage/db.ts';
import { readSyncState, type SyncConnection } from '../storage/sync-state.ts';
import { chromeTokenProvider, hasSheetsAccess, oauthClientId } from './chrome-google.ts';
import { connectSheet, disconnectSheet } from './sheet-connection.ts';
import { sheetsClient } from './sheets-client.ts';
import { syncWithSheet, type SyncReport } from './sync-with-sheet.ts';

/** What the panel shows about the team sheet. */
export interface SheetSyncStatus {
  /** Whether this build has an OAuth client id (without one the feature is off). */
  available: boolean;
  /** Whether the teacher granted the sign-in and the Sheets host. */
  access: boolean;
  connection?: SyncConnection;
  /** Rows changed here since the last sync, waiting to go to the sheet (before the first sync: every row here). */
  pending: number;
  conflicts: SyncConflict[];
}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The state of the team sheet connection. */
export async function sheetSyncStatus(): Promise<SheetSyncStatus> {
  const state = await readSyncState();
  // Before the first sync every row here is compared with the sheet; afterwards, the queue says what changed.
  const firstSync = state.connection !== undefined && state.connection.lastSyncAt === undefined;
  const pending = firstSync ? Object.values((await readWholeCaseload()).caseload).reduce((n, rows) => n + rows.length, 0) : state.queue.length;
  return {
    available: oauthClientId() !== undefined,
    access: await hasSheetsAccess(),
    ...(state.connection ? { connection: state.connection } : {}),
    pending,
    conflicts: state.conflicts,
  };
}

function client(interactive: boolean) {
  if (!oauthClientId()) throw new Error('This copy of Casekeeper was built without a Google sign-in (no OAuth client id), so it cannot connect to a sheet.');
  return sheetsClient({ token: chromeTokenProvider({ interactive }) });
}

/**
 * The worker's handlers for the team sheet (wired in background.ts): connect (signing in with Chrome's
 * Google account if needed), sync now (with the teacher's picks for conflicts), disconnect, status.
 */
export const sheetHandlers = {
  'sheet.status': () => sheetSyncStatus(),
  'sheet.connect': async (m: { url: string }): Promise<SyncConnection> => unwrap(await connectSheet(client(true), m.url)),
  'sheet.sync': async (m: { resolutions?: Record<string, Resolution> | undefined }): Promise<SyncReport> =>
    unwrap(await syncWithSheet(client(true), { resolutions: new Map(Object.entries(m.resolutions ?? {})) })),
  'sheet.disconnect': async () => {
    await disconnectSheet();
    return null;
  },
};

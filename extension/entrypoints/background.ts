import * as z from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { NOT_ACTIVITY_TYPES, type BackgroundRequestType } from '../messaging/messages.ts';
import { routeMessage, type Handlers } from '../messaging/router.ts';
import { syncReaderRegistration } from '../lib/site-access.ts';
import {
  exportData,
  importStudents,
  removeStudent,
  restoreBackup,
  saveSettings,
  saveTaught,
  upsertStudent,
} from '../storage/data-store.ts';
import { configureLock, disableLock, enableLock, lockNow, lockStatus, unlock } from '../storage/lock.ts';
import { hasKey, IDLE_ALARM, lockIfIdle, touch } from '../storage/keyring.ts';
import { announceChange, readWholeCaseload } from '../storage/db.ts';
import { compactStorage } from '../storage/compact-storage.ts';
import { wipeEverything } from '../storage/wipe-everything.ts';
import { removeDamaged } from '../storage/damaged-records.ts';
import { importCaseloadZip } from '../storage/import-caseload-zip.ts';
import { clearImportReport, deleteRows, writeRows } from '../storage/table-rows.ts';
import { sheetHandlers } from '../sync/sheet-handlers.ts';

/**
 * The background worker only wires things: the toolbar button opens the side panel, messages go through
 * the checking router to the storage functions, and the page reader follows the granted sites.
 */
export const handlers: Handlers = {
  'page-changed': () => null, // meant for the side panel, which listens too
  'caseload.upsert': (m) => upsertStudent(m.student),
  'caseload.import': (m) => importStudents(m.students),
  'caseload.remove': (m) => removeStudent(m.studentId),
  'caseload.read': () => readWholeCaseload(),
  'caseload.import-zip': (m) => importCaseloadZip(m.zip),
  'rows.write': (m) => writeRows(m.table, m.rows),
  'rows.delete': (m) => deleteRows(m.table, m.ids),
  'import-report.clear': () => clearImportReport(),
  'backup.restore': (m) => restoreBackup(m.text),
  'data.export': (m) => exportData(m.format, m.today),
  // Works while locked (no passphrase needed), then pushes the deleted records out of the browser's files.
  'data.delete-all': async () => {
    const wiped = await wipeEverything();
    await compactStorage();
    return wiped;
  },
  'settings.save': (m) => saveSettings(m.settings),
  'taught.save': (m) => saveTaught(m.origin, m.mapping),
  'sites.sync': () => syncReaderRegistration(),
  'lock.status': () => lockStatus(),
  'lock.enable': (m) => enableLock(m.passphrase, m.idleMinutes),
  'lock.unlock': (m) => unlock(m.passphrase),
  'lock.lock': () => lockNow(),
  'lock.disable': (m) => disableLock(m.passphrase),
  'lock.configure': (m) => configureLock(m.idleMinutes),
  'damaged.remove': (m) => removeDamaged(m.store, m.key),
  ...sheetHandlers,
};

/**
 * The passphrase lock's idle check, lazily on each accepted message: an idle key is wiped first (so the
 * request is answered "Casekeeper is locked"), then the request counts as activity.
 */
export async function beforeHandler(type: BackgroundRequestType): Promise<void> {
  if (NOT_ACTIVITY_TYPES.has(type)) await hasKey();
  else await touch();
}

/** One request at a time: turning the lock on or off converts everything and must not interleave with a write. */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export default defineBackground(() => {
  z.config({ jitless: true });
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void inTurn(() => routeMessage(raw, sender, handlers, { extensionId: browser.runtime.id, beforeHandler })).then(sendResponse);
    return true;
  });

  // The idle lock on time: the alarm fires when the held key turns idle; open panels unmount their data.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== IDLE_ALARM) return;
    void inTurn(async () => {
      if (await lockIfIdle()) announceChange(['students', 'settings', 'taught']);
    });
  });

  const sync = () => void syncReaderRegistration().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
});

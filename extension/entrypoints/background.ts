import * as z from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type Handlers } from '../messaging/router.ts';
import { syncReaderRegistration } from '../lib/site-access.ts';
import {
  deleteAll,
  exportData,
  importStudents,
  removeStudent,
  restoreBackup,
  saveSettings,
  saveTaught,
  upsertStudent,
} from '../storage/data-store.ts';

/**
 * The background worker only wires things: the toolbar button opens the side panel, messages go through
 * the checking router to the storage functions, and the page reader follows the granted sites.
 */
export const handlers: Handlers = {
  'page-changed': () => null, // meant for the side panel, which listens too
  'caseload.upsert': (m) => upsertStudent(m.student),
  'caseload.import': (m) => importStudents(m.students),
  'caseload.remove': (m) => removeStudent(m.studentId),
  'backup.restore': (m) => restoreBackup(m.text),
  'data.export': (m) => exportData(m.format, m.today),
  'data.delete-all': () => deleteAll(),
  'settings.save': (m) => saveSettings(m.settings),
  'taught.save': (m) => saveTaught(m.origin, m.mapping),
  'sites.sync': () => syncReaderRegistration(),
};

export default defineBackground(() => {
  z.config({ jitless: true });
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void routeMessage(raw, sender, handlers, { extensionId: browser.runtime.id }).then(sendResponse);
    return true;
  });

  const sync = () => void syncReaderRegistration().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
});

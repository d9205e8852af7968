import 'fake-indexeddb/auto';
import * as z from 'zod';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb } from './storage/db.ts';

// Same as every entrypoint: zod must not compile validators with `new Function` (extension CSP).
z.config({ jitless: true });

beforeEach(async () => {
  fakeBrowser.reset();
  await closeDb();
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty database for each test
});

import { entry } from './data-store.ts';
import { announceChange, openDb, type StoreName } from './db.ts';
import { forgetKey } from './keyring.ts';

/**
 * "Delete all" and "Wipe everything": removes every stored record of every store (students, settings,
 * taught sites, the passphrase lock, caches, and any store a later version adds) except the audit log,
 * which gets one "delete-all" entry (time and count only). Works while Casekeeper is locked and needs no
 * passphrase: a forgotten passphrase must not leave the data on the computer. The data key is wiped too.
 * One transaction: all or nothing. Then the caller compacts storage (see compact-storage.ts).
 *
 * @example await wipeEverything() // { students: 40 }
 */
export async function wipeEverything(): Promise<{ students: number }> {
  const db = await openDb();
  const stores = [...db.objectStoreNames] as StoreName[];
  const tx = db.transaction(stores, 'readwrite');
  const count = stores.includes('students') ? await tx.objectStore('students').count() : 0;
  for (const name of stores) if (name !== 'audit') await tx.objectStore(name).clear();
  await tx.objectStore('audit').add(entry('delete-all', count));
  await tx.done;
  await forgetKey();
  announceChange(stores);
  return { students: count };
}

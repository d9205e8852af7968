import * as z from 'zod';
import { deriveKey, MAX_KDF_ITERATIONS, MIN_KDF_ITERATIONS, PBKDF2_ITERATIONS, toBase64 } from '../lib/encrypted-backup.ts';

/**
 * Encryption at rest for the optional passphrase lock (envelope encryption).
 *
 * A random 256-bit data key seals every stored record with AES-256-GCM (a fresh 96-bit IV per write; the
 * record's id is the additional data, so a sealed record cannot be moved to another id). The data key is
 * itself sealed ("wrapped") by a key derived from the passphrase with PBKDF2-SHA256 (the same derivation
 * as encrypted backups, in ../lib/encrypted-backup.ts). The derivation's parameters are stored beside the
 * wrapped key so they can be raised later. A wrong passphrase and a changed byte both fail GCM's check;
 * a checksum over the stored lock tells them apart, only to word the message (it protects nothing).
 */

type Bytes = Uint8Array<ArrayBuffer>;
const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array || (ArrayBuffer.isView(v) && v.constructor.name === 'Uint8Array');
const BytesField = z.custom<Uint8Array>(isBytes, 'Not bytes.');
/** A copy in this realm's Uint8Array over a plain ArrayBuffer (what WebCrypto's types ask for). */
const own = (v: Uint8Array): Bytes => new Uint8Array(v);

export const WRONG_PASSPHRASE = 'Wrong passphrase. Nothing was changed.';
export const DAMAGED_LOCK =
  'The stored lock is damaged (a byte of it changed), so Casekeeper cannot unlock. Your data is kept as it is, still encrypted. Restore your last encrypted export (Data → Restore a backup) on a fresh install, or ask your IT staff for help.';

export const Sealed = z.object({ iv: BytesField, data: BytesField }).strict();
export type Sealed = z.infer<typeof Sealed>;

export const LockRecord = z
  .object({
    version: z.literal(1),
    kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(MIN_KDF_ITERATIONS).max(MAX_KDF_ITERATIONS), salt: BytesField }).strict(),
    wrapped: Sealed,
    /** SHA-256 over the fields above: only to say "damaged" rather than "wrong passphrase". */
    checksum: z.string(),
    /** Minutes without any request before Casekeeper locks itself. */
    idleMinutes: z.number().int().min(1).max(24 * 60),
  })
  .strict();
export type LockRecord = z.infer<typeof LockRecord>;

export const DEFAULT_IDLE_MINUTES = 15;

async function checksumOf(record: Omit<LockRecord, 'checksum' | 'idleMinutes'>): Promise<string> {
  const head = new TextEncoder().encode(`${record.version}|${record.kdf.name}|${record.kdf.hash}|${record.kdf.iterations}|`);
  const parts = [head, record.kdf.salt, record.wrapped.iv, record.wrapped.data];
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length + 1;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The two keys made from the data key: one seals records, one turns student ids into opaque storage keys. */
export interface DataKeys {
  seal: CryptoKey;
  ids: CryptoKey;
}

/**
 * The keys for raw data-key bytes, derived with HKDF-SHA256 under two different labels (one key per use),
 * not extractable: the raw bytes are kept only where the keyring says.
 */
export async function importDataKey(raw: Uint8Array): Promise<DataKeys> {
  const base = await crypto.subtle.importKey('raw', own(raw), 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(info) });
  const [sealKey, idKey] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('casekeeper records v1'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey(hkdf('casekeeper ids v1'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { seal: sealKey, ids: idKey };
}

/** The opaque key a student is stored under while the lock is on (HMAC of the id: the same id, the same key). */
export async function storageId(keys: DataKeys, studentId: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.ids, new TextEncoder().encode(studentId)));
  return `h:${toBase64(mac)}`;
}

/**
 * The opaque key any record is stored under while the lock is on: a student's as {@link storageId} (so
 * databases locked before other tables existed still open), any other store's an HMAC of the store's name
 * and the record's id.
 *
 * @example await storageKey(keys, 'sessions', 'ses-00002') // 'h:…'
 */
export async function storageKey(keys: DataKeys, store: string, id: string): Promise<string> {
  return storageId(keys, store === 'students' ? id : `${store}\u0000${id}`);
}

/** A new random data key, and the lock record that keeps it wrapped by the passphrase. */
export async function createLock(passphrase: string, idleMinutes: number, options: { iterations?: number } = {}): Promise<{ raw: Bytes; record: LockRecord }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const wrappingKey = await deriveKey(passphrase, salt, iterations);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, wrappingKey, raw));
  const body = { version: 1 as const, kdf: { name: 'PBKDF2' as const, hash: 'SHA-256' as const, iterations, salt }, wrapped: { iv, data } };
  return { raw, record: { ...body, checksum: await checksumOf(body), idleMinutes } };
}

/** The raw data key, or why not: a wrong passphrase, or a damaged lock record. */
export async function unwrapLock(record: unknown, passphrase: string): Promise<{ ok: true; raw: Bytes } | { ok: false; error: string }> {
  const parsed = LockRecord.safeParse(record);
  if (!parsed.success) return { ok: false, error: DAMAGED_LOCK };
  const lock = parsed.data;
  if ((await checksumOf(lock)) !== lock.checksum) return { ok: false, error: DAMAGED_LOCK };
  try {
    const wrappingKey = await deriveKey(passphrase, own(lock.kdf.salt), lock.kdf.iterations);
    const raw = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: own(lock.wrapped.iv) }, wrappingKey, own(lock.wrapped.data)));
    if (raw.length !== 32) return { ok: false, error: DAMAGED_LOCK };
    return { ok: true, raw };
  } catch {
    return { ok: false, error: WRONG_PASSPHRASE };
  }
}

/** Seals one value (as JSON) under the data key, bound to its record's storage key. */
export async function seal(keys: DataKeys, value: unknown, id: string): Promise<Sealed> {
  const key = keys.seal;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(id) }, key, plain));
  return { iv, data };
}

/** Opens a sealed value; throws when it was changed, moved to another id, or sealed under another key. */
export async function unseal(keys: DataKeys, sealed: unknown, id: string): Promise<unknown> {
  const key = keys.seal;
  const parsed = Sealed.parse(sealed);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: own(parsed.iv), additionalData: new TextEncoder().encode(id) }, key, own(parsed.data));
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

import * as z from 'zod';

/**
 * Backups protected by a passphrase: PBKDF2-SHA256 (600,000 iterations, random 16-byte salt) derives an
 * AES-256-GCM key that seals the backup text. The text is sealed in chunks of at most 1 MB, each with a
 * fresh 96-bit IV and its position as additional data (a chunk moved, dropped or added fails the check),
 * so a backup of any size Casekeeper can restore is sealed and opened without one huge buffer. The
 * parameters are stored beside the ciphertext, so they can be raised later without breaking old files. A
 * wrong passphrase and a changed byte fail the same way (GCM authentication): nothing is restored. There
 * is no recovery: a forgotten passphrase means the file cannot be opened.
 *
 * An encrypted backup is recognised only by its envelope: a JSON object whose top-level `format` field is
 * {@link ENCRYPTED_FORMAT}, checked against the schema. Text inside a plain backup (a student's notes) can
 * never make it look encrypted.
 */

export const ENCRYPTED_FORMAT = 'casekeeper-encrypted-backup';
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Key-derivation work accepted from a file or a stored lock: at least OWASP's 600,000 PBKDF2-SHA256
 * iterations, and at most 2,000,000 (about 3 seconds of one core), so a hostile file cannot hold the
 * computer for long.
 */
export const MIN_KDF_ITERATIONS = 600_000;
export const MAX_KDF_ITERATIONS = 2_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;
/** Characters of backup text per sealed chunk. */
export const CHUNK_CHARS = 1_000_000;
/**
 * The largest backup Casekeeper restores: the browser carries a message of at most 64 MB from the panel
 * to its worker; 48 million characters leaves room. About 20,000 students with 2,000-character notes
 * (3,000 such students make 6.6 MB: `npm run bench -- passphrase`).
 */
export const MAX_BACKUP_CHARS = 48_000_000;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Kdf = z
  .object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(MIN_KDF_ITERATIONS).max(MAX_KDF_ITERATIONS), salt: Base64.max(100) })
  .strict();
const MAX_CHUNKS = Math.ceil(MAX_BACKUP_CHARS / CHUNK_CHARS) + 1;

/** Version 1 (one sealed block) is still opened; version 2 (chunks) is written. */
export const EncryptedBackupV1 = z
  .object({ format: z.literal(ENCRYPTED_FORMAT), version: z.literal(1), kdf: Kdf, cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64.max(100) }).strict(), data: Base64.max(20_000_000) })
  .strict();
export const EncryptedBackup = z
  .object({
    format: z.literal(ENCRYPTED_FORMAT),
    version: z.literal(2),
    kdf: Kdf,
    cipher: z.object({ name: z.literal('AES-GCM') }).strict(),
    chunks: z.array(z.object({ iv: Base64.max(100), data: Base64.max(Math.ceil((CHUNK_CHARS * 3 + 16) / 3) * 4 + 8) }).strict()).min(1).max(MAX_CHUNKS),
  })
  .strict();
export type EncryptedBackup = z.infer<typeof EncryptedBackup>;

/** The envelope's head: what says "this is an encrypted backup", whatever its version. */
const Envelope = z.object({ format: z.literal(ENCRYPTED_FORMAT), version: z.number().int() });

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Refuses key-derivation work outside the accepted range (never silently lowered or raised). */
function checkIterations(iterations: number): void {
  if (!Number.isInteger(iterations) || iterations < MIN_KDF_ITERATIONS || iterations > MAX_KDF_ITERATIONS) {
    throw new Error(`Key derivation must use ${MIN_KDF_ITERATIONS.toLocaleString('en-US')} to ${MAX_KDF_ITERATIONS.toLocaleString('en-US')} iterations.`);
  }
}

/** The AES-256-GCM key a passphrase (normalised to NFC) gives with this salt and iteration count. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  checkIterations(iterations);
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm', '1qaz2wsx3edc4rfv5tgb'];
const COMMON = ['password', 'passphrase', 'casekeeper', 'letmein', 'iloveyou', 'welcome', 'student', 'teacher', 'changeme', 'qwerty', 'admin'];

/**
 * A rough strength estimate in bits for a passphrase, hand-written: zxcvbn-ts's word lists alone are
 * several hundred kB, against a whole extension build of about 1 MB (`npm run build:ext`). It counts
 * characters after trimming (digits weigh less than letters, symbols more), charges little for repeats,
 * keyboard or alphabet runs and common words, and caps a passphrase of fewer than 4 distinct characters.
 *
 * @example passphraseBits('          ') // 0
 */
export function passphraseBits(passphrase: string): number {
  let text = passphrase.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  for (const word of COMMON) text = text.split(word).join('\u0001');
  let bits = 0;
  let previous = '';
  for (const ch of text) {
    const inRun = previous !== '' && SEQUENCES.some((s) => s.includes(previous + ch) || [...s].reverse().join('').includes(previous + ch));
    if (ch === '\u0001') bits += 4;
    else if (ch === previous || inRun) bits += 0.5;
    else if (/[a-z]/.test(ch)) bits += 4.7;
    else if (/[0-9]/.test(ch)) bits += 3.3;
    else bits += 5;
    previous = ch;
  }
  const distinct = new Set(text).size;
  return distinct < 4 ? Math.min(bits, distinct * 4) : Math.round(bits);
}

/** The estimate a lock or backup passphrase must reach (about ten random lowercase letters, or three words). */
export const MIN_PASSPHRASE_BITS = 40;

/** Why a passphrase cannot be used, or null when it can. Length is counted after trimming spaces. */
export function passphraseProblem(passphrase: string, confirm: string): string | null {
  const trimmed = passphrase.normalize('NFC').trim();
  if ([...trimmed].length < MIN_PASSPHRASE_LENGTH) return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters (spaces at the start and end do not count).`;
  if (passphraseBits(passphrase) < MIN_PASSPHRASE_BITS) {
    return 'That passphrase is too easy to guess (repeated letters, a run like "12345" or "qwerty", or a common word). Use three or four unrelated words.';
  }
  if (passphrase.normalize('NFC') !== confirm.normalize('NFC')) return 'The two passphrases are not the same.';
  return null;
}

const chunkLabel = (index: number, count: number) => new TextEncoder().encode(`${ENCRYPTED_FORMAT} v2 chunk ${index} of ${count}`);

/**
 * Seals a backup's text with a passphrase, in chunks; returns the encrypted file's text. Refuses text larger
 * than Casekeeper can restore ({@link MAX_BACKUP_CHARS}).
 *
 * @example await encryptBackup('{"format":"casekeeper-backup",…}', 'correct horse battery')
 */
export async function encryptBackup(text: string, passphrase: string, options: { iterations?: number } = {}): Promise<string> {
  if (text.length > MAX_BACKUP_CHARS) throw new Error(backupTooLarge(text.length));
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  // Chunk boundaries never split a surrogate pair (an emoji in a note stays whole).
  const bounds = [0];
  while ((bounds.at(-1) as number) < text.length) {
    let end = Math.min(text.length, (bounds.at(-1) as number) + CHUNK_CHARS);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    bounds.push(end);
  }
  if (bounds.length === 1) bounds.push(0);
  const count = bounds.length - 1;
  const chunks: EncryptedBackup['chunks'] = [];
  for (let i = 0; i < count; i++) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(text.slice(bounds[i], bounds[i + 1]));
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: chunkLabel(i, count) }, key, plain));
    chunks.push({ iv: toBase64(iv), data: toBase64(sealed) });
  }
  const file: EncryptedBackup = { format: ENCRYPTED_FORMAT, version: 2, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) }, cipher: { name: 'AES-GCM' }, chunks };
  return JSON.stringify(file);
}

/** What a backup over the size limit is told, before anything is written or exported. */
export function backupTooLarge(chars: number): string {
  const mb = (n: number) => `${Math.ceil(n / 1_000_000)} MB`;
  return `This backup would be about ${mb(chars)}, more than the ${mb(MAX_BACKUP_CHARS)} Casekeeper can restore. Export the caseload as CSV instead, or remove students you no longer serve first.`;
}

/**
 * The parsed envelope when a file is an encrypted Casekeeper backup (its top-level `format` field says so),
 * else null. A plain backup that mentions the format's name anywhere in its content is not one.
 */
function envelopeOf(text: string): { raw: unknown; version: number } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const head = Envelope.safeParse(raw);
  return head.success ? { raw, version: head.data.version } : null;
}

/** Whether a file's text is an encrypted Casekeeper backup (by its envelope's typed `format` field). */
export function isEncryptedBackup(text: string): boolean {
  return envelopeOf(text) !== null;
}

/** Opens an encrypted backup; a wrong passphrase or a damaged file gives a reason and no data. */
export async function decryptBackup(fileText: string, passphrase: string): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  const envelope = envelopeOf(fileText);
  if (!envelope) {
    const json = (() => {
      try {
        JSON.parse(fileText);
        return true;
      } catch {
        return false;
      }
    })();
    return { ok: false, error: json ? 'This is not an encrypted Casekeeper backup. Nothing was changed.' : 'This encrypted backup is damaged or cut short. Nothing was changed.' };
  }
  if (envelope.version > 2) return { ok: false, error: 'This encrypted backup was made by a newer Casekeeper. Update the extension, then try again. Nothing was changed.' };
  const v2 = EncryptedBackup.safeParse(envelope.raw);
  const v1 = v2.success ? null : EncryptedBackupV1.safeParse(envelope.raw);
  if (!v2.success && !v1?.success) {
    const kdf = (envelope.raw as { kdf?: { iterations?: unknown } }).kdf?.iterations;
    if (typeof kdf === 'number' && (kdf < MIN_KDF_ITERATIONS || kdf > MAX_KDF_ITERATIONS)) {
      return {
        ok: false,
        error: `This encrypted backup asks for ${kdf.toLocaleString('en-US')} key-derivation rounds; Casekeeper accepts ${MIN_KDF_ITERATIONS.toLocaleString('en-US')} to ${MAX_KDF_ITERATIONS.toLocaleString('en-US')}. Nothing was changed.`,
      };
    }
    return { ok: false, error: 'This encrypted backup is damaged or was changed. Nothing was changed.' };
  }
  const file = v2.success ? v2.data : v1?.success ? v1.data : null;
  if (!file) return { ok: false, error: 'This encrypted backup is damaged or was changed. Nothing was changed.' };
  try {
    const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
    if (file.version === 1) {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.cipher.iv) }, key, fromBase64(file.data));
      return { ok: true, value: new TextDecoder().decode(plain) };
    }
    const parts: string[] = [];
    const decoder = new TextDecoder();
    for (const [i, chunk] of file.chunks.entries()) {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(chunk.iv), additionalData: chunkLabel(i, file.chunks.length) }, key, fromBase64(chunk.data));
      parts.push(decoder.decode(plain));
    }
    return { ok: true, value: parts.join('') };
  } catch {
    return { ok: false, error: 'Wrong passphrase, or the file was changed. Nothing was changed.' };
  }
}

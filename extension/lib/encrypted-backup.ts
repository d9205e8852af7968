import * as z from 'zod';

/**
 * Backups protected by a passphrase: PBKDF2-SHA256 (600,000 iterations, random 16-byte salt) derives an
 * AES-256-GCM key that seals the backup text with a fresh 96-bit IV. The parameters are stored beside the
 * ciphertext, so they can be raised later without breaking old files. A wrong passphrase and a changed
 * byte fail the same way (GCM authentication): nothing is restored. There is no recovery: a forgotten
 * passphrase means the file cannot be opened.
 */

export const ENCRYPTED_FORMAT = 'casekeeper-encrypted-backup';
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(20_000_000);
export const EncryptedBackup = z
  .object({
    format: z.literal(ENCRYPTED_FORMAT),
    version: z.literal(1),
    kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(100_000).max(10_000_000), salt: Base64 }).strict(),
    cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64 }).strict(),
    data: Base64,
  })
  .strict();
export type EncryptedBackup = z.infer<typeof EncryptedBackup>;

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

/** The AES-256-GCM key a passphrase (normalised to NFC) gives with this salt and iteration count. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Why a passphrase cannot be used, or null when it can. */
export function passphraseProblem(passphrase: string, confirm: string): string | null {
  if (passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (passphrase.normalize('NFC') !== confirm.normalize('NFC')) return 'The two passphrases are not the same.';
  return null;
}

/**
 * Seals a backup's text with a passphrase; returns the encrypted file's text.
 *
 * @example await encryptBackup('{"format":"casekeeper-backup",…}', 'correct horse battery')
 */
export async function encryptBackup(text: string, passphrase: string, options: { iterations?: number } = {}): Promise<string> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)));
  const file: EncryptedBackup = {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(sealed),
  };
  return JSON.stringify(file);
}

/** Whether a file's text looks like an encrypted Casekeeper backup. */
export function isEncryptedBackup(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(`"${ENCRYPTED_FORMAT}"`);
}

/** Opens an encrypted backup; a wrong passphrase or a damaged file gives a reason and no data. */
export async function decryptBackup(fileText: string, passphrase: string): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    return { ok: false, error: 'This encrypted backup is damaged or cut short. Nothing was changed.' };
  }
  const parsed = EncryptedBackup.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'This is not an encrypted Casekeeper backup this version can open. Nothing was changed.' };
  const file = parsed.data;
  try {
    const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.cipher.iv) }, key, fromBase64(file.data));
    return { ok: true, value: new TextDecoder().decode(plain) };
  } catch {
    return { ok: false, error: 'Wrong passphrase, or the file was changed. Nothing was changed.' };
  }
}

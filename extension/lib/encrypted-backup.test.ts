import { describe, expect, it } from 'vitest';
import {
  CHUNK_CHARS,
  decryptBackup,
  encryptBackup,
  EncryptedBackup,
  isEncryptedBackup,
  MAX_BACKUP_CHARS,
  MAX_KDF_ITERATIONS,
  passphraseBits,
  passphraseProblem,
  PBKDF2_ITERATIONS,
  toBase64,
} from './encrypted-backup.ts';

const backup = JSON.stringify({ format: 'casekeeper-backup', version: 2, students: [{ studentId: 'S1001', lastName: 'Rivera' }] });
const PASS = 'correct horse battery';

describe('encrypted backups', () => {
  it('seal with PBKDF2-SHA256 (600,000 iterations by default) and AES-GCM, parameters stored beside the data', async () => {
    const file = JSON.parse(await encryptBackup(backup, PASS));
    expect(EncryptedBackup.parse(file).kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(atob(file.kdf.salt)).toHaveLength(16);
    expect(atob(file.chunks[0].iv)).toHaveLength(12);
    expect(JSON.stringify(file)).not.toContain('Rivera');
  }, 30_000);

  it('open with the right passphrase (in any Unicode normal form)', async () => {
    const text = await encryptBackup(backup, 'café au lait 42');
    expect(isEncryptedBackup(text)).toBe(true);
    expect(await decryptBackup(text, 'cafe\u0301 au lait 42')).toEqual({ ok: true, value: backup });
  });

  it('seal a large backup in chunks (no emoji split between two) and open it whole', async () => {
    const notes = '🙂 Reads at grade level with support. '.repeat(Math.ceil((CHUNK_CHARS * 2.5) / 38));
    const big = JSON.stringify({ format: 'casekeeper-backup', version: 2, notes });
    const text = await encryptBackup(big, PASS);
    const file = EncryptedBackup.parse(JSON.parse(text));
    expect(file.chunks.length).toBe(3);
    const opened = await decryptBackup(text, PASS);
    expect(opened.ok && opened.value === big).toBe(true);
    // A chunk dropped or two swapped: refused.
    const dropped = JSON.stringify({ ...file, chunks: file.chunks.slice(0, 2) });
    const swapped = JSON.stringify({ ...file, chunks: [file.chunks[1], file.chunks[0], file.chunks[2]] });
    expect((await decryptBackup(dropped, PASS)).ok).toBe(false);
    expect((await decryptBackup(swapped, PASS)).ok).toBe(false);
  }, 30_000);

  it('refuse, before export, a backup larger than Casekeeper can restore, saying the limit', async () => {
    await expect(encryptBackup('x'.repeat(MAX_BACKUP_CHARS + 1), PASS)).rejects.toThrow(/more than the 48 MB Casekeeper can restore/);
  });

  it('fail closed on a wrong passphrase or one changed byte', async () => {
    const text = await encryptBackup(backup, PASS);
    expect(await decryptBackup(text, 'correct horse batterz')).toEqual({ ok: false, error: expect.stringMatching(/^Wrong passphrase/) });
    const file = JSON.parse(text) as EncryptedBackup;
    const bytes = atob(file.chunks[0]?.data ?? '');
    const flipped = bytes.slice(0, 5) + String.fromCharCode(bytes.charCodeAt(5) ^ 1) + bytes.slice(6);
    const tampered = JSON.stringify({ ...file, chunks: [{ ...file.chunks[0], data: btoa(flipped) }] });
    expect((await decryptBackup(tampered, PASS)).ok).toBe(false);
    expect((await decryptBackup(text.slice(0, 40), PASS)).ok).toBe(false);
  });

  it('still open a version 1 file (one sealed block)', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASS), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(backup)));
    const v1 = JSON.stringify({ format: 'casekeeper-encrypted-backup', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: toBase64(salt) }, cipher: { name: 'AES-GCM', iv: toBase64(iv) }, data: toBase64(data) });
    expect(await decryptBackup(v1, PASS)).toEqual({ ok: true, value: backup });
  });

  it('accept key-derivation work only from 600,000 to 2,000,000 iterations (a hostile file cannot go lower or hold the computer)', async () => {
    const file = JSON.parse(await encryptBackup(backup, PASS)) as EncryptedBackup;
    for (const iterations of [100_000, 599_999, MAX_KDF_ITERATIONS + 1, 10_000_000]) {
      const changed = JSON.stringify({ ...file, kdf: { ...file.kdf, iterations } });
      const started = Date.now();
      const opened = await decryptBackup(changed, PASS);
      expect(opened).toEqual({ ok: false, error: expect.stringMatching(/Casekeeper accepts 600,000 to 2,000,000/) });
      expect(Date.now() - started).toBeLessThan(1_000); // refused before any derivation
    }
    await expect(encryptBackup(backup, PASS, { iterations: 100_000 })).rejects.toThrow(/600,000 to 2,000,000/);
  });

  it('is recognised only by its typed envelope, never by the format name planted in a plain backup', async () => {
    const planted = JSON.stringify({ format: 'casekeeper-backup', version: 2, students: [{ studentId: 'S1', notes: 'casekeeper-encrypted-backup "casekeeper-encrypted-backup"' }] });
    expect(isEncryptedBackup(planted)).toBe(false);
    expect(isEncryptedBackup('{"format":"casekeeper-backup","x":{"format":"casekeeper-encrypted-backup"}}')).toBe(false);
    expect(isEncryptedBackup('not json "casekeeper-encrypted-backup"')).toBe(false);
    expect(isEncryptedBackup(await encryptBackup(backup, PASS))).toBe(true);
  });

  it('use a fresh salt and IV every time', async () => {
    const a = JSON.parse(await encryptBackup(backup, PASS)) as EncryptedBackup;
    const b = JSON.parse(await encryptBackup(backup, PASS)) as EncryptedBackup;
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.chunks[0]?.iv).not.toBe(b.chunks[0]?.iv);
  });
});

describe('passphrase checks', () => {
  it('count length after trimming: ten spaces, or a short word padded with spaces, are refused', () => {
    expect(passphraseProblem('          ', '          ')).toMatch(/at least 10/);
    expect(passphraseProblem('   cat    ', '   cat    ')).toMatch(/at least 10/);
    expect(passphraseProblem('short', 'short')).toMatch(/at least 10/);
  });

  it('refuse easy-to-guess passphrases (repeats, runs, common words)', () => {
    for (const weak of ['aaaaaaaaaaaa', '1234567890', 'qwertyuiop', 'password123', 'abcabcabcabc']) {
      expect(passphraseProblem(weak, weak), weak).toMatch(/too easy to guess/);
    }
    expect(passphraseBits('maple syrup in november')).toBeGreaterThanOrEqual(40);
  });

  it('ask for the passphrase typed twice the same', () => {
    expect(passphraseProblem('long enough one', 'long enough onE')).toMatch(/not the same/);
    expect(passphraseProblem('long enough one', 'long enough one')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, EncryptedBackup, isEncryptedBackup, passphraseProblem, PBKDF2_ITERATIONS } from './encrypted-backup.ts';

const backup = JSON.stringify({ format: 'casekeeper-backup', version: 2, students: [{ studentId: 'S1001', lastName: 'Rivera' }] });
const FAST = { iterations: 100_000 }; // the format's floor; the product uses 600,000

describe('encrypted backups', () => {
  it('seal with PBKDF2-SHA256 (600,000 iterations by default) and AES-GCM, parameters stored beside the data', async () => {
    const file = JSON.parse(await encryptBackup(backup, 'correct horse battery'));
    expect(EncryptedBackup.parse(file).kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(atob(file.kdf.salt)).toHaveLength(16);
    expect(atob(file.cipher.iv)).toHaveLength(12);
    expect(JSON.stringify(file)).not.toContain('Rivera');
  }, 30_000);

  it('open with the right passphrase (in any Unicode normal form)', async () => {
    const text = await encryptBackup(backup, 'café au lait 42', FAST);
    expect(isEncryptedBackup(text)).toBe(true);
    expect(await decryptBackup(text, 'cafe\u0301 au lait 42')).toEqual({ ok: true, value: backup });
  });

  it('fail closed on a wrong passphrase or one changed byte', async () => {
    const text = await encryptBackup(backup, 'correct horse battery', FAST);
    expect(await decryptBackup(text, 'correct horse batterz')).toEqual({ ok: false, error: expect.stringMatching(/^Wrong passphrase/) });
    const file = JSON.parse(text) as { data: string };
    const bytes = atob(file.data);
    const flipped = bytes.slice(0, 5) + String.fromCharCode(bytes.charCodeAt(5) ^ 1) + bytes.slice(6);
    const tampered = JSON.stringify({ ...file, data: btoa(flipped) });
    expect((await decryptBackup(tampered, 'correct horse battery')).ok).toBe(false);
    expect((await decryptBackup(text.slice(0, 40), 'correct horse battery')).ok).toBe(false);
  });

  it('use a fresh salt and IV every time', async () => {
    const a = JSON.parse(await encryptBackup(backup, 'correct horse battery', FAST));
    const b = JSON.parse(await encryptBackup(backup, 'correct horse battery', FAST));
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
  });

  it('ask for a long enough passphrase, typed twice the same', () => {
    expect(passphraseProblem('short', 'short')).toMatch(/at least 10/);
    expect(passphraseProblem('long enough one', 'long enough onE')).toMatch(/not the same/);
    expect(passphraseProblem('long enough one', 'long enough one')).toBeNull();
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `Utilities`: formatDate (SimpleDateFormat in real time zones), digests and HMACs as Java signed
 * bytes, base64, formatString, getUuid (deterministic per environment) and sleep (advances the fake
 * clock, counted against the execution's time limit).
 */
import { createHash, createHmac } from 'node:crypto';
import { formatSimpleDate } from './format-date.ts';
import { UtilitiesStub } from './generated/stubs.ts';
import { Charset, DigestAlgorithm, MacAlgorithm, RsaAlgorithm } from './enums.ts';
import { type Execution, isDateValue } from './runtime.ts';

const DIGESTS: Record<string, string> = { MD2: 'md2', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MACS: Record<string, string> = { HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512' };

/** Bytes as Java's signed byte[] (-128..127), like every Apps Script byte array. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(value: unknown, charset?: unknown): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b: number) => b & 0xff));
  const enc = String(charset ?? 'UTF_8') === 'US_ASCII' ? 'latin1' : 'utf8';
  return Buffer.from(String(value), enc);
}

/** `Utilities` for one execution. */
export class FakeUtilities extends UtilitiesStub implements GoogleAppsScript.Utilities.Utilities {
  constructor(private readonly exec: Execution) {
    super();
  }
  private call<T>(method: string, body: () => T): T {
    return this.exec.call('utilities', 'Utilities', method, 'local', body);
  }
  override get Charset(): typeof GoogleAppsScript.Utilities.Charset {
    return Charset;
  }
  override get DigestAlgorithm(): typeof GoogleAppsScript.Utilities.DigestAlgorithm {
    return DigestAlgorithm;
  }
  override get MacAlgorithm(): typeof GoogleAppsScript.Utilities.MacAlgorithm {
    return MacAlgorithm;
  }
  override get RsaAlgorithm(): typeof GoogleAppsScript.Utilities.RsaAlgorithm {
    return RsaAlgorithm;
  }
  override formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return this.call('formatDate', () => {
      if (!isDateValue(date)) this.exec.fail("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
      if (Number.isNaN(date.getTime())) this.exec.fail('Invalid argument: date');
      try {
        return formatSimpleDate(date.getTime(), String(timeZone), String(format));
      } catch (e) {
        return this.exec.fail(`Invalid argument: format (${(e as Error).message})`);
      }
    });
  }
  override formatString(template: string, ...args: any[]): string {
    return this.call('formatString', () => {
      let i = 0;
      return String(template).replace(/%([-0+ ]*)(\d*)(?:\.(\d+))?([sdfi%])/g, (m, _flags: string, width: string, precision: string | undefined, conv: string) => {
        if (conv === '%') return '%';
        const arg = args[i++];
        let s: string;
        if (conv === 'd' || conv === 'i') s = String(Math.trunc(Number(arg)));
        else if (conv === 'f') s = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        else s = String(arg);
        void m;
        return width ? s.padStart(Number(width), _flags.includes('0') ? '0' : ' ') : s;
      });
    });
  }
  override computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: any, charset?: GoogleAppsScript.Utilities.Charset): GoogleAppsScript.Byte[] {
    return this.call('computeDigest', () => {
      const alg = DIGESTS[String(algorithm)];
      if (!alg) this.exec.fail('Invalid argument: algorithm');
      return this.exec.array(toSignedBytes(createHash(alg).update(toBuffer(value, charset)).digest()));
    });
  }
  override computeHmacSha256Signature(value: any, key: any, charset?: GoogleAppsScript.Utilities.Charset): GoogleAppsScript.Byte[] {
    return this.call('computeHmacSha256Signature', () =>
      this.exec.array(toSignedBytes(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest())),
    );
  }
  override computeHmacSignature(algorithm: GoogleAppsScript.Utilities.MacAlgorithm, value: any, key: any, charset?: GoogleAppsScript.Utilities.Charset): GoogleAppsScript.Byte[] {
    return this.call('computeHmacSignature', () => {
      const alg = MACS[String(algorithm)];
      if (!alg) this.exec.fail('Invalid argument: algorithm');
      return this.exec.array(toSignedBytes(createHmac(alg, toBuffer(key, charset)).update(toBuffer(value, charset)).digest()));
    });
  }
  override base64Encode(data: any, charset?: GoogleAppsScript.Utilities.Charset): string {
    return this.call('base64Encode', () => toBuffer(data, charset).toString('base64'));
  }
  override base64EncodeWebSafe(data: any, charset?: GoogleAppsScript.Utilities.Charset): string {
    return this.call('base64EncodeWebSafe', () => toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'));
  }
  override base64Decode(encoded: string): GoogleAppsScript.Byte[] {
    return this.call('base64Decode', () => this.exec.array(toSignedBytes(Buffer.from(String(encoded), 'base64'))));
  }
  override base64DecodeWebSafe(encoded: string): GoogleAppsScript.Byte[] {
    return this.call('base64DecodeWebSafe', () => this.exec.array(toSignedBytes(Buffer.from(String(encoded), 'base64url'))));
  }
  override getUuid(): string {
    return this.call('getUuid', () => {
      const rt = this.exec.runtime;
      const counter = rt.store('uuid', () => ({ n: 0 }));
      const h = createHash('sha256').update(`${rt.config.scriptId}:uuid:${counter.n++}`).digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    });
  }
  override sleep(milliseconds: number): void {
    this.call('sleep', () => {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0 || ms > 300_000) this.exec.fail('Invalid argument: milliseconds');
      this.exec.runtime.clock.advance(ms);
      this.exec.checkDeadline();
    });
  }
}

import { strFromU8 } from 'fflate';

/** A text file's characters and the encoding they were read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/* Windows-1252's 0x80–0x9F; the rest of its upper half is Latin-1. 0 marks the five unassigned bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Reads the bytes of a text file (a CSV export) in the encoding it was written in: UTF-8 (with or without a
 * byte-order mark), UTF-16 with a byte-order mark, and otherwise Windows-1252, which older IEP systems and
 * Excel on Windows write. Bytes that are not valid UTF-8 are never turned into "�": "José Núñez" saved
 * by Excel stays "José Núñez". The byte-order mark is not part of the text.
 *
 * @example decodeText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9])) // { text: 'José', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strFromU8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), false), encoding: 'utf-16be' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || 0xfffd : b));
    text += String.fromCharCode(...chunk);
  }
  return { text, encoding: 'windows-1252' };
}

/** A fatal UTF-8 decoder where the platform has one (browsers, Node); Apps Script has none. */
type StrictDecoder = { decode(bytes: Uint8Array): string };
const PlatformDecoder = (globalThis as { TextDecoder?: new (label: string, options: { fatal: boolean }) => StrictDecoder }).TextDecoder;

/** The text of well-formed UTF-8 bytes, or undefined when they are not UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  if (PlatformDecoder) {
    try {
      return new PlatformDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  return isUtf8(bytes) ? strFromU8(bytes) : undefined;
}

function utf16(bytes: Uint8Array, little: boolean): string {
  let text = '';
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    units.push(little ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number));
    if (units.length === 8192) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}

/** Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF). */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

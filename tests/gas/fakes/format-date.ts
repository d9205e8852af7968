/**
 * `Utilities.formatDate` semantics: java.text.SimpleDateFormat patterns rendered in a real time zone.
 * Supported letters: G y Y M L d D E u a H k K h m s S z Z X, quoted literals ('T', '' for a quote).
 * Anything else is refused like Java does ("Illegal pattern character").
 */
import { resolveZone, toWallTime, weekdayOf, zoneName, zoneOffsetMs } from './time-zone.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

const tokenCache = new Map<string, Token[]>();

/** Splits a SimpleDateFormat pattern into literal and field tokens. */
export function tokenizeSimpleDateFormat(pattern: string): Token[] {
  const cached = tokenCache.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ kind: 'literal', text: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern[i];
        i++;
      }
      if (i >= pattern.length) throw new Error(`Unterminated quote in pattern: ${pattern}`);
      i++;
      tokens.push({ kind: 'literal', text });
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      if (!'GyYMLdDEuaHkKhmsSzZX'.includes(ch)) throw new Error(`Illegal pattern character '${ch}'`);
      tokens.push({ kind: 'field', letter: ch, count });
      i += count;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i++;
    }
  }
  tokenCache.set(pattern, tokens);
  return tokens;
}

const pad = (n: number, width: number): string => (n < 0 ? '-' + String(-n).padStart(width, '0') : String(n).padStart(width, '0'));

function offsetText(offsetMs: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  const minutes = Math.round(offsetMs / 60_000);
  if (style !== 'Z' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  if (style === 'X1') return `${sign}${hh}${abs % 60 ? mm : ''}`;
  if (style === 'X3') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/**
 * Formats instant `ms` with a SimpleDateFormat pattern in zone `timeZone`. An unknown zone id falls back
 * to GMT, as java.util.TimeZone does.
 */
export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const zone = resolveZone(timeZone) ? timeZone : 'GMT';
  const w = toWallTime(ms, zone);
  const offset = zoneOffsetMs(ms, zone);
  let out = '';
  for (const t of tokenizeSimpleDateFormat(pattern)) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    const { letter, count } = t;
    switch (letter) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y': {
        const year = w.year > 0 ? w.year : 1 - w.year;
        out += count === 2 ? pad(year % 100, 2) : pad(year, count);
        break;
      }
      case 'M':
      case 'L':
        out += count >= 4 ? MONTHS[w.month - 1] : count === 3 ? MONTHS[w.month - 1]!.slice(0, 3) : pad(w.month, count);
        break;
      case 'd':
        out += pad(w.day, count);
        break;
      case 'D': {
        const doy = (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000 + 1;
        out += pad(doy, count);
        break;
      }
      case 'E': {
        const name = DAYS[weekdayOf(w)]!;
        out += count >= 4 ? name : name.slice(0, 3);
        break;
      }
      case 'u': {
        const dow = weekdayOf(w);
        out += pad(dow === 0 ? 7 : dow, count);
        break;
      }
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, count);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, count);
        break;
      case 'K':
        out += pad(w.hour % 12, count);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
        break;
      case 'm':
        out += pad(w.minute, count);
        break;
      case 's':
        out += pad(w.second, count);
        break;
      case 'S':
        out += pad(w.millisecond, count);
        break;
      case 'z':
        out += zoneName(ms, zone, count >= 4 ? 'long' : 'short');
        break;
      case 'Z':
        out += offsetText(offset, 'Z');
        break;
      case 'X':
        out += offsetText(offset, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
        break;
    }
  }
  return out;
}

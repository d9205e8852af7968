// Control characters (except tab/newline), bidi overrides and isolates, zero-width characters, BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Makes text read from a web page safe to show and store: NFC, no control, bidi or zero-width
 * characters, whitespace collapsed, capped at `max` characters (with an ellipsis).
 *
 * @example normaliseText('  Ann\u202E  Lee\u0000 ', 100) // 'Ann Lee'
 */
export function normaliseText(input: string, max: number): string {
  const capped = input.length > max * 4 ? input.slice(0, max * 4) : input;
  const clean = capped.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

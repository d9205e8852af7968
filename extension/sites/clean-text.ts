/** The most characters a field value keeps (an ellipsis marks a cut). */
export const MAX_FIELD_CHARS = 200;

/** The most characters of any one text node or input value that are looked at. */
export const MAX_SCAN_CHARS = 2_000;

/* C0/C1 controls (tabs and newlines become spaces, the rest go). */
const CONTROL_TO_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/* Zero-width, bidi embeddings/overrides/isolates, marks, word joiners, BOM, soft hyphen, tag characters. */
// eslint-disable-next-line no-misleading-character-class -- lone combining/invisible marks are listed on purpose
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Turns hostile page text into a safe, short display value: NFC, no control, NUL, bidi-override or
 * zero-width characters, whitespace collapsed, trimmed, at most `max` characters. Text stays literal:
 * `<b>` remains the three characters `<b>`, to be shown as text, never parsed.
 *
 * @param raw text from `textContent` or an input's value
 * @param max the most characters returned (default {@link MAX_FIELD_CHARS})
 * @example cleanText('  Lee,\u202E Ana\u0000 ') // 'Lee, Ana'
 */
export function cleanText(raw: string, max: number = MAX_FIELD_CHARS): string {
  let text = raw.length > max * 4 + 64 ? raw.slice(0, max * 4 + 64) : raw;
  text = text
    .replace(CONTROL_TO_SPACE, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

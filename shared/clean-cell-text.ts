// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
/* Zero-width, bidi embeddings/overrides/isolates, word joiners, BOM, soft hyphen, tag characters. */
// eslint-disable-next-line no-misleading-character-class -- invisible marks are listed on purpose
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Printable ASCII, no leading, trailing or doubled spaces. */
const PLAIN = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/** Options for {@link cleanCellText}. */
export interface CleanCellTextOptions {
  /** Keep line breaks (notes, summaries); otherwise every run of whitespace becomes one space. */
  multiline?: boolean;
}

/**
 * Cleans one imported cell as page text is cleaned: Unicode NFC, no NUL or other control characters, no
 * bidi overrides or zero-width characters, whitespace collapsed (line breaks kept in multi-line text),
 * trimmed. Text stays literal: `<b>` remains the three characters `<b>`.
 *
 * @example cleanCellText(' Jos\u00e9\u202E N\u0000\u00fa\u00f1ez ') // 'José Núñez'
 */
export function cleanCellText(raw: string, options: CleanCellTextOptions = {}): string {
  // Most cells are plain printable ASCII with single spaces: already clean.
  if (PLAIN.test(raw)) return raw;
  let text = raw.replace(LINE_BREAKS, '\n').replace(CONTROL, '').replace(INVISIBLE, '').replace(LONE_SURROGATE, '').normalize('NFC');
  text = options.multiline
    ? text
        .split('\n')
        .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
    : text.replace(/\s+/g, ' ');
  return text.trim();
}

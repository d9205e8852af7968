import { fail, ok, type Result } from '../result.ts';

/**
 * The spreadsheet id in a Google Sheets address (or the bare id a teacher pasted).
 *
 * @example sheetIdFromUrl('https://docs.google.com/spreadsheets/d/1AbC_dEf-123456789012345/edit#gid=0') // { ok: true, value: '1AbC_dEf-123456789012345' }
 */
export function sheetIdFromUrl(text: string): Result<string> {
  const trimmed = text.trim();
  const fromUrl = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/.exec(trimmed)?.[1];
  if (fromUrl) return ok(fromUrl);
  if (/^[A-Za-z0-9_-]{20,}$/.test(trimmed)) return ok(trimmed);
  return fail(
    'not-a-sheet-address',
    'That is not the address of a Google Sheet. Open the team\'s tracking sheet and copy the address from the browser bar (it starts with https://docs.google.com/spreadsheets/d/).',
  );
}

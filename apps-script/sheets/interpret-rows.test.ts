import { describe, expect, it } from 'vitest';
import { type IsoDate, mapHeaders } from '../../shared/index.ts';
import { interpretRows } from './interpret-rows.ts';
import { rowKeyMaker } from './row-key.ts';

const headers = ['Student ID', 'First Name', 'Last IEP Date', 'Consent Date', 'Case Manager'];
const options = () => ({
  inputMap: mapHeaders(headers).map,
  keyColumn: 5,
  mergedRows: new Set<number>(),
  toIsoDate: (d: Date) => d.toISOString().slice(0, 10) as IsoDate,
  newKey: rowKeyMaker(Date.UTC(2026, 10, 23), () => 0.5),
});

describe('interpretRows', () => {
  it('case 13: text and impossible dates mark only their row, in words a teacher understands', () => {
    const rows = interpretRows(
      [
        ['S1', 'Ana', 'next week', '', 'a@x.org', ''],
        ['S2', 'Bo', '13/45/2025', '', '', ''],
        ['S3', 'Cy', '3/9/2025', '', '', ''],
      ],
      options(),
    );
    expect(rows.map((r) => r.kind)).toEqual(['problem', 'problem', 'ok']);
    expect(rows[0]?.messages.join(' ')).toMatch(/Last IEP Date: "next week" is not a date/);
    expect(rows[1]?.messages.join(' ')).toMatch(/no month 13/);
    expect(rows[2]?.record?.lastIepDate).toBe('2025-03-09');
  });

  it('case 14: a serial number is a date, an implausible number is refused', () => {
    const [good, bad] = interpretRows([['S1', '', 45678, '', '', ''], ['S2', '', 7, '', '', '']], options());
    expect(good?.record?.lastIepDate).toBe('2025-01-21');
    expect(bad?.kind).toBe('problem');
    expect(bad?.messages[0]).toMatch(/7 is not a date/);
  });

  it('case 16: blank and formatted-but-empty rows are skipped without a message', () => {
    const rows = interpretRows([['', '', '', '', '', ''], ['  ', null, '', '', '', 'k0000000000000000'], ['S1', '', '', '', '', '']], options());
    expect(rows.map((r) => r.kind)).toEqual(['blank', 'blank', 'ok']);
    expect(rows[0]?.messages).toEqual([]);
  });

  it('case 17: rows with merged cells are reported and skipped', () => {
    const rows = interpretRows([['S1', '', '', '', '', ''], ['S2', '', '', '', '', '']], { ...options(), mergedRows: new Set([3]) });
    expect(rows[0]?.kind).toBe('ok');
    expect(rows[1]?.kind).toBe('problem');
    expect(rows[1]?.messages[0]).toMatch(/merged cells/);
  });

  it('case 18: the same Student ID on two rows flags both and names the other row', () => {
    const rows = interpretRows([['S1', '', '', '', '', ''], ['S2', '', '', '', '', ''], [' s1 ', '', '', '', '', '']], options());
    expect(rows.map((r) => r.kind)).toEqual(['problem', 'ok', 'problem']);
    expect(rows[0]?.messages[0]).toMatch(/also on row 4/);
    expect(rows[2]?.messages[0]).toMatch(/also on row 2/);
    expect(rows[0]?.record).toBeUndefined();
  });

  it('keeps existing row keys, gives new rows (and copied keys) fresh ones', () => {
    const existing = 'k00000000000000ab';
    const rows = interpretRows([['S1', '', '', '', '', existing], ['S2', '', '', '', '', existing], ['S3', '', '', '', '', '']], options());
    expect(rows[0]?.key).toBe(existing);
    expect(rows[0]?.keyIsNew).toBe(false);
    expect(rows[1]?.key).not.toBe(existing);
    expect(rows[1]?.keyIsNew).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });
});

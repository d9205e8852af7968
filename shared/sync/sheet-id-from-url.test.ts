import { describe, expect, it } from 'vitest';
import { sheetIdFromUrl } from './sheet-id-from-url.ts';

describe('sheetIdFromUrl', () => {
  it('takes the id from a sheet address as copied from the browser bar, or a bare id', () => {
    expect(sheetIdFromUrl(' https://docs.google.com/spreadsheets/d/1AbC_dEf-123456789012345/edit#gid=0 ')).toEqual({ ok: true, value: '1AbC_dEf-123456789012345' });
    expect(sheetIdFromUrl('https://docs.google.com/spreadsheets/u/1/d/1AbC_dEf-123456789012345/')).toEqual({ ok: true, value: '1AbC_dEf-123456789012345' });
    expect(sheetIdFromUrl('1AbC_dEf-123456789012345')).toEqual({ ok: true, value: '1AbC_dEf-123456789012345' });
  });

  it('says what to paste when given something else', () => {
    const r = sheetIdFromUrl('https://docs.google.com/document/d/abc/edit');
    expect(r.ok ? '' : r.error.code).toBe('not-a-sheet-address');
    expect(r.ok ? '' : r.error.message).toMatch(/copy the address from the browser bar/);
  });
});

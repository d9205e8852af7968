import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTECTED_MESSAGE, createGasEnvironment } from '../harness.ts';
import { formatSimpleDate } from './format-date.ts';

const OWNER = 'owner@school.example';
const AIDE = 'aide@school.example';

function setup(options: Parameters<typeof createGasEnvironment>[0] = {}) {
  const env = createGasEnvironment({ user: OWNER, editors: [AIDE], sheets: ['Tracker', 'Audit'], ...options });
  const g = env.services({ tracked: true });
  const ss = g.SpreadsheetApp.getActive();
  return { env, g, ss, sheet: ss.getSheetByName('Tracker')! };
}

describe('Range values', () => {
  it('reads blanks as empty strings, numbers, booleans, text and dates as Date', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 2, 4).setValues([
      ['Ana', 45, true, new Date(Date.UTC(2025, 2, 9, 5))],
      [null, '', 'FALSE', '3/9/2025'],
    ]);
    const v = sheet.getRange('A1:D2').getValues();
    expect(v[0]!.slice(0, 3)).toEqual(['Ana', 45, true]);
    expect(v[0]![3]).toBeInstanceOf(Date);
    expect(v[1]!.slice(0, 3)).toEqual(['', '', false]);
    expect(v[1]![3]).toBeInstanceOf(Date);
    expect(sheet.getRange('D2').getDisplayValue()).toBe('3/9/2025');
  });

  it('throws the real message when the data rows do not match the range', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a', 'b', 'c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('keeps a typed yyyy-MM-dd on its calendar day in the spreadsheet time zone (2025-03-09, Los Angeles)', () => {
    const { sheet, g } = setup({ timeZone: 'America/Los_Angeles', scriptTimeZone: 'Europe/Berlin' });
    sheet.getRange('A1').setValue('2025-03-09');
    const d = sheet.getRange('A1').getValue() as Date;
    expect(d.toISOString()).toBe('2025-03-09T08:00:00.000Z');
    expect(g.Utilities.formatDate(d, 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2025-03-09');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-03-09');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd');
  });

  it('any typed ISO date reads back as midnight of that day in any spreadsheet time zone', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'Pacific/Honolulu', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Kiritimati'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...zones), (date, zone) => {
        const iso = date.toISOString().slice(0, 10);
        const { sheet } = setup({ timeZone: zone });
        sheet.getRange('B2').setValue(iso);
        const back = sheet.getRange('B2').getValue() as Date;
        expect(formatSimpleDate(back.getTime(), zone, 'yyyy-MM-dd HH:mm')).toBe(`${iso} 00:00`);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps text in plain-text (@) cells and never parses it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A1:A2').setValues([['2025-03-09'], ['007']]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['2025-03-09'], ['007']]);
  });

  it('leaves impossible dates and words as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['next week'], ['13/45/2025'], ['2/30/2025'], ["'2025-03-09"]]);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['next week'], ['13/45/2025'], ['2/30/2025'], ['2025-03-09']]);
  });

  it('stores a serial number as a number unless the cell has a date format', () => {
    const { sheet } = setup({ timeZone: 'UTC' });
    sheet.getRange('A1:B1').setValues([[45678, 7]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[45678, 7]]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-01-21T00:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-01-21');
  });

  it('writes a Date as a date cell in the spreadsheet zone, shown M/d/yyyy', () => {
    const { sheet } = setup({ timeZone: 'America/Chicago' });
    sheet.getRange('A1').setValue(new Date('2026-09-01T05:00:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('9/1/2026');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
  });

  it('moves the instant but not the day when the spreadsheet time zone changes', () => {
    const { sheet, ss } = setup({ timeZone: 'America/New_York' });
    sheet.getRange('A1').setValue('2025-11-02');
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-11-01T15:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-11-02');
  });

  it('formats numbers for display', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[1234.5, 0.25, 3, 1234.5]]);
    sheet.getRange('A1:D1').setNumberFormats([['#,##0.00', '0%', '0.00', '$#,##0']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1,234.50', '25%', '3.00', '$1,235']]);
  });

  it('getLastRow ignores cells that are only formatted', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([['Student', 'Due'], ['Ana', '2025-03-09']]);
    sheet.getRange('A10:B10').setBackground('#fff2cc');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(sheet.getRange('A10').getBackground()).toBe('#fff2cc');
  });

  it('appendRow writes after the last row with content', () => {
    const { sheet } = setup();
    sheet.appendRow(['Student', 'Due']);
    sheet.appendRow(['Ana', '2025-03-09']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('A2').getValue()).toBe('Ana');
  });

  it('rejects ranges outside the sheet with the real messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('fails loudly on members nobody faked', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').getRichTextValue()).toThrow('Fake: Range.getRichTextValue is not implemented');
  });
});

describe('Cell colours', () => {
  it('sets background and font colours cell by cell in one call each; null resets to the default', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 1);
    range.setBackgrounds([['#F4C7C3'], [null]]);
    range.setFontColors([['#7A1010'], [null]]);
    expect(range.getBackgrounds()).toEqual([['#f4c7c3'], ['#ffffff']]);
    expect(range.getFontColors()).toEqual([['#7a1010'], ['#000000']]);
    range.setFontColors([[null], ['#1F1F1F']]);
    expect(range.getFontColors()).toEqual([['#000000'], ['#1f1f1f']]);
    expect(() => range.setFontColors([['#000000']])).toThrow(/number of rows/);
  });
});

describe('Sheet structure', () => {
  it('insertRowsAfter and deleteRow shift values, merges and protections', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['a'], ['b']]);
    sheet.getRange('B3:C3').merge();
    const p = sheet.getRange('A3').protect();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], [''], [''], ['a'], ['b']]);
    expect(sheet.getRange('B5:C5').isPartOfMerge()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe('A5');
    sheet.deleteRow(4);
    expect(sheet.getRange('A4').getValue()).toBe('b');
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it('hides columns, freezes rows and remembers widths', () => {
    const { sheet } = setup();
    sheet.hideColumns(8, 2);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 220);
    expect([sheet.isColumnHiddenByUser(8), sheet.isColumnHiddenByUser(9), sheet.isColumnHiddenByUser(10)]).toEqual([true, true, false]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([220, 100]);
  });
});

describe('Sorting', () => {
  it('sorts rows like Sheets: numbers and dates, then text (case-insensitive), then booleans, blanks last', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B6').setValues([['Student', 'Due'], ['Ana', '2025-05-01'], ['Ben', ''], ['cy', 'later'], ['Dee', '2025-01-15'], ['Eve', 'Soon']]);
    sheet.getRange('B2').setBackground('#fff2cc');
    sheet.setFrozenRows(1);
    sheet.sort(2);
    expect(sheet.getRange('A2:A6').getValues().flat()).toEqual(['Dee', 'Ana', 'cy', 'Eve', 'Ben']);
    expect(sheet.getRange('B3').getBackground()).toBe('#fff2cc');
    sheet.getRange('A2:B6').sort({ column: 1, ascending: false });
    expect(sheet.getRange('A2:A6').getValues().flat()).toEqual(['Eve', 'Dee', 'cy', 'Ben', 'Ana']);
  });
});

describe('Merged cells', () => {
  it('keeps only the top-left value and reports the merge', () => {
    const { sheet } = setup();
    sheet.getRange('A2:B3').setValues([['Ana', 'x'], ['Ben', 'y']]);
    sheet.getRange('A2:A3').merge();
    expect(sheet.getRange('A2:A3').getValues()).toEqual([['Ana'], ['']]);
    expect(sheet.getRange('A1:B5').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A2:A3']);
    expect(sheet.getRange('A3').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(false);
  });

  it('refuses to break apart part of a merge', () => {
    const { sheet } = setup();
    sheet.getRange('A2:A4').merge();
    expect(() => sheet.getRange('A3').breakApart()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:A5').breakApart();
    expect(sheet.getRange('A3').isPartOfMerge()).toBe(false);
  });
});

describe('Protection', () => {
  function protectedKeyColumn() {
    const s = setup();
    s.sheet.getRange('A1:B2').setValues([['Key', 'Student'], ['k1', 'Ana']]);
    const p = s.sheet.getRange('A:A').protect().setDescription('Row keys');
    p.removeEditors(p.getEditors());
    return { ...s, p };
  }

  it('blocks a user without rights with the real message and writes nothing', () => {
    const { env } = protectedKeyColumn();
    const aide = env.services({ user: AIDE }).SpreadsheetApp.getActive().getSheetByName('Tracker')!;
    expect(() => aide.getRange('A2:B2').setValues([['k9', 'Zed']])).toThrow(PROTECTED_MESSAGE);
    expect(env.getValues('Tracker', 'A2:B2')).toEqual([['k1', 'Ana']]);
    aide.getRange('B2').setValue('Ana M.');
    expect(env.getValues('Tracker', 'B2')).toEqual([['Ana M.']]);
  });

  it('lets the owner and added editors write; warning-only does not block scripts', () => {
    const { env, p } = protectedKeyColumn();
    expect(p.canEdit()).toBe(true);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    const aide = env.services({ user: AIDE });
    expect(aide.SpreadsheetApp.getActive().getProtections(aide.SpreadsheetApp.ProtectionType.RANGE)[0]!.canEdit()).toBe(false);
    p.addEditor(AIDE);
    aide.SpreadsheetApp.getActive().getSheetByName('Tracker')!.getRange('A3').setValue('k2');
    p.removeEditor(AIDE).setWarningOnly(true);
    aide.SpreadsheetApp.getActive().getSheetByName('Tracker')!.getRange('A4').setValue('k3');
    expect(env.getValues('Tracker', 'A3:A4')).toEqual([['k2'], ['k3']]);
  });

  it('a sheet protection with an unprotected range allows edits only there', () => {
    const { env, ss } = setup();
    const audit = ss.getSheetByName('Audit')!;
    const p = audit.protect();
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([audit.getRange('C1:C10')]);
    const aideAudit = env.services({ user: AIDE }).SpreadsheetApp.getActive().getSheetByName('Audit')!;
    expect(() => aideAudit.getRange('A1').setValue('x')).toThrow(PROTECTED_MESSAGE);
    expect(() => aideAudit.deleteRow(2)).toThrow(PROTECTED_MESSAGE);
    aideAudit.getRange('C2').setValue('note');
    expect(audit.getProtections(env.services().SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('a whole-column protection also covers rows added later', () => {
    const { env, sheet } = protectedKeyColumn();
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    sheet.appendRow(['k2', 'Ben']);
    const aide = env.services({ user: AIDE }).SpreadsheetApp.getActive().getSheetByName('Tracker')!;
    expect(() => aide.getRange(sheet.getMaxRows(), 1).setValue('x')).toThrow(PROTECTED_MESSAGE);
  });

  it('users who are not editors of the spreadsheet cannot write at all', () => {
    const env = createGasEnvironment({ user: OWNER, viewers: ['parent@home.example'] });
    const viewer = env.services({ user: 'parent@home.example' }).SpreadsheetApp.getActive().getSheets()[0]!;
    expect(viewer.getRange('A1').getValue()).toBe('');
    expect(() => viewer.getRange('A1').setValue('x')).toThrow('You do not have permission to access the requested document.');
  });
});

describe('Data validation and conditional formats', () => {
  it('rejects invalid input when the rule does not allow it', () => {
    const { sheet, g } = setup();
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['Annual review', 'Reevaluation'], true).setAllowInvalid(false).setHelpText('Pick a meeting type').build();
    sheet.getRange('C2:C5').setDataValidation(rule);
    sheet.getRange('C2').setValue('Annual review');
    expect(() => sheet.getRange('C3').setValue('Lunch')).toThrow('The data you entered in cell C3 violates the data validation rules set on this cell.');
    const back = sheet.getRange('C4').getDataValidation()!;
    expect(String(back.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(back.getCriteriaValues()).toEqual([['Annual review', 'Reevaluation'], true]);
    expect(back.getHelpText()).toBe('Pick a meeting type');
    expect(sheet.getRange('C6').getDataValidation()).toBeNull();
  });

  it('date rules accept date cells only; allowInvalid rules only warn', () => {
    const { sheet, g } = setup({ timeZone: 'America/Los_Angeles' });
    sheet.getRange('B2:B3').setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet.getRange('B2').setValue('2025-03-09');
    expect(() => sheet.getRange('B3').setValue('soon')).toThrow(/violates the data validation rules/);
    sheet.getRange('B4').setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate().build());
    sheet.getRange('B4').setValue('soon');
    expect(sheet.getRange('B4').getValue()).toBe('soon');
  });

  it('stores conditional format rules with their ranges', () => {
    const { sheet, g } = setup();
    const rule = g.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$E2<TODAY()').setBackground('#f4cccc').setRanges([sheet.getRange('A2:F200')]).build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    expect(back!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:F200']);
    expect(back!.getBooleanCondition()!.getBackground()).toBe('#f4cccc');
    expect(back!.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$E2<TODAY()']);
  });
});

describe('Filters', () => {
  it('hides the rows that fail a column criterion and can be removed', () => {
    const { sheet, g } = setup();
    sheet.getRange('A1:B4').setValues([['Student', 'Case manager'], ['Ana', 'cm@school.example'], ['Ben', 'other@school.example'], ['Cy', 'CM@school.example']]);
    expect(sheet.getFilter()).toBeNull();
    const filter = sheet.getRange('A1:B4').createFilter();
    filter.setColumnFilterCriteria(2, g.SpreadsheetApp.newFilterCriteria().whenTextEqualTo('cm@school.example').build());
    expect([1, 2, 3, 4].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([false, false, true, false]);
    expect(() => sheet.getRange('A1:B4').createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    expect(String(sheet.getFilter()!.getColumnFilterCriteria(2)!.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    sheet.getFilter()!.remove();
    expect(sheet.isRowHiddenByFilter(3)).toBe(false);
  });
});

describe('Spreadsheet', () => {
  it('finds sheets case-insensitively, inserts and refuses duplicates', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('tracker')!.getName()).toBe('Tracker');
    ss.insertSheet('Problems');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Tracker', 'Audit', 'Problems']);
    expect(() => ss.insertSheet('problems')).toThrow('A sheet with the name "problems" already exists. Please enter another name.');
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  it('records toasts and resolves named ranges', () => {
    const { ss, sheet, env } = setup();
    ss.toast('Sync finished', 'Casekeeper', 5);
    expect(env.ui.toasts).toEqual([{ message: 'Sync finished', title: 'Casekeeper', timeoutSeconds: 5 }]);
    ss.setNamedRange('StudentKeys', sheet.getRange('A2:A50'));
    expect(ss.getRangeByName('StudentKeys')!.getA1Notation()).toBe('A2:A50');
    expect(ss.getRangeByName('Missing')).toBeNull();
  });
});

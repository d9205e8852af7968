import { describe, expect, it } from 'vitest';
import { TAB_LAYOUTS } from '../../apps-script/sheets/tab-layouts.ts';
import { findTableColumn, findTableTab, type TableColumn, type TableName, type TableSpec } from '../../shared/index.ts';
import { addOnSheet } from './add-on-sheet.ts';

/**
 * The side panel sees a sheet through the Sheets API's values only, without the header notes that mark
 * the add-on's computed columns; so no computed column may read as a table column, or the panel would
 * write into it.
 */
describe('the add-on\'s tabs as the side panel reads them', () => {
  it('no computed column (Status, Days left, Casekeeper notes …) is taken for a column the panel writes', () => {
    const clashes = TAB_LAYOUTS.flatMap((l) => l.computed.filter((c) => findTableColumn(l.spec.columns as readonly TableColumn[], c.header)).map((c) => `${l.spec.tab}: ${c.header}`));
    expect(clashes).toEqual([]);
  });

  it('every tab the add-on sets up is found, with every table column in place', () => {
    const tabs = new Map(Object.entries(addOnSheet()));
    for (const layout of TAB_LAYOUTS) {
      const found = findTableTab(layout.spec as TableSpec<TableName>, tabs);
      expect(found.ok && found.value.keys.length, layout.spec.tab).toBe(layout.spec.columns.length);
    }
  });
});

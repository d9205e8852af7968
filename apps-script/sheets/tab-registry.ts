import { CASELOAD_TABLES } from '../../shared/index.ts';
import type { GasServices } from './gas-services.ts';
import { TAB } from './tracker-layout.ts';

/** The default name of every tab Casekeeper makes, by key: its own tabs, then one per caseload table. */
export const DEFAULT_TAB_NAMES: Readonly<Record<string, string>> = {
  caseload: TAB.caseload,
  settings: TAB.settings,
  schoolCalendar: TAB.schoolCalendar,
  audit: TAB.audit,
  progress: TAB.progress,
  team: TAB.team,
  ...Object.fromEntries(CASELOAD_TABLES.filter((t) => t.name !== 'students').map((t) => [t.name, t.tab])),
};

/**
 * Casekeeper's tab of a key in this spreadsheet (its recorded name, else the default), or null.
 *
 * @example findTab(gas, spreadsheet, 'audit')?.getName() // 'Audit'
 */
export function findTab(gas: GasServices, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return tabRegistry(gas).find(spreadsheet, key, DEFAULT_TAB_NAMES[key] ?? key);
}

/** Document property holding the name of each tab Casekeeper made or adopted (by tab key). */
export const TABS_PROPERTY = 'casekeeper.tabs';

/**
 * The tabs Casekeeper made or adopted in this spreadsheet, by key (`caseload`, `settings`, `sessions`, …):
 * kept in the document's properties, so a user's own tab that happens to share a name (an "Audit" tab of
 * their own) is never mistaken for Casekeeper's. A key with no entry means the default name.
 *
 * @example tabRegistry(gas).name('audit', 'Audit') // 'Audit (Casekeeper)' when the user already had an "Audit" tab
 */
export function tabRegistry(gas: GasServices): {
  name(key: string, defaultName: string): string;
  /** Whether set-up recorded this tab as Casekeeper's. */
  known(key: string): boolean;
  remember(key: string, name: string): void;
  find(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string, defaultName: string): GoogleAppsScript.Spreadsheet.Sheet | null;
} {
  const props = gas.PropertiesService.getDocumentProperties();
  let names: Record<string, string>;
  try {
    const parsed: unknown = JSON.parse(props.getProperty(TABS_PROPERTY) ?? '{}');
    names = parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    names = {};
  }
  const name = (key: string, defaultName: string) => (typeof names[key] === 'string' ? (names[key] as string) : defaultName);
  return {
    name,
    known: (key) => typeof names[key] === 'string',
    remember(key, tabName) {
      if (names[key] === tabName) return;
      names = { ...names, [key]: tabName };
      props.setProperty(TABS_PROPERTY, JSON.stringify(names));
    },
    find: (spreadsheet, key, defaultName) => spreadsheet.getSheetByName(name(key, defaultName)),
  };
}

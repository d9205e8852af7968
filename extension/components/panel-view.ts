import type { ComponentType } from 'react';
import type { Caseload, IsoDate, Settings, TableName, TableRecord } from '../../shared/index.ts';
import type { BackgroundRequest } from '../messaging/messages.ts';
import type { AuditEntry, DamagedCounts, StoredProblem, TaughtSites } from '../storage/db.ts';
import type { RowCounts } from '../storage/table-rows.ts';
import type { NextDeadlineCache } from './caseload-rows.ts';
import type { LockState } from './LockView.tsx';
import type { KnownSystem } from './SiteAccess.tsx';

/**
 * What every view of the side panel receives (the contract of the view registry, panel-views.ts). A view
 * reads the caseload from `caseload` (every table, kept live as storage changes) and writes through
 * `writeRows` / `deleteRows` (by table name, checked with the table's schema, history kept); it never
 * opens storage itself.
 */
export interface PanelViewProps {
  /** Every table of the caseload. The students come first; the other tables follow (`tablesLoaded`). */
  caseload: Caseload;
  /** Whether the tables other than students have been read (they are empty until then). */
  tablesLoaded: boolean;
  /** Records that could not be read, per table (kept in storage, counted, never silently dropped). */
  damaged: DamagedCounts;
  settings: Settings;
  /** Today's date where the teacher is. */
  today: IsoDate;
  /** The last import's problems, each with the student its row names when it names one. */
  importProblems: readonly StoredProblem[];
  /** Adds rows to a table, or replaces rows with the same id (the earlier version is kept in history). */
  writeRows<T extends TableName>(table: T, rows: readonly TableRecord<T>[]): Promise<RowCounts>;
  /** Deletes rows of a table by id (each deleted row is kept in history). */
  deleteRows(table: TableName, ids: readonly string[]): Promise<{ deleted: number }>;
  /** Asks the background worker anything else; a "locked" answer brings the unlock screen. */
  request<T>(message: BackgroundRequest): Promise<T>;
  /** Switches the panel to another view, by id. */
  openView(id: string): void;
  /** What the built-in views need besides the caseload (sites, the lock, the activity log, caches). */
  panel: {
    knownSystems: readonly KnownSystem[];
    taught: TaughtSites;
    audit: readonly AuditEntry[];
    lock: LockState;
    onLockChange(): void;
    lockNow(): Promise<void>;
    allowedSites: readonly string[];
    allow(origins: string[]): Promise<void>;
    revoke(origin: string): Promise<void>;
    cache: NextDeadlineCache | undefined;
    onCache(cache: NextDeadlineCache): void;
    version: string;
  };
}

/**
 * One view of the side panel: its id (used in the address, `?tab=<id>`), the label on its tab, the
 * component drawn (any React component taking {@link PanelViewProps}, or a `lazy` one), and an optional
 * count shown after the label ("Caseload (42)").
 */
export interface PanelView {
  id: string;
  label: string;
  component: ComponentType<PanelViewProps>;
  count?(props: Pick<PanelViewProps, 'caseload' | 'importProblems' | 'today'>): number | undefined;
}

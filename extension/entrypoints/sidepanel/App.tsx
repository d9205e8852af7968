import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { caseloadOf, defaultSettings, tableSpec, todayIn, type TableName } from '../../../shared/index.ts';
import { DamagedRecords } from '../../components/DamagedRecords.tsx';
import { UnlockScreen, type LockState } from '../../components/LockView.tsx';
import { useIdleLock } from '../../components/use-idle-lock.ts';
import type { PanelViewProps } from '../../components/panel-view.ts';
import { PANEL_VIEWS } from '../../components/panel-views.ts';
import { TabBar } from '../../components/TabBar.tsx';
import type { KnownSystem } from '../../components/SiteAccess.tsx';
import { type EarlyChanges, useStored } from '../../components/use-stored.ts';
import { caseloadCompliance } from '../../components/caseload-compliance.ts';
import { ask } from '../../lib/panel-client.ts';
import { allowedSitePatterns } from '../../lib/site-access.ts';
import {
  CHILD_TABLES,
  LOCKED,
  readAudit,
  readCaseloadChecked,
  readChildTablesChecked,
  readDerived,
  readImportReport,
  readSettings,
  readTaught,
  watchChanges,
  writeDerived,
  type DamagedCounts,
} from '../../storage/db.ts';
import type { NextDeadlineCache } from '../../components/caseload-rows.ts';

const NEXT_DEADLINES_KEY = 'next-deadlines';
const TABLES_READ_MARK = 'casekeeper:tables-read';
/** The extension's version (part of the remembered deadlines' key); empty where there is no manifest (tests). */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}
const rememberNextDeadlines = (cache: NextDeadlineCache) => void writeDerived(NEXT_DEADLINES_KEY, cache);
const NO_CHILD_TABLES = (() => {
  const { students: _s, ...rest } = caseloadOf();
  return rest;
})();

/** Reads started as the panel's script loads, before React's first render (they run while it renders). */
export interface EarlyReads {
  caseload: ReturnType<typeof readCaseloadChecked>;
  settings: ReturnType<typeof readSettings>;
  derived: Promise<NextDeadlineCache | undefined>;
  /** Changes after these reads began (the tabs then read again instead). */
  changes: EarlyChanges;
}

export function startEarlyReads(): EarlyReads {
  const quiet = <T,>(p: Promise<T>) => {
    p.catch(() => undefined); // reported by the hook that uses it
    return p;
  };
  // The tabs mount only after the worker says whether the lock is on; a change before then outdates these.
  let stale = false;
  const listeners = new Set<() => void>();
  watchChanges(['students', 'settings', 'derived'], () => {
    stale = true;
    for (const listener of listeners) listener();
  });
  return {
    changes: {
      stale: () => stale,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    caseload: quiet(readCaseloadChecked()),
    settings: quiet(readSettings()),
    derived: quiet(readDerived(NEXT_DEADLINES_KEY) as Promise<NextDeadlineCache | undefined>),
  };
}

/** The passphrase lock's status from the worker, asked again when data changes or the panel comes back into view. */
function useLockState(): { lock: LockState | null; refresh: () => void } {
  const [lock, setLock] = useState<LockState | null>(null);
  const refresh = useCallback(() => {
    ask<LockState>({ type: 'lock.status' }).then(setLock, () => setLock((l) => l ?? { enabled: false, unlocked: true, idleMinutes: 15 }));
  }, []);
  useEffect(() => {
    refresh();
    const unwatch = watchChanges(['students', 'settings', 'taught'], refresh);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      unwatch();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);
  return { lock, refresh };
}

/**
 * The side panel. While the passphrase lock is on and locked it shows only the unlock screen (no caseload,
 * no student, no export); otherwise one tab per view of the registry (components/panel-views.ts) over the
 * same stored data, which stays live as it changes.
 */
export function App({ knownSystems, initialTab, early }: { knownSystems: readonly KnownSystem[]; initialTab?: string; early?: EarlyReads }) {
  const { lock, refresh } = useLockState();
  // Reads started before the first status answer are used only if the panel opened unlocked.
  const opens = useRef(0);
  const openedLocked = useRef<boolean | null>(null);

  const [openCount, setOpenCount] = useState(0);
  const locked = lock !== null && lock.enabled && !lock.unlocked;
  useEffect(() => {
    if (lock && openedLocked.current === null) openedLocked.current = locked;
    if (lock && !locked) {
      opens.current += 1;
      setOpenCount(opens.current);
    }
  }, [locked, lock === null]);
  useIdleLock(lock !== null && lock.enabled && lock.unlocked, refresh);
  if (lock === null) return <p role="status">Loading…</p>;
  if (locked) {
    return (
      <div className="app">
        <header>
          <h1>Casekeeper</h1>
        </header>
        <main>
          <UnlockScreen
            onUnlock={async (passphrase) => {
              await ask({ type: 'lock.unlock', passphrase });
              refresh();
            }}
            onWipe={() => ask<{ students: number }>({ type: 'data.delete-all', confirm: 'DELETE' })}
          />
        </main>
      </div>
    );
  }
  if (openCount === 0) return <p role="status">Loading…</p>;
  return <Panel key={openCount} knownSystems={knownSystems} initialTab={initialTab} early={openCount === 1 && openedLocked.current === false ? early : undefined} lock={lock} onLockChange={refresh} />;
}

function Panel({
  knownSystems,
  initialTab = PANEL_VIEWS[0]?.id ?? 'student',
  early,
  lock,
  onLockChange,
}: {
  knownSystems: readonly KnownSystem[];
  initialTab?: string;
  early?: EarlyReads;
  lock: LockState;
  onLockChange: () => void;
}) {
  const [tab, setTab] = useState<string>(PANEL_VIEWS.some((v) => v.id === initialTab) ? initialTab : (PANEL_VIEWS[0]?.id ?? 'student'));
  const checked = useStored(['students'], readCaseloadChecked, { students: [], damaged: 0 }, early?.caseload, early?.changes);
  const report = useStored(['reports'], readImportReport, null);
  const settings = useStored(['settings'], readSettings, defaultSettings, early?.settings, early?.changes);
  const taught = useStored(['taught'], readTaught, {});
  const audit = useStored(['audit'], readAudit, []);
  const derived = useStored(['derived'], () => readDerived(NEXT_DEADLINES_KEY) as Promise<NextDeadlineCache | undefined>, undefined, early?.derived, early?.changes);
  // The other tables are read once the students are drawn (a year of sessions is far more to read and
  // check than the students): the caseload draws first, their rows join when read.
  const [drawn] = useState(() => {
    let resolve = () => undefined as void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });
  const viewShown = checked.loaded && settings.loaded && derived.loaded;
  useEffect(() => {
    if (!viewShown) return;
    // After the frame that draws the view (its own effects, such as the caseload's first-render mark, ran first).
    requestAnimationFrame(() => setTimeout(drawn.resolve, 0));
    setTimeout(drawn.resolve, 250); // a hidden page draws no frames: read anyway
  }, [viewShown, drawn]);
  const children = useStored(CHILD_TABLES, () => drawn.promise.then(readChildTablesChecked), { tables: NO_CHILD_TABLES, damaged: {} });
  // A local performance mark (read by bench/extension.ts): every table has been read.
  useEffect(() => {
    if (children.loaded && performance.getEntriesByName(TABLES_READ_MARK).length === 0) performance.mark(TABLES_READ_MARK);
  }, [children.loaded]);
  const [allowed, setAllowed] = useState<string[]>([]);
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  // A read refused because the lock closed (idle time, another panel's "Lock now"): show the unlock screen.
  const lockedOut = [checked.error, taught.error, children.error].includes(LOCKED);
  useEffect(() => {
    if (lockedOut) onLockChange();
  }, [lockedOut, onLockChange]);
  /** Asks the worker; a "Casekeeper is locked" answer also brings the unlock screen. */
  const request = async <T,>(message: Parameters<typeof ask>[0]): Promise<T> => {
    try {
      return await ask<T>(message);
    } catch (e) {
      if (e instanceof Error && e.message === LOCKED) onLockChange();
      throw e;
    }
  };
  const lockNow = async () => {
    await ask({ type: 'lock.lock' });
    onLockChange();
  };

  useEffect(() => {
    const refresh = () => void allowedSitePatterns().then(setAllowed);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const allow = async (origins: string[]) => {
    const granted = await browser.permissions.request({ origins });
    if (!granted) throw new Error('Access was not given.');
    await ask({ type: 'sites.sync' });
  };
  const revoke = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    await ask({ type: 'sites.sync' });
  };

  const openView = (id: string) => {
    if (!PANEL_VIEWS.some((v) => v.id === id)) return;
    setTab(id);
    document.getElementById(`tab-${id}`)?.focus();
  };
  const damaged: DamagedCounts = { ...children.value.damaged, ...(checked.value.damaged > 0 ? { students: checked.value.damaged } : {}) };
  const caseload = { students: checked.value.students, ...children.value.tables };
  // Service minutes, worked out once when the tables are read, for the views that show them (Today,
  // Services): after the frame that shows the tables, never inside the render (a view that needs them
  // first works them out itself, through the same memo).
  const tablesReady = children.loaded && !children.error;
  const services = children.value.tables.services;
  const sessions = children.value.tables.sessions;
  useEffect(() => {
    if (!tablesReady) return;
    const timer = setTimeout(() => caseloadCompliance({ ...caseloadOf(), services, sessions }, settings.value, today), 0);
    return () => clearTimeout(timer);
  }, [tablesReady, services, sessions, settings.value, today]);
  const importProblems = report.value?.problems ?? [];
  const props: PanelViewProps = {
    caseload,
    tablesLoaded: children.loaded,
    damaged,
    settings: settings.value,
    today,
    importProblems,
    writeRows: (table, rows) => request({ type: 'rows.write', table, rows: [...rows] }),
    deleteRows: (table, ids) => request({ type: 'rows.delete', table, ids: [...ids] }),
    request,
    openView,
    panel: {
      knownSystems,
      taught: taught.value,
      audit: audit.value,
      lock,
      onLockChange,
      lockNow,
      allowedSites: allowed,
      allow,
      revoke,
      cache: derived.value,
      onCache: rememberNextDeadlines,
      version: extensionVersion(),
    },
  };
  const view = PANEL_VIEWS.find((v) => v.id === tab) ?? PANEL_VIEWS[0];
  const View = view?.component;
  const damagedTotal = Object.values(damaged).reduce((a, b) => a + b, 0);

  return (
    <div className="app">
      <header>
        <h1>Casekeeper</h1>
        {lock.enabled ? (
          <button type="button" className="lock-now" onClick={() => void lockNow()}>
            Lock now
          </button>
        ) : null}
        <TabBar
          tabs={PANEL_VIEWS.map((t) => {
            const count = checked.loaded ? t.count?.({ caseload, importProblems, today }) : undefined;
            return { id: t.id, label: count !== undefined ? `${t.label} (${count})` : t.label };
          })}
          selected={tab}
          onSelect={setTab}
        />
      </header>
      {checked.error ? (
        <p role="alert" className="error">
          {checked.error}
        </p>
      ) : null}
      {damagedTotal > 0 ? (
        <p role="alert" className="error">
          {damagedTotal} saved {damagedTotal === 1 ? 'record' : 'records'} could not be read and {damagedTotal === 1 ? 'is' : 'are'} not shown (
          {(Object.entries(damaged) as [TableName, number][]).map(([t, n]) => `${tableSpec(t).label}: ${n}`).join(', ')}). They are kept as they are.
        </p>
      ) : null}
      <DamagedRecords damagedCount={damagedTotal} caseloadRead={checked.value} settingsRead={settings.value} onRemove={(r) => request({ type: 'damaged.remove', store: r.store, key: r.key })} />
      <main>
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            {!checked.loaded || !settings.loaded || !derived.loaded || !View ? <p role="status">Loading…</p> : <View {...props} />}
          </Suspense>
        </div>
      </main>
    </div>
  );
}

import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { defaultSettings } from '../../../shared/index.ts';
import { CaseloadView } from '../../components/CaseloadView.tsx';
import { DamagedRecords } from '../../components/DamagedRecords.tsx';
import { LockBeforeImport, LockSettings, UnlockScreen, type LockState } from '../../components/LockView.tsx';
import type { KnownSystem } from '../../components/SiteAccess.tsx';
import { StudentView } from '../../components/StudentView.tsx';
import { type EarlyChanges, useStored } from '../../components/use-stored.ts';
import { useIdleLock } from '../../components/use-idle-lock.ts';
import { ask } from '../../lib/panel-client.ts';
import { allowedSitePatterns } from '../../lib/site-access.ts';
import { todayIso } from '../../lib/today.ts';
import { LOCKED, readAudit, readCaseloadChecked, readDerived, readSettings, readTaught, watchChanges, writeDerived } from '../../storage/db.ts';
import type { NextDeadlineCache } from '../../components/caseload-rows.ts';

// Loaded when first opened: they carry the CSV and iCalendar parsers the other tabs do not need.
const SettingsView = lazy(() => import('../../components/SettingsView.tsx').then((m) => ({ default: m.SettingsView })));
const DataView = lazy(() => import('../../components/DataView.tsx').then((m) => ({ default: m.DataView })));

const TABS = [
  { id: 'student', label: 'This student' },
  { id: 'caseload', label: 'Caseload' },
  { id: 'settings', label: 'Settings' },
  { id: 'data', label: 'Data' },
] as const;
type TabId = (typeof TABS)[number]['id'];
const NEXT_DEADLINES_KEY = 'next-deadlines';
const VERSION = browser.runtime.getManifest().version;
const rememberNextDeadlines = (cache: NextDeadlineCache) => void writeDerived(NEXT_DEADLINES_KEY, cache);

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
 * no student, no export); otherwise four tabs over the same stored data, which stays live as it changes.
 */
export function App({ knownSystems, initialTab = 'student', early }: { knownSystems: readonly KnownSystem[]; initialTab?: TabId; early?: EarlyReads }) {
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
  initialTab = 'student',
  early,
  lock,
  onLockChange,
}: {
  knownSystems: readonly KnownSystem[];
  initialTab?: TabId;
  early?: EarlyReads;
  lock: LockState;
  onLockChange: () => void;
}) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const checked = useStored(['students'], readCaseloadChecked, { students: [], damaged: 0 }, early?.caseload, early?.changes);
  const caseload = { ...checked, value: checked.value.students };
  const settings = useStored(['settings'], readSettings, defaultSettings, early?.settings, early?.changes);
  const taught = useStored(['taught'], readTaught, {});
  const audit = useStored(['audit'], readAudit, []);
  const derived = useStored(['derived'], () => readDerived(NEXT_DEADLINES_KEY) as Promise<NextDeadlineCache | undefined>, undefined, early?.derived, early?.changes);
  const [allowed, setAllowed] = useState<string[]>([]);
  const today = todayIso();
  // A read refused because the lock closed (idle time, another panel's "Lock now"): show the unlock screen.
  const lockedOut = [checked.error, taught.error].includes(LOCKED);
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

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = TABS[next]?.id ?? 'student';
    setTab(id);
    document.getElementById(`tab-${id}`)?.focus();
  };

  return (
    <div className="app">
      <header>
        <h1>Casekeeper</h1>
        {lock.enabled ? (
          <button type="button" className="lock-now" onClick={() => void lockNow()}>
            Lock now
          </button>
        ) : null}
        <div role="tablist" aria-label="Sections" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              role="tab"
              type="button"
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'caseload' && caseload.loaded ? ` (${caseload.value.length})` : ''}
            </button>
          ))}
        </div>
      </header>
      {caseload.error ? (
        <p role="alert" className="error">
          {caseload.error}
        </p>
      ) : null}
      <DamagedRecords damagedCount={checked.value.damaged} caseloadRead={checked.value} settingsRead={settings.value} onRemove={(r) => request({ type: 'damaged.remove', store: r.store, key: r.key })} />
      <main>
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <Suspense fallback={<p role="status">Loading…</p>}>
        {!caseload.loaded || !settings.loaded || !derived.loaded ? (
          <p role="status">Loading…</p>
        ) : tab === 'student' ? (
          <StudentView knownSystems={knownSystems} caseload={caseload.value} settings={settings.value} taught={taught.value} today={today} />
        ) : tab === 'caseload' ? (
          <CaseloadView
            students={caseload.value}
            settings={settings.value}
            today={today}
            cache={derived.value}
            version={VERSION}
            onCache={rememberNextDeadlines}
            onRemove={async (studentId) => {
              await request({ type: 'caseload.remove', studentId });
            }}
          />
        ) : tab === 'settings' ? (
          <SettingsView
            settings={settings.value}
            onSave={async (s) => {
              await request({ type: 'settings.save', settings: s });
            }}
            allowedSites={allowed}
            knownSystems={knownSystems}
            onAllow={allow}
            onRevoke={revoke}
          />
        ) : (
          <>
            {caseload.value.length === 0 && !lock.enabled ? <LockBeforeImport /> : null}
            <DataView
              caseload={caseload.value}
              audit={audit.value}
              onImport={(students) => request({ type: 'caseload.import', students })}
              onExport={(format) => request({ type: 'data.export', format, today })}
              onRestore={(text) => request({ type: 'backup.restore', text })}
              onDeleteAll={() => request({ type: 'data.delete-all', confirm: 'DELETE' })}
            />
            <LockSettings
              lock={lock}
              onEnable={async (passphrase, idleMinutes) => {
                await request({ type: 'lock.enable', passphrase, idleMinutes });
                onLockChange();
              }}
              onLockNow={lockNow}
              onDisable={async (passphrase) => {
                const done = await request<{ skipped: number }>({ type: 'lock.disable', passphrase });
                onLockChange();
                return done;
              }}
              onConfigure={async (idleMinutes) => {
                await request({ type: 'lock.configure', idleMinutes });
                onLockChange();
              }}
            />
          </>
        )}
          </Suspense>
        </div>
      </main>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Caseload, IsoDate, Settings, StudentRecord, TrackerKey } from '../../shared/index.ts';
import type { Locator, TaughtMapping } from '../messaging/messages.ts';
import { ask, askTab, ensureReader, readTab, targetTab, type PageAnswer } from '../lib/panel-client.ts';
import { originPatternOf } from '../lib/site-access.ts';
import type { StoredProblem, TaughtSites } from '../storage/db.ts';
import type { PanelViewProps } from './panel-view.ts';
import { SiteAccess, type KnownSystem } from './SiteAccess.tsx';
import { StudentCard } from './StudentCard.tsx';
import { TeachMode } from './TeachMode.tsx';
import { useStableCaseload } from './use-stable-caseload.ts';

export interface StudentViewProps {
  knownSystems: readonly KnownSystem[];
  caseload: readonly StudentRecord[];
  settings: Settings;
  taught: TaughtSites;
  today: IsoDate;
  /** The last import's problems (the card lists those of its student). */
  importProblems?: readonly StoredProblem[];
  /** The caseload's other tables (the card's deadlines include those that come from them). */
  tables?: Caseload;
}

type ViewState =
  | { kind: 'loading' }
  | { kind: 'no-page'; text: string }
  | { kind: 'no-access'; pattern: string | null }
  | { kind: 'read'; tabId: number; origin: string; answer: PageAnswer }
  | { kind: 'error'; text: string };

/** The "This student" tab: reads the page in the current tab (once allowed) and shows the student card. */
export function StudentView({ knownSystems, caseload, settings, taught, today, importProblems = [], tables }: StudentViewProps) {
  const [view, setView] = useState<ViewState>({ kind: 'loading' });
  const [teaching, setTeaching] = useState(false);
  const [teachField, setTeachField] = useState<TrackerKey | undefined>(undefined);
  const tabIdRef = useRef<number | null>(null);
  const taughtRef = useRef(taught);
  taughtRef.current = taught;

  const load = useCallback(async () => {
    try {
      const tab = await targetTab();
      tabIdRef.current = tab?.id ?? null;
      if (!tab) return setView({ kind: 'no-page', text: 'No page is open in this window.' });
      if (tab.url && !/^https?:/.test(tab.url)) {
        return setView({ kind: 'no-page', text: 'Open a student in your IEP system in this tab to see them here.' });
      }
      const pattern = tab.url ? originPatternOf(tab.url) : null;
      const allowed = pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
      if (!allowed || !tab.url) return setView({ kind: 'no-access', pattern });
      const origin = new URL(tab.url).origin;
      const answer = await readTab(tab.id, taughtRef.current[origin]);
      setView({ kind: 'read', tabId: tab.id, origin, answer });
    } catch (e) {
      setView({ kind: 'error', text: e instanceof Error ? e.message : 'This page could not be read.' });
    }
  }, []);

  useEffect(() => {
    void load();
    const onActivated = () => void load();
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === tabIdRef.current && info.status === 'complete') void load();
    };
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
      if (type === 'page-changed' && sender.id === browser.runtime.id && sender.tab?.id === tabIdRef.current) void load();
      return false;
    };
    const onPermissions = () => void load();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, [load]);

  // Re-read when what was taught for the site on screen changes (not when the site itself changes).
  const origin = view.kind === 'read' ? view.origin : null;
  const taughtHere = origin ? taught[origin] : undefined;
  const lastTaught = useRef<{ origin: string | null; taught: unknown }>({ origin: null, taught: undefined });
  useEffect(() => {
    const previous = lastTaught.current;
    lastTaught.current = { origin, taught: taughtHere };
    if (origin && previous.origin === origin && previous.taught !== taughtHere) void load();
  }, [taughtHere, origin, load]);

  const allow = async (origins: string[]) => {
    const granted = await browser.permissions.request({ origins });
    if (!granted) throw new Error('Access was not given. Casekeeper will not read this site.');
    await ask({ type: 'sites.sync' });
    await load();
  };

  if (view.kind === 'loading') return <p role="status">Reading the page…</p>;
  if (view.kind === 'no-page') return <p className="card">{view.text}</p>;
  if (view.kind === 'error') {
    return (
      <div className="card">
        <p role="alert" className="error">{view.text}</p>
        <button type="button" onClick={() => void load()}>Try again</button>
      </div>
    );
  }
  if (view.kind === 'no-access') return <SiteAccess pattern={view.pattern} knownSystems={knownSystems} onAllow={allow} />;

  const { answer, tabId } = view;
  const pick = async (field: TrackerKey) => {
    await ensureReader(tabId);
    return (await askTab(tabId, { type: 'teach-pick', field })) as { locator: Locator | null; preview: string } | null;
  };
  const saveMapping = (mapping: TaughtMapping) => ask<void>({ type: 'taught.save', origin: view.origin, mapping });
  return (
    <div data-page-url={answer.url}>
      <StudentCard
        key={answer.url}
        pageFields={answer.reading.fields}
        pageSources={answer.reading.sources}
        system={answer.reading.system}
        systemName={knownSystems.find((k) => k.id === answer.reading.system)?.name}
        tables={tables}
        issues={answer.reading.issues}
        caseload={caseload}
        settings={settings}
        today={today}
        importProblems={importProblems}
        onSave={async (record) => {
          await ask({ type: 'caseload.upsert', student: record });
        }}
        onTeach={(field) => {
          setTeachField(field);
          setTeaching(true);
        }}
      />
      <div className="actions">
        <button type="button" onClick={() => void load()}>Read the page again</button>
        <button type="button" aria-expanded={teaching} onClick={() => setTeaching((t) => !t)}>
          {teaching ? 'Close teach mode' : 'Teach this page'}
        </button>
      </div>
      {teaching ? (
        <TeachMode
          key={teachField ?? 'studentId'}
          initialField={teachField}
          mapping={taught[view.origin] ?? {}}
          onPick={pick}
          onCancel={() => void askTab(tabId, { type: 'teach-cancel' }).catch(() => undefined)}
          onSave={saveMapping}
        />
      ) : null}
    </div>
  );
}

/** The "This student" view in the panel's view registry. */
export function StudentPanelView(p: PanelViewProps) {
  const tables = useStableCaseload(p.caseload);
  return (
    <StudentView
      knownSystems={p.panel.knownSystems}
      caseload={p.caseload.students}
      settings={p.settings}
      taught={p.panel.taught}
      today={p.today}
      importProblems={p.importProblems}
      tables={tables}
    />
  );
}

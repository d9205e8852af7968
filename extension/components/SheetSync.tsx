import { useCallback, useEffect, useState } from 'react';
import { presentDate, type DateStyle, type Resolution, type SyncConflict } from '../../shared/index.ts';
import type { BackgroundRequest } from '../messaging/messages.ts';
import type { SheetSyncStatus } from '../sync/sheet-handlers.ts';
import type { SyncReport } from '../sync/sync-with-sheet.ts';

export interface SheetSyncProps {
  request<T>(message: BackgroundRequest): Promise<T>;
  /** Asks Chrome for the Google sign-in and the Sheets host; called straight from the "Connect" click. */
  requestAccess(): Promise<boolean>;
  dateStyle?: DateStyle;
}

/** A time stamp as the panel shows dates, with the local time. */
function when(at: string, style: DateStyle): string {
  const d = new Date(at);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${presentDate(day, style)} at ${d.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}`;
}

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

/**
 * "Connect a tracking sheet" (in the Data view): the team's Google Sheet picked by its address, Sync now,
 * the last sync time, changes waiting to go, what could not be synced and why, and every row changed on
 * both sides with its differing fields (by header), where the teacher picks "Keep mine" or "Keep the
 * sheet's" before the next sync. Off, with the reason, in a build without a Google sign-in id.
 */
export function SheetSync({ request, requestAccess, dateStyle = 'us' }: SheetSyncProps) {
  const [status, setStatus] = useState<SheetSyncStatus | null>(null);
  const [url, setUrl] = useState('');
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [picks, setPicks] = useState<Record<string, Resolution>>({});

  const refresh = useCallback(async () => {
    try {
      const answer = await request<SheetSyncStatus | undefined>({ type: 'sheet.status' });
      // An answer of another shape (an older worker) leaves the section out rather than half-drawn.
      setStatus(answer && typeof answer === 'object' && Array.isArray(answer.conflicts) ? answer : null);
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  }, [request]);
  useEffect(() => void refresh(), [refresh]);

  const run = async (work: () => Promise<string | null>) => {
    setWorking(true);
    setMessage(null);
    try {
      const text = await work();
      if (text) setMessage({ text, error: false });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setWorking(false);
      await refresh();
    }
  };

  const connect = () => {
    // Chrome asks for permissions only from a click: ask first, before anything else waits.
    const asked = requestAccess();
    void run(async () => {
      if (!(await asked)) return 'Nothing was connected: Chrome was not allowed to sign in to Google for Casekeeper.';
      const connection = await request<{ title: string }>({ type: 'sheet.connect', url });
      setUrl('');
      return `Connected to "${connection.title}". Press "Sync now" to send your caseload and bring in the team's rows.`;
    });
  };

  const syncNow = () =>
    void run(async () => {
      const done = await request<SyncReport>({ type: 'sheet.sync', ...(Object.keys(picks).length > 0 ? { resolutions: picks } : {}) });
      setReport(done);
      setPicks({});
      const open = done.conflicts.length;
      return `Synced with "${done.title}": ${rows(done.pushed)} sent to the sheet, ${rows(done.pulled)} brought in.${open > 0 ? ` ${rows(open)} changed on both sides: pick a side below.` : ''}`;
    });

  const disconnect = () =>
    void run(async () => {
      await request({ type: 'sheet.disconnect' });
      setReport(null);
      return 'Disconnected. Your caseload stays in the panel; the sheet is unchanged.';
    });

  if (!status) return null;
  return (
    <section aria-labelledby="sheet-heading" className="card">
      <h3 id="sheet-heading">Team tracking sheet</h3>
      {!status.available ? (
        <p className="muted">
          Connecting a tracking sheet is off in this copy of Casekeeper: it was built without a Google sign-in id (the CASEKEEPER_OAUTH_CLIENT_ID build setting,
          see the README). Your district's IT staff can build one with it. Everything else works without it.
        </p>
      ) : !status.connection ? (
        <>
          <p className="muted">
            Keep this panel and your team's Google Sheet (set up with the Casekeeper add-on) in step: students, services, sessions, contacts and the other tables
            go both ways by id. Chrome asks you to sign in to Google and to allow Casekeeper to use Google Sheets; nothing is sent anywhere else.
          </p>
          <label htmlFor="sheet-url">The sheet's address (copy it from the browser bar)</label>
          <input id="sheet-url" type="url" placeholder="https://docs.google.com/spreadsheets/d/…" value={url} onChange={(e) => setUrl(e.target.value)} />
          <div className="actions">
            <button type="button" disabled={working || url.trim() === ''} onClick={connect}>
              Connect
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Connected to <strong>{status.connection.title}</strong>.{' '}
            {status.connection.lastSyncAt ? `Last synced ${when(status.connection.lastSyncAt, dateStyle)}.` : 'Not synced yet.'}
          </p>
          <p>
            {!status.connection.lastSyncAt
              ? `The first sync compares your ${rows(status.pending)} with the sheet's, sends what the sheet lacks and brings in the team's.`
              : status.pending === 0
                ? 'No changes waiting to go to the sheet.'
                : `${rows(status.pending)} changed here, waiting to go to the sheet.`}
          </p>
          {!status.access ? <p className="error">Chrome's permission to use Google Sheets was removed. Press "Sync now" to allow it again.</p> : null}
          <div className="actions">
            <button
              type="button"
              disabled={working}
              onClick={() => {
                if (!status.access) {
                  const asked = requestAccess();
                  void asked.then((granted) => (granted ? syncNow() : setMessage({ text: 'Not synced: Casekeeper was not allowed to use Google Sheets.', error: true })));
                } else syncNow();
              }}
            >
              {working ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" disabled={working} onClick={disconnect}>
              Disconnect
            </button>
          </div>
        </>
      )}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      ) : null}
      {report && report.notes.length > 0 ? (
        <>
          <h4>Not synced</h4>
          <ul>
            {report.notes.map((n, i) => (
              <li key={i}>
                {n.table}: {n.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {status.conflicts.length > 0 ? <Conflicts conflicts={status.conflicts} picks={picks} onPick={(key, pick) => setPicks((p) => ({ ...p, [key]: pick }))} /> : null}
    </section>
  );
}

function Conflicts({ conflicts, picks, onPick }: { conflicts: readonly SyncConflict[]; picks: Record<string, Resolution>; onPick(key: string, pick: Resolution): void }) {
  return (
    <>
      <h4>Changed here and in the sheet</h4>
      <p className="muted">Nothing is overwritten until you pick. Choose which version to keep for each row, then press "Sync now".</p>
      {conflicts.map((c) => (
        <div key={c.key} className="conflict" aria-label={`${c.tableLabel} ${c.id}`}>
          <p>
            <strong>{c.tableLabel}</strong> {c.id}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Mine</th>
                <th scope="col">The sheet's</th>
              </tr>
            </thead>
            <tbody>
              {c.fields.map((f) => (
                <tr key={f.header}>
                  <th scope="row">{f.header}</th>
                  <td>{f.mine}</td>
                  <td>{f.sheet}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" aria-pressed={picks[c.key] === 'mine'} onClick={() => onPick(c.key, 'mine')}>
              Keep mine
            </button>
            <button type="button" aria-pressed={picks[c.key] === 'sheet'} onClick={() => onPick(c.key, 'sheet')}>
              Keep the sheet's
            </button>
          </div>
        </div>
      ))}
    </>
  );
}

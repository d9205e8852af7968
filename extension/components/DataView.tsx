import { useMemo, useState } from 'react';
import { decodeText, presentDate, presentStudentName, recordChanges, tableSpec, zipCaseloadFiles, type Caseload, type DateStyle, type FieldChange, type TableName } from '../../shared/index.ts';
import type { AuditEntry, StoredProblem } from '../storage/db.ts';
import type { ImportCounts } from '../storage/table-rows.ts';
import { AFTER_DELETE } from '../lib/at-rest-wording.ts';
import { backupTooLarge, decryptBackup, encryptBackup, fromBase64, isEncryptedBackup, MAX_BACKUP_CHARS, passphraseProblem, toBase64 } from '../lib/encrypted-backup.ts';
import { MAX_IMPORT_ROWS, nothingImported, tooManyRows } from '../lib/import-failure.ts';
import { readCaseloadZip, readDecodedFiles, type CaseloadZipReading } from '../lib/read-caseload-zip.ts';
import { LockBeforeImport, LockSettings } from './LockView.tsx';
import type { PanelViewProps } from './panel-view.ts';
import { ProblemList } from './ProblemList.tsx';
import { SheetSync } from './SheetSync.tsx';
import { requestSheetsAccess } from '../sync/chrome-google.ts';

export interface DataViewProps {
  caseload: Caseload;
  audit: readonly AuditEntry[];
  /** The last import's problems (shown until cleared). */
  importProblems: readonly StoredProblem[];
  /** Imports the good rows of a caseload zip (base64); the worker reads and validates it whole again. */
  onImportZip(zip: string): Promise<{ counts: ImportCounts; problems: number }>;
  onExport(format: 'csv' | 'ics' | 'json' | 'zip'): Promise<{ text: string; filename: string; count: number; skipped?: number }>;
  onRestore(text: string): Promise<{ students: number }>;
  onDeleteAll(): Promise<{ students: number }>;
  onClearProblems?(): Promise<void>;
  /** How the import preview writes dates (the teacher's setting; US by default). */
  dateStyle?: DateStyle;
}

/** Largest backup or CSV file read; a caseload zip may be larger (a year of sessions for 2,000 students). */
const MAX_FILE_BYTES = 8_000_000;
const MAX_ZIP_BYTES = 32_000_000;
/** An encrypted backup of {@link MAX_BACKUP_CHARS} characters is about 4/3 of that in bytes. */
const MAX_BACKUP_FILE_BYTES = Math.ceil(MAX_BACKUP_CHARS * 1.4);
const skippedNote = (n = 0) => (n === 0 ? '' : ` ${n} damaged ${n === 1 ? 'record was' : 'records were'} skipped (listed at the top of the panel).`);
export const ZIP_READ_MEASURE = 'casekeeper:caseload-zip-read';

function download(data: string | Uint8Array<ArrayBuffer>, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One stored record a caseload file would update, and what would change in it, field by field. */
export interface PreviewUpdate {
  /** Who or what the record is, in plain words ("José Núñez", "Ana Rivera · Speech-language therapy"). */
  name: string;
  changes: FieldChange[];
}

/** Per table, what importing a reading would do: rows new, rows that would change a stored row (with every change), rows already stored as they are. */
export interface PreviewTable {
  table: TableName;
  label: string;
  added: number;
  updated: number;
  unchanged: number;
  updates: PreviewUpdate[];
}

/** A record in plain words: its student's name, then (other tables) the first thing that tells it apart. */
function recordName(table: TableName, row: Record<string, unknown>, names: ReadonlyMap<string, string>, dateStyle: DateStyle): string {
  const student = names.get(String(row.studentId)) ?? presentStudentName({ studentId: String(row.studentId ?? '') });
  if (table === 'students') return student;
  const spec = tableSpec(table);
  const what = spec.columns.find((c) => c.type !== 'id' && typeof row[c.key] === 'string' && (row[c.key] as string).trim() !== '');
  const value = what ? String(row[what.key]) : '';
  return `${student} · ${spec.label}${value ? `: ${what?.type === 'date' ? presentDate(value, dateStyle) : value}` : ''}`;
}

/**
 * Per table, how many of a reading's rows are new, would change a stored row, or are already stored as
 * they are; each update comes with its changes from the shared {@link recordChanges} (old → new, in
 * header words), so what is counted as updated is exactly what is listed.
 */
export function previewCounts(reading: CaseloadZipReading, stored: Caseload, options: { dateStyle?: DateStyle } = {}): PreviewTable[] {
  const dateStyle = options.dateStyle ?? 'us';
  const names = new Map<string, string>();
  for (const s of [...stored.students, ...reading.caseload.students]) names.set(s.studentId, presentStudentName(s));
  return (Object.keys(reading.caseload) as TableName[])
    .filter((t) => reading.caseload[t].length > 0)
    .map((table) => {
      const key = tableSpec(table).key as string;
      const have = new Map((stored[table] as readonly Record<string, unknown>[]).map((r) => [String(r[key]), r]));
      let added = 0;
      const updates: PreviewUpdate[] = [];
      for (const row of reading.caseload[table] as readonly Record<string, unknown>[]) {
        const before = have.get(String(row[key]));
        if (!before) {
          added++;
          continue;
        }
        const changes = recordChanges(table, before, row, { dateStyle });
        if (changes.length > 0) updates.push({ name: recordName(table, row, names, dateStyle), changes });
      }
      const updated = updates.length;
      return { table, label: tableSpec(table).label, added, updated, unchanged: reading.caseload[table].length - added - updated, updates };
    });
}

/** Updates listed in the preview before "… and N more" (the counts above cover them all). */
const UPDATES_SHOWN = 100;

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252 (older Excel)' } as const;

/** Rows of every table a reading could take. */
const goodRows = (reading: CaseloadZipReading) => Object.values(reading.caseload).reduce((n, rows) => n + rows.length, 0);

type Pending =
  | { kind: 'caseload'; name: string; reading: CaseloadZipReading; zip: Uint8Array }
  | { kind: 'backup'; text: string; name: string; encrypted: boolean };

/**
 * Import and export (the whole caseload as a zip of every table, one students CSV, .ics, full backup),
 * delete all, and the activity log. A caseload file is read and validated whole before anything is
 * written: the preview lists every problem, the encoding of each file and what would be added or updated
 * per table; the good rows are imported only on the teacher's word, in one transaction.
 */
export function DataView({ caseload, audit, importProblems, onImportZip, onExport, onRestore, onDeleteAll, onClearProblems, dateStyle }: DataViewProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [secret, setSecret] = useState({ passphrase: '', confirm: '' });
  const [openWith, setOpenWith] = useState('');
  const [working, setWorking] = useState(false);
  const report = (text: string, error = false) => setStatus({ text, error });
  const fail = (e: unknown) => report(e instanceof Error ? e.message : String(e), true);

  const readFile = async (file: File | undefined, kind: 'caseload' | 'backup') => {
    setPending(null);
    setStatus(null);
    if (!file) return;
    const isZip = kind === 'caseload' && /\.zip$/i.test(file.name);
    const limit = kind === 'backup' ? MAX_BACKUP_FILE_BYTES : isZip ? MAX_ZIP_BYTES : MAX_FILE_BYTES;
    if (file.size > limit) return report(`Nothing was imported: that file is too large (over ${Math.round(limit / 1e6)} MB).`, true);
    if (kind === 'backup') {
      const text = await file.text();
      return setPending({ kind, text, name: file.name, encrypted: isEncryptedBackup(text) });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (isZip) {
      const start = performance.now();
      const read = readCaseloadZip(bytes);
      // A local performance measure (read by bench/extension.ts): unzipping, reading and validating every table.
      performance.measure(ZIP_READ_MEASURE, { start, end: performance.now() });
      if (!read.ok) return report(`Nothing was imported: ${read.error.message}`, true);
      if (read.value.caseload.students.length > MAX_IMPORT_ROWS) return report(tooManyRows(read.value.caseload.students.length), true);
      return setPending({ kind, name: file.name, reading: read.value, zip: bytes });
    }
    // One CSV: the students table (the tracker's columns, or an IEP system's report), in its own encoding.
    const decoded = decodeText(bytes);
    const reading = readDecodedFiles({ 'students.csv': decoded });
    if (reading.caseload.students.length > MAX_IMPORT_ROWS) return report(tooManyRows(reading.caseload.students.length), true);
    reading.files = reading.files.map((f) => ({ ...f, name: file.name }));
    setPending({ kind, name: file.name, reading, zip: zipCaseloadFiles({ 'students.csv': decoded.text }) });
  };

  const confirmImport = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'caseload') {
        setWorking(true);
        const r = await onImportZip(toBase64(pending.zip)).finally(() => setWorking(false));
        const parts = (Object.entries(r.counts) as [TableName, ImportCounts[TableName]][])
          .filter(([, c]) => c.added + c.updated + c.unchanged > 0)
          .map(([t, c]) => `${tableSpec(t).label}: ${c.added} added, ${c.updated} updated`);
        report(`Imported. ${parts.join('; ')}.${r.problems > 0 ? ` ${r.problems} ${r.problems === 1 ? 'problem is' : 'problems are'} listed below and beside ${r.problems === 1 ? 'its student' : 'their students'}.` : ''}`);
      } else {
        let text = pending.text;
        if (text.length > MAX_BACKUP_CHARS) return report(`Nothing was restored: ${backupTooLarge(text.length)}`, true);
        if (pending.encrypted) {
          setWorking(true);
          const opened = await decryptBackup(text, openWith).finally(() => setWorking(false));
          if (!opened.ok) return report(opened.error, true);
          text = opened.value;
        }
        const r = await onRestore(text);
        setOpenWith('');
        report(`Backup restored: ${r.students} students.`);
      }
      setPending(null);
    } catch (e) {
      report(nothingImported(e, pending.kind === 'caseload' ? 'imported' : 'restored'), true);
    }
  };

  const exportAs = async (format: 'csv' | 'ics' | 'json' | 'zip') => {
    try {
      const r = await onExport(format);
      if (format === 'zip') download(fromBase64(r.text), r.filename, 'application/zip');
      else download(r.text, r.filename, format === 'csv' ? 'text/csv' : format === 'ics' ? 'text/calendar' : 'application/json');
      report(`Exported ${r.count} students to ${r.filename}.${skippedNote(r.skipped)}`);
    } catch (e) {
      fail(e);
    }
  };

  const exportEncrypted = async () => {
    const problem = passphraseProblem(secret.passphrase, secret.confirm);
    if (problem) return report(problem, true);
    setWorking(true);
    try {
      const r = await onExport('json');
      const sealed = await encryptBackup(r.text, secret.passphrase);
      download(sealed, r.filename.replace(/\.backup\.json$/, '.backup.encrypted.json'), 'application/json');
      setSecret({ passphrase: '', confirm: '' });
      report(`Exported ${r.count} students, encrypted, to ${r.filename.replace(/\.backup\.json$/, '.backup.encrypted.json')}.${skippedNote(r.skipped)}`);
    } catch (e) {
      fail(e);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <div className="card">
        <h3>Export</h3>
        <p className="muted">Files are saved to this computer. They contain student data: keep them where your district allows.</p>
        <p className="muted">
          A backup of up to {Math.round(MAX_BACKUP_CHARS / 1e6)} MB can be restored (about 20,000 students with long notes); a larger one is refused before it is saved.
        </p>
        <div className="actions">
          <button type="button" onClick={() => void exportAs('zip')}>Export whole caseload (.zip)</button>
          <button type="button" onClick={() => void exportAs('csv')}>Export students (CSV)</button>
          <button type="button" onClick={() => void exportAs('ics')}>Export deadlines (.ics)</button>
          <button type="button" onClick={() => void exportAs('json')}>Export all (backup)</button>
        </div>
        <details>
          <summary>Export all, protected by a passphrase</summary>
          <p className="muted">
            The backup is encrypted on this computer. There is no way to recover a forgotten passphrase: without it the file
            cannot be opened.
          </p>
          <label htmlFor="export-passphrase">Passphrase (at least 10 characters)</label>
          <input id="export-passphrase" type="password" autoComplete="new-password" value={secret.passphrase} onChange={(e) => setSecret((s) => ({ ...s, passphrase: e.target.value }))} />
          <label htmlFor="export-confirm">Passphrase again</label>
          <input id="export-confirm" type="password" autoComplete="new-password" value={secret.confirm} onChange={(e) => setSecret((s) => ({ ...s, confirm: e.target.value }))} />
          <div className="actions">
            <button type="button" disabled={working} onClick={() => void exportEncrypted()}>
              Export all, encrypted
            </button>
          </div>
        </details>
      </div>
      <div className="card">
        <h3>Import</h3>
        <label htmlFor="caseload-file">Caseload: a .zip of every table (Casekeeper's export), or one students CSV (tracker columns, or an IEP system's report)</label>
        <input id="caseload-file" type="file" accept=".zip,application/zip,.csv,text/csv" onChange={(e) => void readFile(e.target.files?.[0], 'caseload')} />
        <label htmlFor="backup-file">Casekeeper backup (replaces everything)</label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={(e) => void readFile(e.target.files?.[0], 'backup')} />
        {pending?.kind === 'caseload' ? <ImportPreview pending={pending} caseload={caseload} dateStyle={dateStyle} /> : null}
        {pending?.kind === 'backup' ? (
          <div role="status" className="confirm">
            <p>Restore {pending.name}? This replaces your caseload, settings and taught sites.</p>
            {pending.encrypted ? (
              <>
                <label htmlFor="open-passphrase">This backup is encrypted: its passphrase</label>
                <input id="open-passphrase" type="password" autoComplete="off" value={openWith} onChange={(e) => setOpenWith(e.target.value)} />
              </>
            ) : null}
          </div>
        ) : null}
        {pending ? (
          <div className="actions">
            <button type="button" disabled={working || (pending.kind === 'caseload' && goodRows(pending.reading) === 0)} onClick={() => void confirmImport()}>
              {pending.kind === 'backup' ? 'Restore backup' : pending.reading.problems.length > 0 ? 'Import the good rows' : 'Import'}
            </button>
            <button type="button" onClick={() => setPending(null)}>Cancel</button>
          </div>
        ) : null}
      </div>
      {status ? (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'message'}>
          {status.text}
        </p>
      ) : null}
      {importProblems.length > 0 ? (
        <details className="card">
          <summary>Problems from the last import ({importProblems.length})</summary>
          <p className="muted">These rows were left out or kept without the bad value; each is also shown beside its student. Fix them in the file and import it again.</p>
          <ProblemList problems={importProblems} />
          {onClearProblems ? (
            <button type="button" onClick={() => void onClearProblems().catch(fail)}>
              Clear this list
            </button>
          ) : null}
        </details>
      ) : null}
      <div className="card danger">
        <h3>Delete all</h3>
        {deleting ? (
          <>
            <p>
              This deletes all {caseload.students.length} students, your settings and taught sites from this computer. It cannot be undone.
              Export a backup first if you may need them.
            </p>
            <label htmlFor="confirm-delete">Type DELETE to confirm</label>
            <input id="confirm-delete" value={confirmText} onChange={(e) => setConfirmText(e.target.value)} autoComplete="off" />
            <div className="actions">
              <button
                type="button"
                disabled={confirmText !== 'DELETE'}
                onClick={() =>
                  void onDeleteAll().then((r) => {
                    setDeleting(false);
                    setConfirmText('');
                    report(`Deleted ${r.students} students and all settings. ${AFTER_DELETE}`);
                  }, fail)
                }
              >
                Delete everything
              </button>
              <button type="button" onClick={() => setDeleting(false)}>Cancel</button>
            </div>
          </>
        ) : (
          <button type="button" onClick={() => setDeleting(true)}>Delete all student data…</button>
        )}
      </div>
      <details className="card">
        <summary>Activity log ({audit.length})</summary>
        <p className="muted">Kept on this computer: when, what, how many students. Never names or dates of students.</p>
        <ol className="audit">
          {[...audit].reverse().slice(0, 200).map((a, i) => (
            <li key={`${a.at}-${i}`}>
              {a.at.replace('T', ' ').slice(0, 16)} · {a.action}
              {a.table ? ` · ${tableSpec(a.table).label}` : ''} · {a.count}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** What a caseload file holds, before anything is written: each file, every problem, and the changes per table. */
function ImportPreview({ pending, caseload, dateStyle }: { pending: Extract<Pending, { kind: 'caseload' }>; caseload: Caseload; dateStyle?: DateStyle | undefined }) {
  const { reading } = pending;
  // Compared once per file and caseload (a large caseload is thousands of records), not on every keystroke in the panel.
  const counts = useMemo(() => previewCounts(reading, caseload, dateStyle ? { dateStyle } : {}), [reading, caseload, dateStyle]);
  const updates = counts.flatMap((c) => c.updates);
  // "José" → "Jos�": a file already damaged by a wrong encoding somewhere before Casekeeper.
  const garbled = updates.filter((u) => u.changes.some((c) => c.after.includes('\uFFFD') && !c.before.includes('\uFFFD')));
  const problems = reading.problems;
  return (
    <div role="status" className="confirm" aria-label="What the file holds">
      <p>
        <strong>{pending.name}</strong>: read whole, nothing written yet.
      </p>
      <ul aria-label="Files read">
        {reading.files.map((f) => (
          <li key={f.name}>
            {f.label}: {f.name}, {f.rows} good {f.rows === 1 ? 'row' : 'rows'}, read as {ENCODING_NAMES[f.encoding]}
            {reading.ignoredColumns[f.table]?.length ? ` (columns ignored: ${reading.ignoredColumns[f.table]?.join(', ')})` : ''}
          </li>
        ))}
        {reading.ignoredFiles.map((f) => (
          <li key={f}>{f}: not a caseload table, ignored</li>
        ))}
      </ul>
      {counts.length > 0 ? (
        <table className="fields">
          <caption>What importing the good rows would do</caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Already the same</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.table}>
                <th scope="row">{c.label}</th>
                <td>{c.added}</td>
                <td>{c.updated}</td>
                <td>{c.unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="error">No row of this file can be imported.</p>
      )}
      {updates.length > 0 ? (
        <>
          <p>
            What {updates.length === 1 ? 'the update' : `the ${updates.length} updates`} would change (saved value → value in the file):
          </p>
          <ul aria-label="What would change">
            {updates.slice(0, UPDATES_SHOWN).map((u, i) => (
              <li key={i}>
                <strong>{u.name}</strong>:{' '}
                {u.changes.map((c, j) => (
                  <span key={c.key}>
                    {j > 0 ? '; ' : ''}
                    {c.header} {c.before} → {c.after}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          {garbled.length > 0 ? (
            <p className="warning" role="note">
              {garbled.length === 1 ? '1 update' : `${garbled.length} updates`} would put � (a character that could not be read) where the saved record has letters
              ({garbled.slice(0, 3).map((u) => u.name).join(', ')}{garbled.length > 3 ? ', …' : ''}). The file may have been saved in another encoding: check it before importing.
            </p>
          ) : null}
          {updates.length > UPDATES_SHOWN ? <p className="muted">… and {updates.length - UPDATES_SHOWN} more records updated (counted in the table above).</p> : null}
        </>
      ) : null}
      {problems.length > 0 ? (
        <>
          <p>
            {problems.length} {problems.length === 1 ? 'problem' : 'problems'} in the file. Importing takes the good rows; each problem stays listed beside its
            student afterwards.
          </p>
          <ProblemList problems={problems} />
        </>
      ) : (
        <p>No problems found.</p>
      )}
    </div>
  );
}

/** The Data view in the panel's view registry: import, export, backups, delete all, the team sheet, the lock, the activity log. */
export function DataPanelView(p: PanelViewProps) {
  const today = p.today;
  return (
    <>
      {p.caseload.students.length === 0 && !p.panel.lock.enabled ? <LockBeforeImport /> : null}
      <DataView
        caseload={p.caseload}
        audit={p.panel.audit}
        importProblems={p.importProblems}
        onImportZip={(zip) => p.request({ type: 'caseload.import-zip', zip })}
        onExport={(format) => p.request({ type: 'data.export', format, today })}
        onRestore={(text) => p.request({ type: 'backup.restore', text })}
        onDeleteAll={() => p.request({ type: 'data.delete-all', confirm: 'DELETE' })}
        onClearProblems={() => p.request({ type: 'import-report.clear' })}
        dateStyle={p.settings.dateStyle}
      />
      <SheetSync request={p.request} requestAccess={requestSheetsAccess} dateStyle={p.settings.dateStyle} />
      <LockSettings
        lock={p.panel.lock}
        onEnable={async (passphrase, idleMinutes) => {
          await p.request({ type: 'lock.enable', passphrase, idleMinutes });
          p.panel.onLockChange();
        }}
        onLockNow={p.panel.lockNow}
        onDisable={async (passphrase) => {
          const done = await p.request<{ skipped: number }>({ type: 'lock.disable', passphrase });
          p.panel.onLockChange();
          return done;
        }}
        onConfigure={async (idleMinutes) => {
          await p.request({ type: 'lock.configure', idleMinutes });
          p.panel.onLockChange();
        }}
      />
    </>
  );
}

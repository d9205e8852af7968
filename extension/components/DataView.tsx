import { useState } from 'react';
import { decodeText, importCaseloadCsv, studentIdKey, type StudentRecord } from '../../shared/index.ts';
import type { AuditEntry } from '../storage/db.ts';
import { AFTER_DELETE } from '../lib/at-rest-wording.ts';
import { backupTooLarge, decryptBackup, encryptBackup, isEncryptedBackup, MAX_BACKUP_CHARS, passphraseProblem } from '../lib/encrypted-backup.ts';
import { nothingImported, MAX_IMPORT_ROWS, tooManyRows } from '../lib/import-failure.ts';

export interface DataViewProps {
  caseload: readonly StudentRecord[];
  audit: readonly AuditEntry[];
  onImport(students: StudentRecord[]): Promise<{ added: number; updated: number }>;
  onExport(format: 'csv' | 'ics' | 'json'): Promise<{ text: string; filename: string; count: number; skipped?: number }>;
  onRestore(text: string): Promise<{ students: number }>;
  onDeleteAll(): Promise<{ students: number }>;
}

const MAX_FILE_BYTES = 8_000_000;
/** An encrypted backup of {@link MAX_BACKUP_CHARS} characters is about 4/3 of that in bytes. */
const MAX_BACKUP_FILE_BYTES = Math.ceil(MAX_BACKUP_CHARS * 1.4);
const skippedNote = (n = 0) => (n === 0 ? '' : ` ${n} damaged ${n === 1 ? 'record was' : 'records were'} skipped (listed at the top of the panel).`);

function download(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Pending =
  | { kind: 'csv'; students: StudentRecord[]; added: number; updated: number; ignored: string[] }
  | { kind: 'backup'; text: string; name: string; encrypted: boolean };

/** Import and export (CSV in the tracker's columns, .ics, full backup), delete all, and the activity log. */
export function DataView({ caseload, audit, onImport, onExport, onRestore, onDeleteAll }: DataViewProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [secret, setSecret] = useState({ passphrase: '', confirm: '' });
  const [openWith, setOpenWith] = useState('');
  const [working, setWorking] = useState(false);
  const report = (text: string, error = false) => setStatus({ text, error });
  const fail = (e: unknown) => report(e instanceof Error ? e.message : String(e), true);

  const readFile = async (file: File | undefined, kind: 'csv' | 'backup') => {
    setPending(null);
    setProblems([]);
    setStatus(null);
    if (!file) return;
    if (file.size > (kind === 'backup' ? MAX_BACKUP_FILE_BYTES : MAX_FILE_BYTES)) {
      return report(`Nothing was imported: that file is too large (over ${kind === 'backup' ? Math.round(MAX_BACKUP_FILE_BYTES / 1e6) : 8} MB).`, true);
    }
    // CSV from IEP systems and Excel is often Windows-1252 or UTF-16: read it in its own encoding.
    const text = kind === 'csv' ? decodeText(new Uint8Array(await file.arrayBuffer())).text : await file.text();
    if (kind === 'backup') return setPending({ kind, text, name: file.name, encrypted: isEncryptedBackup(text) });
    const result = importCaseloadCsv(text);
    if (result.problems.length > 0) {
      setProblems(result.problems.slice(0, 50).map((p) => `Row ${p.row}, ${p.column}${p.value ? ` “${p.value.slice(0, 40)}”` : ''}: ${p.reason}`));
      return report(
        `Nothing was imported: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'} to fix in the file first.`,
        true,
      );
    }
    if (result.students.length === 0) return report('No students found in that file. Nothing was imported.', true);
    if (result.students.length > MAX_IMPORT_ROWS) return report(tooManyRows(result.students.length), true);
    const known = new Set(caseload.map((s) => studentIdKey(s.studentId)));
    const added = result.students.filter((s) => !known.has(studentIdKey(s.studentId))).length;
    setPending({ kind: 'csv', students: result.students, added, updated: result.students.length - added, ignored: result.ignoredColumns });
  };

  const confirmImport = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'csv') {
        const r = await onImport(pending.students);
        report(`Imported: ${r.added} added, ${r.updated} updated.`);
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
      report(nothingImported(e, pending.kind === 'csv' ? 'imported' : 'restored'), true);
    }
  };

  const exportAs = async (format: 'csv' | 'ics' | 'json') => {
    try {
      const r = await onExport(format);
      download(r.text, r.filename, format === 'csv' ? 'text/csv' : format === 'ics' ? 'text/calendar' : 'application/json');
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
          <button type="button" onClick={() => void exportAs('csv')}>Export caseload (CSV)</button>
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
        <label htmlFor="csv-file">Caseload CSV (tracker columns, or an IEP system's report)</label>
        <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e.target.files?.[0], 'csv')} />
        <label htmlFor="backup-file">Casekeeper backup (replaces everything)</label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={(e) => void readFile(e.target.files?.[0], 'backup')} />
        {pending ? (
          <div role="status" className="confirm">
            {pending.kind === 'csv' ? (
              <p>
                {pending.students.length} students read: {pending.added} new, {pending.updated} already in your caseload (will be
                updated).
                {pending.ignored.length > 0 ? ` Columns ignored: ${pending.ignored.join(', ')}.` : ''}
              </p>
            ) : (
              <>
                <p>Restore {pending.name}? This replaces your caseload, settings and taught sites.</p>
                {pending.encrypted ? (
                  <>
                    <label htmlFor="open-passphrase">This backup is encrypted: its passphrase</label>
                    <input id="open-passphrase" type="password" autoComplete="off" value={openWith} onChange={(e) => setOpenWith(e.target.value)} />
                  </>
                ) : null}
              </>
            )}
            <button type="button" disabled={working} onClick={() => void confirmImport()}>
              {pending.kind === 'csv' ? 'Import these students' : 'Restore backup'}
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>Cancel</button>
          </div>
        ) : null}
        {problems.length > 0 ? (
          <ul className="problems" aria-label="Problems in the file">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {status ? (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'message'}>
          {status.text}
        </p>
      ) : null}
      <div className="card danger">
        <h3>Delete all</h3>
        {deleting ? (
          <>
            <p>
              This deletes all {caseload.length} students, your settings and taught sites from this computer. It cannot be undone.
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
              {a.at.replace('T', ' ').slice(0, 16)} · {a.action} · {a.count}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

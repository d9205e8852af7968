import { useEffect, useState } from 'react';
import { listDamaged, settingsProblem, type DamagedRecord } from '../storage/damaged-records.ts';

export interface DamagedRecordsProps {
  /** How many damaged students the caseload read counted (the list is read when this is above zero). */
  damagedCount: number;
  /** The last caseload and settings reads: when either changes, the list and the settings check are read again. */
  caseloadRead: unknown;
  settingsRead: unknown;
  onRemove(record: DamagedRecord): Promise<unknown>;
}

/**
 * Saved records Casekeeper cannot read, by name (or by storage key when no name is readable), each with
 * "Remove this damaged record" (asked twice); and a damaged settings record, reported rather than silently
 * replaced by the defaults.
 */
export function DamagedRecords({ damagedCount, caseloadRead, settingsRead, onRemove }: DamagedRecordsProps) {
  const [records, setRecords] = useState<DamagedRecord[]>([]);
  const [settings, setSettings] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void settingsProblem().then((p) => live && setSettings(p), () => undefined);
    void listDamaged().then((r) => live && setRecords(r), () => live && setRecords([]));
    return () => {
      live = false;
    };
  }, [damagedCount, caseloadRead, settingsRead]);
  if (records.length === 0 && !settings && !status) return null;
  const id = (r: DamagedRecord) => `${r.store}:${r.key}`;
  return (
    <section aria-labelledby="damaged-heading" className="card danger">
      {settings ? <p role="alert" className="error">{settings}</p> : null}
      {records.length > 0 ? (
        <>
          <h3 id="damaged-heading">
            {records.length} saved {records.length === 1 ? 'record cannot' : 'records cannot'} be read
          </h3>
          <p className="muted">They are kept as they are and left out of lists, exports and lock removal. Remove one only if you no longer need it or have it elsewhere.</p>
          <ul>
            {records.map((r) => (
              <li key={id(r)}>
                {r.label}{' '}
                {confirming === id(r) ? (
                  <>
                    <button
                      type="button"
                      onClick={() =>
                        void onRemove(r).then(
                          () => {
                            setConfirming(null);
                            setStatus(`Removed the damaged record: ${r.label}.`);
                          },
                          (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)),
                        )
                      }
                    >
                      Yes, remove it for good
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep it
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => setConfirming(id(r))}>
                    Remove this damaged record
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
    </section>
  );
}

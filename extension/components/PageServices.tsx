import { useMemo, useState } from 'react';
import {
  newRowId,
  pageServiceOffers,
  presentStudentName,
  type DateStyle,
  type PageServiceOffer,
  type PageServiceText,
  type ServiceRecord,
  type StudentRecord,
} from '../../shared/index.ts';
import type { PanelViewProps } from './panel-view.ts';

/** The services read from the IEP page on screen, for one student. */
export interface PageServicesRead {
  studentId: string;
  services: readonly PageServiceText[];
  issues: readonly string[];
}

export interface PageServicesProps {
  student: Pick<StudentRecord, 'studentId' | 'firstName' | 'lastName'>;
  page: PageServicesRead;
  /** The saved services (every student's; only this student's are compared). */
  saved: readonly ServiceRecord[];
  writeRows: PanelViewProps['writeRows'];
  dateStyle?: DateStyle;
}

const KIND_WORDS: Record<PageServiceOffer['kind'], string> = {
  new: 'New',
  changed: 'Changed',
  same: 'Same as saved',
  unreadable: 'Cannot be read',
};

/**
 * "Services on this page": each service the IEP page shows for the student on screen, compared with the
 * saved services (new, changed field by field, or the same), with "Add" or "Update" for the teacher to
 * press. Nothing is written before that; a frequency the parser cannot read is shown with its reason.
 */
export function PageServices({ student, page, saved, writeRows, dateStyle }: PageServicesProps) {
  const offers = useMemo(() => pageServiceOffers(student.studentId, page.services, saved, dateStyle ? { dateStyle } : {}), [student.studentId, page.services, saved, dateStyle]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const name = presentStudentName(student);
  if (offers.length === 0 && page.issues.length === 0) return null;

  const save = async (offer: PageServiceOffer) => {
    if (offer.kind !== 'new' && offer.kind !== 'changed') return;
    const row: ServiceRecord = offer.kind === 'new' ? { serviceId: newRowId('svc'), ...offer.row } : offer.row;
    setBusy(true);
    setMessage(null);
    try {
      await writeRows('services', [row]);
      setMessage({ kind: 'ok', text: `${offer.kind === 'new' ? 'Added' : 'Updated'} ${row.service} in ${name}'s services.` });
    } catch (e) {
      setMessage({ kind: 'error', text: `Not saved: ${e instanceof Error ? e.message : 'the service could not be written.'}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card page-services" aria-labelledby="page-services-title">
      <h3 id="page-services-title">Services on this page</h3>
      <p className="muted">Read from the IEP page for {name}. Nothing is saved until you press Add or Update.</p>
      <ul className="plain" aria-label="Services on this page">
        {offers.map((offer, i) => {
          const service = offer.kind === 'unreadable' ? offer.shown : offer.row.service;
          return (
            <li key={i} className="service-row">
              <div className="service-head">
                <span className="badge">{KIND_WORDS[offer.kind]}</span>
                <strong>{service}</strong>
              </div>
              <div className="muted">On the page: {offer.shown}</div>
              {offer.changes.length > 0 ? (
                <ul aria-label={`What updating ${service} would change`}>
                  {offer.changes.map((c) => (
                    <li key={c.key}>
                      {c.header}: {c.before} → {c.after}
                    </li>
                  ))}
                </ul>
              ) : null}
              {'mandateProblem' in offer && offer.mandateProblem ? <div className="warning">Frequency and duration not counted: {offer.mandateProblem}</div> : null}
              {offer.problems.map((p) => (
                <div key={p} className="warning">
                  {p}
                </div>
              ))}
              {offer.kind === 'new' || offer.kind === 'changed' ? (
                <div className="actions">
                  <button type="button" disabled={busy} aria-label={`${offer.kind === 'new' ? 'Add' : 'Update'} ${service} for ${name}`} onClick={() => void save(offer)}>
                    {offer.kind === 'new' ? 'Add' : 'Update'}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {page.issues.map((issue) => (
        <p key={issue} className="muted">
          {issue}
        </p>
      ))}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'message'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

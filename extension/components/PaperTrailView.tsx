import { useMemo, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import {
  accommodationFidelity,
  addCalendarDays,
  classSnapshots,
  classSnapshotsHtml,
  coverageHandoff,
  coverageHandoffHtml,
  meetingPacket,
  meetingPacketHtml,
  newRowId,
  NO_STUDENT_TABLES,
  openFollowUps,
  fail,
  isIsoDate,
  presentDate,
  presentStudentName,
  tableSpec,
  tablesByStudent,
  type AccommodationCheck,
  type AccommodationFidelity,
  type Caseload,
  type ContactRecord,
  type IsoDate,
  type Result,
  type Settings,
  type TableName,
  type TableRecord,
} from '../../shared/index.ts';
import type { PanelViewProps } from './panel-view.ts';

export interface PaperTrailViewProps {
  caseload: Caseload;
  tablesLoaded: boolean;
  settings: Settings;
  today: IsoDate;
  writeRows<T extends TableName>(table: T, rows: readonly TableRecord<T>[]): Promise<unknown>;
  /** Shows a printable page (self-contained HTML) where the teacher can print it to PDF. */
  openPage(html: string): Promise<void>;
  /** The student shown first (else the first on the caseload). */
  initialStudentId?: string;
}

type CheckResult = AccommodationCheck['result'];
const RESULTS: { result: CheckResult; label: string; word: string }[] = [
  { result: 'implemented', label: '✓', word: 'Implemented' },
  { result: 'not-implemented', label: '✗', word: 'Not implemented' },
  { result: 'not-applicable', label: 'N/A', word: 'Not applicable' },
];
const METHODS: { value: NonNullable<ContactRecord['method']>; label: string }[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'email', label: 'Email' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'note-home', label: 'Note home' },
  { value: 'portal', label: 'Parent portal' },
  { value: 'visit', label: 'Home visit' },
  { value: 'text', label: 'Text message' },
];
const CONTACT_RESULTS: { value: NonNullable<ContactRecord['result']>; label: string }[] = [
  { value: 'reached', label: 'Reached' },
  { value: 'left-message', label: 'Left a message' },
  { value: 'no-answer', label: 'No answer' },
  { value: 'returned', label: 'Returned (undeliverable)' },
];
const methodLabel = (m: ContactRecord['method']) => METHODS.find((x) => x.value === m)?.label;
const resultLabel = (r: ContactRecord['result']) => CONTACT_RESULTS.find((x) => x.value === r)?.label;

/** The classes an accommodation is checked in: its "Applies To" split on semicolons, or one unnamed place. */
const placesOf = (appliesTo: string | undefined): (string | undefined)[] => {
  const places = (appliesTo ?? '').split(';').map((p) => p.trim()).filter(Boolean);
  return places.length ? places : [undefined];
};

/** "67% (2 of 3 checks, 1 not applicable)" or "No checks yet". */
function fidelityText(f: { implemented: number; notImplemented: number; notApplicable: number; fidelity: number | null }): string {
  const na = f.notApplicable ? `, ${f.notApplicable} not applicable` : '';
  if (f.fidelity === null) return f.notApplicable ? `No applicable checks yet (${f.notApplicable} not applicable)` : 'No checks yet';
  return `${Math.round(f.fidelity * 100)}% implemented (${f.implemented} of ${f.implemented + f.notImplemented} checks${na})`;
}

const emptyContact = (today: IsoDate) => ({ date: today as string, method: 'phone', with: 'Parent', topic: '', summary: '', concern: false, result: 'reached', followUpDue: '' });

/**
 * The paper-trail view: one student's accommodations with one-tap implementation checks per class and
 * the fidelity they give, the contact log with open follow-ups first, and the printable pages (meeting
 * packet, caseload hand-off, class snapshots) opened in a tab to print to PDF.
 */
export function PaperTrailView({ caseload, tablesLoaded, settings, today, writeRows, openPage, initialStudentId }: PaperTrailViewProps) {
  const [picked, setPicked] = useState(initialStudentId ?? '');
  const student = caseload.students.find((s) => s.studentId === picked) ?? caseload.students[0];
  const tables = useMemo(() => tablesByStudent(caseload), [caseload]);
  const mine = (student && tables.get(student.studentId)) || NO_STUDENT_TABLES;
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [contact, setContact] = useState(() => emptyContact(today));
  const [meetingDate, setMeetingDate] = useState('');
  const [handoffFrom, setHandoffFrom] = useState<string>(today);
  const [handoffTo, setHandoffTo] = useState<string>(addCalendarDays(today, 13));

  const say = (text: string, error = false) => setMessage({ text, error });
  const attempt = async (work: () => Promise<string>) => {
    try {
      say(await work());
    } catch (e) {
      say(e instanceof Error ? e.message : 'That could not be saved.', true);
    }
  };

  if (!student) return <p className="muted">No students yet. Import a caseload in the Data tab.</p>;
  const name = presentStudentName(student);
  const studentId = student.studentId;
  // Since the last IEP, as in the meeting packet; every check when no Last IEP Date is on record.
  const since = student.lastIepDate;
  const fidelity = accommodationFidelity({ accommodations: mine.accommodations, checks: mine.checks }, since ? { from: since } : {});
  const followUps = openFollowUps(mine.contacts);
  const contacts = [...mine.contacts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  const check = (accommodationId: string, place: string | undefined, result: CheckResult) =>
    attempt(async () => {
      const row: AccommodationCheck = { checkId: newRowId(tableSpec('checks').idPrefix ?? 'chk'), studentId, accommodationId, date: today, result };
      if (place) row.classOrSetting = place;
      await writeRows('checks', [row]);
      return `Saved: ${RESULTS.find((r) => r.result === result)?.word ?? result}${place ? ` in ${place}` : ''}, ${presentDate(today)}.`;
    });

  const markDone = (c: ContactRecord) =>
    attempt(async () => {
      await writeRows('contacts', [{ ...c, followUpDone: today }]);
      return `Follow-up marked done ${presentDate(today)}.`;
    });

  const addContact = (e: FormEvent) => {
    e.preventDefault();
    void attempt(async () => {
      if (!isIsoDate(contact.date)) throw new Error('Choose the date of the contact.');
      if (contact.followUpDue && !isIsoDate(contact.followUpDue)) throw new Error('The follow-up date is not a date: choose one, or clear it.');
      const row: ContactRecord = { contactId: newRowId(tableSpec('contacts').idPrefix ?? 'con'), studentId, date: contact.date, concern: contact.concern };
      row.method = contact.method as ContactRecord['method'];
      row.result = contact.result as ContactRecord['result'];
      if (contact.with.trim()) row.with = contact.with.trim();
      if (contact.topic.trim()) row.topic = contact.topic.trim();
      if (contact.summary.trim()) row.summary = contact.summary.trim();
      if (isIsoDate(contact.followUpDue)) row.followUpDue = contact.followUpDue;
      await writeRows('contacts', [row]);
      setContact(emptyContact(today));
      return `Contact added${row.followUpDue ? `; follow-up due ${presentDate(row.followUpDue)}` : ''}.`;
    });
  };

  const open = (built: Result<string>) =>
    attempt(async () => {
      if (!built.ok) throw new Error(built.error.message);
      await openPage(built.value);
      return 'Opened in a new tab: print it to PDF from there (Ctrl+P or ⌘P).';
    });
  const map = <T,>(r: Result<T>, f: (v: T) => string): Result<string> => (r.ok ? { ok: true, value: f(r.value) } : r);

  return (
    <section aria-label="Paper trail">
      <label htmlFor="paper-student">Student</label>
      <select id="paper-student" value={student.studentId} onChange={(e) => {
          setPicked(e.target.value);
          setMeetingDate('');
        }} className="paper-wide">
        {caseload.students.map((s) => (
          <option key={s.studentId} value={s.studentId}>
            {presentStudentName(s)} ({s.studentId})
          </option>
        ))}
      </select>
      {!tablesLoaded && <p className="muted">Reading the other tables…</p>}
      {message && (
        <p role="status" className={message.error ? 'error' : 'message'}>
          {message.text}
        </p>
      )}

      <h2>Open follow-ups</h2>
      {followUps.length === 0 ? (
        <p className="muted">None open for {name}.</p>
      ) : (
        <ul aria-label="Open follow-ups" className="paper-list">
          {followUps.map((f) => (
            <li key={f.contact.contactId} className={f.dueDate < today ? 'card paper-late' : 'card'}>
              <strong>Due {presentDate(f.dueDate)}</strong>
              {f.dueDate < today && <span className="error"> (past due)</span>}
              {f.unscheduledConcern && <span className="error"> Concern raised, no follow-up date set</span>}
              <div>
                {[f.contact.topic, f.contact.with, methodLabel(f.contact.method), presentDate(f.contact.date)].filter(Boolean).join(' · ')}
              </div>
              {f.contact.summary && <div className="muted">{f.contact.summary}</div>}
              <button type="button" onClick={() => void markDone(f.contact)}>
                Mark done
              </button>
            </li>
          ))}
        </ul>
      )}

      <h2>Accommodations</h2>
      <p className="muted">{since ? `Fidelity counts the checks since the last IEP (${presentDate(since)}).` : 'Fidelity counts every check (no Last IEP Date on record).'}</p>
      {fidelity.length === 0 && <p className="muted">No accommodations on record for {name}.</p>}
      {fidelity.map((f) => (
        <AccommodationCard key={f.accommodationId} fidelity={f} checks={mine.checks} today={today} onCheck={check} />
      ))}

      <h2>Contact log</h2>
      <details>
        <summary>Add a contact</summary>
        <form onSubmit={addContact} aria-label="Add a contact" className="paper-form">
          <label htmlFor="contact-date">Date</label>
          <input id="contact-date" type="date" value={contact.date} max={today} onChange={(e) => setContact({ ...contact, date: e.target.value })} />
          <label htmlFor="contact-method">Method</label>
          <select id="contact-method" value={contact.method} onChange={(e) => setContact({ ...contact, method: e.target.value })}>
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          <label htmlFor="contact-with">With</label>
          <input id="contact-with" value={contact.with} onChange={(e) => setContact({ ...contact, with: e.target.value })} />
          <label htmlFor="contact-topic">Topic</label>
          <input id="contact-topic" value={contact.topic} onChange={(e) => setContact({ ...contact, topic: e.target.value })} />
          <label htmlFor="contact-summary">Summary</label>
          <textarea id="contact-summary" rows={3} value={contact.summary} onChange={(e) => setContact({ ...contact, summary: e.target.value })} />
          <label className="paper-inline">
            <input id="contact-concern" type="checkbox" checked={contact.concern} onChange={(e) => setContact({ ...contact, concern: e.target.checked })} /> The parent raised a concern
          </label>
          <label htmlFor="contact-result">Result</label>
          <select id="contact-result" value={contact.result} onChange={(e) => setContact({ ...contact, result: e.target.value })}>
            {CONTACT_RESULTS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <label htmlFor="contact-follow-up">Follow-up due</label>
          <input id="contact-follow-up" type="date" value={contact.followUpDue} onChange={(e) => setContact({ ...contact, followUpDue: e.target.value })} />
          <div className="actions">
            <button type="submit">Add contact</button>
          </div>
        </form>
      </details>
      {contacts.length === 0 ? (
        <p className="muted">No contacts logged for {name}.</p>
      ) : (
        <ul aria-label="Contacts" className="paper-list">
          {contacts.map((c) => (
            <li key={c.contactId} className="paper-contact">
              <strong>{presentDate(c.date)}</strong> {[methodLabel(c.method), c.with, c.topic].filter(Boolean).join(' · ')}
              {c.result && <span className="muted"> — {resultLabel(c.result)}</span>}
              {c.concern && <span className="error"> · concern</span>}
              {c.followUpDone && <span className="muted"> · follow-up done {presentDate(c.followUpDone)}</span>}
              {c.summary && <div className="muted">{c.summary}</div>}
            </li>
          ))}
        </ul>
      )}

      <h2>Printable pages</h2>
      <p className="muted">Each opens in a new tab, ready to print to PDF.</p>
      <fieldset>
        <legend>Meeting packet for {name}</legend>
        <label htmlFor="packet-date">Meeting date</label>
        <input id="packet-date" type="date" value={meetingDate || student.nextIepMeetingDate || ''} onChange={(e) => setMeetingDate(e.target.value)} />
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              void open(map(meetingPacket(caseload, student.studentId, { settings, today, ...(isIsoDate(meetingDate) && { meetingDate }) }), meetingPacketHtml))
            }
          >
            Prepare meeting packet
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Hand off caseload</legend>
        <div className="filters">
          <label>
            From
            <input id="handoff-from" type="date" value={handoffFrom} onChange={(e) => setHandoffFrom(e.target.value)} />
          </label>
          <label>
            To
            <input id="handoff-to" type="date" value={handoffTo} onChange={(e) => setHandoffTo(e.target.value)} />
          </label>
        </div>
        <div className="actions">
          <button type="button" onClick={() =>
              void open(
                isIsoDate(handoffFrom) && isIsoDate(handoffTo)
                  ? map(coverageHandoff(caseload, { settings, today, from: handoffFrom, to: handoffTo }), coverageHandoffHtml)
                  : fail('bad-range', 'Choose the first and last day of the hand-off.'),
              )
            }>
            Hand off caseload
          </button>
        </div>
      </fieldset>
      <div className="actions">
        <button type="button" onClick={() => void open(map(classSnapshots(caseload), (s) => classSnapshotsHtml(s, { today })))}>
          Class snapshots
        </button>
      </div>
    </section>
  );
}

/** One accommodation: its fidelity, and per class the three one-tap checks for today. */
function AccommodationCard(props: {
  fidelity: AccommodationFidelity;
  checks: readonly AccommodationCheck[];
  today: IsoDate;
  onCheck(accommodationId: string, place: string | undefined, result: CheckResult): Promise<void>;
}) {
  const { fidelity: f, checks, today, onCheck } = props;
  const text = f.accommodation?.accommodation ?? `Not on the accommodations list (ID ${f.accommodationId})`;
  return (
    <article className="card" aria-label={text}>
      <strong>{text}</strong>
      {f.accommodation?.category && <span className="muted"> · {f.accommodation.category}</span>}
      <div className="paper-fidelity">Fidelity: {fidelityText(f)}</div>
      {f.accommodation &&
        placesOf(f.accommodation.appliesTo).map((place) => {
          const todays = checks.filter((c) => c.accommodationId === f.accommodationId && c.date === today && c.classOrSetting === place).at(-1);
          const byClass = f.byClass.find((c) => c.classOrSetting === (place ?? 'Not stated'));
          const where = place ?? 'Any class';
          return (
            <div key={where} className="paper-class" role="group" aria-label={`Check in ${where}`}>
              <div className="paper-class-name">
                {where}
                {byClass && <span className="muted"> · {fidelityText(byClass)}</span>}
                {todays && <span className="muted"> · today: {RESULTS.find((r) => r.result === todays.result)?.word}</span>}
              </div>
              <div className="paper-taps">
                {RESULTS.map((r) => (
                  <button key={r.result} type="button" aria-label={`${r.word} in ${where}`} aria-pressed={todays?.result === r.result} onClick={() => void onCheck(f.accommodationId, place, r.result)}>
                    {r.label}
                  </button>
                ))}
              </div>
            </div>
          );
        })}
      {f.misses.length > 0 && (
        <details>
          <summary>Not implemented ({f.misses.length})</summary>
          <ul>
            {f.misses.map((m) => (
              <li key={m.checkId}>
                {presentDate(m.date)}
                {m.classOrSetting && ` · ${m.classOrSetting}`}
                {m.note && ` · ${m.note}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** Opens a printable page in a new tab of the extension, as a blob URL of this extension's origin. */
export async function openPrintablePage(html: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  await browser.tabs.create({ url });
}

/** The paper-trail view as a side-panel view (panel-views.ts). */
export function PaperTrailPanelView(p: PanelViewProps) {
  return <PaperTrailView caseload={p.caseload} tablesLoaded={p.tablesLoaded} settings={p.settings} today={p.today} writeRows={p.writeRows} openPage={openPrintablePage} />;
}

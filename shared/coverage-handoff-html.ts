import type { CoverageHandoff, HandoffStudent } from './coverage-handoff.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlTable } from './html-table.ts';
import { paperHtml } from './paper-html.ts';
import { formatNumber } from './present-goal-value.ts';
import { presentServiceStatus } from './present-service-status.ts';
import { VERDICT_STYLES } from './present-verdict.ts';
import { presentDate } from './present-date.ts';
import { printablePage, type PrintSection, type SectionBuilder } from './printable-page.ts';

type Part = SectionBuilder<HandoffStudent & { handoff: CoverageHandoff }>;

const services: Part = {
  id: 'services',
  title: 'Services and schedule',
  build(s) {
    return `${htmlTable(
      ['Service', 'Mandate', 'Usually on', 'Owed so far', 'Setting', 'Provider'],
      s.services.map(({ service, usualDays, delivery }) => [
        service.service,
        service.mandate ?? [service.minutes ? `${service.minutes} min` : '', service.sessions ? `${service.sessions}×` : '', service.per ? `per ${service.per}` : ''].filter(Boolean).join(' '),
        usualDays.join(', ') || 'No recent sessions',
        { html: delivery ? `${delivery.status === 'unknown' ? '—' : `${escapeHtml(formatNumber(delivery.owedMinutes))} min`} ${paperHtml.look(presentServiceStatus(delivery.status))}` : '—' },
        service.setting ?? '',
        service.provider ?? '',
      ]),
      { widths: [22, 16, 16, 16, 14, 16], empty: 'No services in effect from the first to the last day of the hand-off.' },
    )}
<p class="muted">Owed so far: minutes required this school year up to the day before the hand-off, less those delivered and those not owed back; make-up sessions reduce it.</p>`;
  },
};

const accommodations: Part = {
  id: 'accommodations',
  title: 'Accommodations',
  build(s) {
    return htmlTable(
      ['Accommodation', 'Where'],
      s.accommodations.map((a) => [a.accommodation, a.appliesTo ?? 'Not stated']),
      { widths: [65, 35], empty: 'No accommodations on record.' },
    );
  },
};

const goals: Part = {
  id: 'goals',
  title: 'Goals and current data',
  build(s) {
    return htmlTable(
      ['Goal', 'Target', 'Latest data'],
      s.goals.map(({ goal, recent, progress }) => [
        { html: `<b>${escapeHtml(goal.area ?? 'Goal')}</b><br>${escapeHtml(goal.goal)}${progress ? `<br>${paperHtml.look(VERDICT_STYLES[progress.verdict])} <span class="muted">${escapeHtml(progress.reason)}</span>` : ''}` },
        `${goal.target ?? '—'}${goal.unit ? ` ${goal.unit}` : ''}${goal.targetDate ? ` by ${presentDate(goal.targetDate)}` : ''}`,
        recent.length ? recent.map((p) => `${presentDate(p.date)}: ${p.value ?? (p.correct !== undefined && p.trials ? `${p.correct}/${p.trials}` : '—')}`).join('; ') : 'No data yet',
      ]),
      { widths: [50, 20, 30], empty: 'No goals on record.' },
    );
  },
};

const deadlines: Part = {
  id: 'deadlines',
  title: 'Deadlines in the window',
  build(s) {
    return paperHtml.deadlines(s.deadlines, { empty: 'No deadlines due by the last day of the hand-off.' });
  },
};

const contacts: Part = {
  id: 'contacts',
  title: 'Family contacts to keep',
  build(s) {
    const who = s.familyContact
      ? `<p>Last reached: ${escapeHtml(s.familyContact.with ?? 'the family')} by ${escapeHtml(paperHtml.choice('contacts', 'method', s.familyContact.method) || 'an unrecorded method')} on ${paperHtml.date(s.familyContact.date)}${s.familyContact.time ? ` at ${escapeHtml(s.familyContact.time)}` : ''}.</p>`
      : '<p class="warn">No contact has reached the family on record.</p>';
    const open = htmlTable(
      ['Follow-up due', 'Raised', 'About'],
      s.followUps.map((f) => [
        { html: f.unscheduledConcern ? '<span class="warn">No date set</span>' : paperHtml.date(f.dueDate) },
        presentDate(f.contact.date),
        [f.contact.topic, f.contact.summary].filter(Boolean).join(': ') || 'Concern',
      ]),
      { widths: [18, 16, 66], empty: 'No open follow-ups.' },
    );
    return `${who}\n${open}`;
  },
};

/** The parts of each student's hand-off page, in order: one builder each, added by one line here. */
export const HANDOFF_STUDENT_SECTIONS: readonly Part[] = [services, accommodations, goals, deadlines, contacts];

/**
 * The coverage hand-off as a printable, self-contained HTML page: a cover sheet listing the students, then
 * one sheet per student with only what the covering person needs.
 *
 * @example coverageHandoffHtml(handoff.value) // '<!doctype html>…'
 */
export function coverageHandoffHtml(handoff: CoverageHandoff): string {
  const cover: PrintSection = {
    title: 'Students covered',
    html: htmlTable(
      ['Student', 'ID', 'Grade', 'School', 'Deadlines in the window', 'Open follow-ups'],
      handoff.students.map((s) => [s.name, s.student.studentId, s.student.grade ?? '', s.student.school ?? '', s.deadlines.length, s.followUps.length]),
      { widths: [24, 12, 8, 24, 16, 16], empty: 'No students.' },
    ),
  };
  const pages: PrintSection[] = handoff.students.map((s) => {
    const data = { ...s, handoff };
    const parts = HANDOFF_STUDENT_SECTIONS.map((part) => {
      let body: string;
      try {
        body = part.build(data);
      } catch {
        body = '<p class="warn">This part could not be built; please report this.</p>';
      }
      return `<h3>${escapeHtml(part.title)}</h3>\n${body}`;
    });
    const head = [s.student.grade ? `Grade ${s.student.grade}` : '', s.student.school ?? '', s.student.caseManager ? `Case manager ${s.student.caseManager}` : ''].filter(Boolean).join(' · ');
    const notes = s.notes.map((n) => `<p class="warn">⚠ ${escapeHtml(n)}</p>`).join('');
    return { title: `${s.name} (${s.student.studentId})`, html: `<p class="muted">${escapeHtml(head)}</p>${notes}\n${parts.join('\n')}` };
  });
  return printablePage({
    title: 'Coverage hand-off',
    subtitle: `${presentDate(handoff.from)} – ${presentDate(handoff.to)} · prepared ${presentDate(handoff.today)} · ${handoff.students.length} student${handoff.students.length === 1 ? '' : 's'}`,
    sections: [cover, ...pages],
  });
}

import { barChartSvg } from './charts/bar-chart-svg.ts';
import { goalChartData } from './charts/goal-chart-data.ts';
import { goalChartSvg } from './charts/goal-chart-svg.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlTable } from './html-table.ts';
import type { MeetingPacket } from './meeting-packet.ts';
import { paperHtml } from './paper-html.ts';
import { presentDate } from './present-date.ts';
import { formatNumber } from './present-goal-value.ts';
import { presentServiceStatus } from './present-service-status.ts';
import { VERDICT_STYLES } from './present-verdict.ts';
import { buildSections, printablePage, type SectionBuilder } from './printable-page.ts';
import { TRACKER_COLUMNS } from './tracker-columns.ts';

const when = (p: MeetingPacket) => (p.since ? `since the last IEP (${presentDate(p.since)})` : 'on record');

const identity: SectionBuilder<MeetingPacket> = {
  id: 'identity',
  title: 'Student and case manager',
  build(p) {
    const rows = TRACKER_COLUMNS.filter((c) => c.key !== 'notes' && p.student[c.key] !== undefined).map((c) => {
      const value = p.student[c.key] as string | number;
      return [c.header, c.type === 'date' ? presentDate(String(value)) : value];
    });
    return `<p>Meeting on <b>${paperHtml.date(p.meetingDate)}</b>; prepared ${paperHtml.date(p.today)}.</p>
${htmlTable(['Field', 'Value'], rows, { widths: [35, 65] })}
${p.student.caseManager ? '' : '<p class="warn">No case manager on record.</p>'}`;
  },
};

const deadlines: SectionBuilder<MeetingPacket> = {
  id: 'deadlines',
  title: 'Deadlines and their basis',
  build(p) {
    const problems = p.problems.map((x) => `<p class="warn">⚠ ${escapeHtml(x)}</p>`).join('\n');
    return `${paperHtml.deadlines(p.deadlines)}\n${problems}`;
  },
};

const services: SectionBuilder<MeetingPacket> = {
  id: 'services',
  title: 'Services: delivery against the mandate',
  build(p) {
    const mandateOf = (serviceId: string) => {
      const s = p.services.find((x) => x.serviceId === serviceId);
      return s ? (s.mandate ?? [s.minutes ? `${s.minutes} min` : '', s.sessions ? `${s.sessions}×` : '', s.per ? `per ${s.per}` : ''].filter(Boolean).join(' ')) : '';
    };
    const rows = p.serviceDelivery;
    if (rows.length === 0) return '<p class="muted">No services on record.</p>';
    const window = rows[0] ? `${presentDate(rows[0].from)} – ${presentDate(rows[0].to)}` : '';
    const table = htmlTable(
      ['Service', 'Mandate', 'Required', 'Delivered', 'Owed', 'Status'],
      rows.map((r) => [
        { html: `${escapeHtml(r.service)}${r.provider ? `<br><span class="muted">${escapeHtml(r.provider)}</span>` : ''}` },
        { html: `${escapeHtml(mandateOf(r.serviceId))}${[r.reason, ...r.problems, ...r.notes].filter(Boolean).map((n) => `<br><span class="${r.reason || r.problems.includes(n as string) ? 'warn' : 'muted'}">${escapeHtml(n as string)}</span>`).join('')}` },
        r.status === 'unknown' ? '—' : `${formatNumber(r.requiredMinutes)} min`,
        `${formatNumber(r.deliveredMinutes)} min`,
        r.status === 'unknown' ? '—' : `${formatNumber(r.owedMinutes)} min`,
        { html: paperHtml.look(presentServiceStatus(r.status)) },
      ]),
      { widths: [22, 25, 13, 13, 12, 15] },
    );
    const chart = barChartSvg(
      {
        title: 'Minutes delivered against the mandate',
        orientation: 'horizontal',
        unit: 'minutes',
        bars: rows.map((r) => ({
          label: r.service,
          value: r.deliveredMinutes,
          ...(r.status === 'unknown' ? {} : { target: r.requiredMinutes }),
          valueText: `${formatNumber(r.deliveredMinutes)}${r.status === 'unknown' ? '' : ` of ${formatNumber(r.requiredMinutes)}`} min (${presentServiceStatus(r.status).label})`,
        })),
      },
      { width: 640, id: 'services' },
    );
    return `<p>Minutes from ${escapeHtml(window)}; a missed session the district does not owe back (student absent or unavailable, by the settings) is not owed.</p>
${table}
${paperHtml.chart(chart)}`;
  },
};

const goals: SectionBuilder<MeetingPacket> = {
  id: 'goals',
  title: 'Goals: progress data and verdicts',
  build(p) {
    if (p.goals.length === 0) return '<p class="muted">No goals on record.</p>';
    return p.goals
      .map(({ goal, points, progress }, i) => {
        const unit = goal.unit ? ` ${goal.unit}` : '';
        const target = `Baseline ${goal.baseline ?? '—'}${unit}${goal.baselineDate ? ` (${presentDate(goal.baselineDate)})` : ''} → target ${goal.target ?? '—'}${unit}${goal.targetDate ? ` by ${presentDate(goal.targetDate)}` : ''}`;
        const data = points.length
          ? points.map((pt) => `${presentDate(pt.date)}: ${pt.value ?? (pt.correct !== undefined && pt.trials ? `${pt.correct}/${pt.trials}` : '—')}${pt.phaseChange ? ' (instruction changed)' : ''}`).join(' · ')
          : 'No data points.';
        const verdict = VERDICT_STYLES[progress.verdict];
        const chart = paperHtml.chart(goalChartSvg(goalChartData(progress), { width: 640, id: `goal-${i + 1}` }));
        return `<div class="goal"><h3>${escapeHtml(goal.area ?? 'Goal')}</h3>
<p>${escapeHtml(goal.goal)}</p>
<p class="muted">${escapeHtml(target)}</p>
<p>${paperHtml.look(verdict)} ${escapeHtml(progress.ruleLabel)} <span class="muted">(${escapeHtml(progress.citation)})</span>: ${escapeHtml(progress.reason)}.</p>
<p><b>For the progress report:</b> ${escapeHtml(progress.reportSentence)}</p>
${chart}
<p><b>Data (${points.length} point${points.length === 1 ? '' : 's'}):</b> ${escapeHtml(data)}</p>
${progress.problems.map((x) => `<p class="warn">⚠ ${escapeHtml(x)}</p>`).join('')}</div>`;
      })
      .join('\n');
  },
};

const accommodations: SectionBuilder<MeetingPacket> = {
  id: 'accommodations',
  title: 'Accommodations: implementation fidelity',
  build(p) {
    return `<p>Fidelity = implemented ÷ (implemented + not implemented), checks ${escapeHtml(when(p))}; not-applicable checks are left out.</p>
${paperHtml.fidelity(p.fidelity)}`;
  },
};

const contacts: SectionBuilder<MeetingPacket> = {
  id: 'contacts',
  title: 'Parent contacts and open concerns',
  build(p) {
    const open = htmlTable(
      ['Follow-up due', 'Raised', 'About', 'Note'],
      p.openFollowUps.map((f) => [
        { html: f.unscheduledConcern ? '<span class="warn">No date set</span>' : paperHtml.date(f.dueDate) },
        presentDate(f.contact.date),
        f.contact.topic ?? (f.contact.concern ? 'Concern' : ''),
        f.contact.summary ?? '',
      ]),
      { widths: [16, 14, 25, 45], empty: 'No open concerns or follow-ups.' },
    );
    const log = htmlTable(
      ['Date', 'Time', 'With', 'Method', 'Result', 'About', 'Concern'],
      p.contacts.map((c) => [
        presentDate(c.date),
        c.time ?? '',
        c.with ?? '',
        paperHtml.choice('contacts', 'method', c.method),
        paperHtml.choice('contacts', 'result', c.result),
        [c.topic, c.summary].filter(Boolean).join(': '),
        c.concern ? (c.followUpDone ? `Yes, answered ${presentDate(c.followUpDone)}` : 'Yes, open') : '',
      ]),
      { widths: [11, 7, 12, 10, 11, 36, 13], empty: 'No contacts logged in this period.' },
    );
    const a = p.attempts;
    return `<h3>Open concerns and follow-ups</h3>
${open}
<h3>Contact log ${escapeHtml(when(p))}</h3>
<p class="muted">The record of attempts to reach the parent (34 CFR 300.322(d)): ${a.attempts.length} contact${a.attempts.length === 1 ? '' : 's'} up to the meeting; the parent was reached ${a.reached} time${a.reached === 1 ? '' : 's'}.</p>
${log}`;
  },
};

const checklist: SectionBuilder<MeetingPacket> = {
  id: 'checklist',
  title: 'Meeting checklist',
  build(p) {
    return htmlTable(
      ['Step', 'By', 'Status', 'What the records show'],
      p.checklist.items.map((i) => [
        { html: `${escapeHtml(i.step)}${i.citation ? `<br><span class="muted">${escapeHtml(i.citation)}</span>` : ''}` },
        { html: paperHtml.date(i.dueDate) },
        { html: i.status ? paperHtml.status(i.status) : '—' },
        { html: [escapeHtml(i.detail), ...i.warnings.map((w) => `<span class="warn">⚠ ${escapeHtml(w)}</span>`)].join('<br>') },
      ]),
      { widths: [32, 12, 15, 41] },
    );
  },
};

/**
 * The meeting packet's sections, in order: one small builder each. A new section is one builder and
 * one line here.
 */
export const MEETING_PACKET_SECTIONS: readonly SectionBuilder<MeetingPacket>[] = [identity, deadlines, services, goals, accommodations, contacts, checklist];

/**
 * The meeting packet as a printable, self-contained HTML page (letter paper, a new sheet per section, no
 * script, no outside resource, every text escaped).
 *
 * @example meetingPacketHtml(packet.value) // '<!doctype html>…'
 */
export function meetingPacketHtml(packet: MeetingPacket): string {
  return printablePage({
    title: `Meeting packet: ${packet.name}`,
    subtitle: `Student ID ${packet.student.studentId} · meeting ${presentDate(packet.meetingDate)} · case manager ${packet.student.caseManager ?? 'not on record'}`,
    sections: buildSections(MEETING_PACKET_SECTIONS, packet),
  });
}

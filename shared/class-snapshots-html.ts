import type { ClassSnapshots } from './class-snapshots.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlTable } from './html-table.ts';
import { presentDate } from './present-date.ts';
import { printablePage, type PrintSection } from './printable-page.ts';

/**
 * Class snapshots as a printable, self-contained HTML page: one sheet per class with each student's
 * accommodations there (34 CFR 300.323(d)), then a sheet naming the students no snapshot lists.
 *
 * @example classSnapshotsHtml(snapshots.value, { today: '2026-11-23' }) // '<!doctype html>…'
 */
export function classSnapshotsHtml(snapshots: ClassSnapshots, options: { today: string }): string {
  const sections: PrintSection[] = snapshots.classes.map((c) => ({
    title: c.school ? `${c.className} · ${c.school}` : c.className,
    html: `<p class="muted">${c.teachers.length ? `Teachers checking in this class: ${escapeHtml(c.teachers.join(', '))}. ` : ''}You are responsible for providing these accommodations (34 CFR 300.323(d)). Confidential: keep with your class records.</p>
${c.students
  .map(
    (s) => `<h3>${escapeHtml(s.name)} <span class="muted">(${escapeHtml(s.student.studentId)}${s.student.grade ? `, grade ${escapeHtml(s.student.grade)}` : ''})</span></h3>
${htmlTable(['Accommodation', 'Kind', 'Where'], s.accommodations.map((a) => [a.accommodation, a.category ?? '', a.appliesTo ?? 'All classes']), { widths: [60, 15, 25] })}`,
  )
  .join('\n') || '<p class="muted">No students with accommodations in this class.</p>'}`,
  }));
  if (snapshots.notInAnyClass.length) {
    sections.push({
      title: 'Students in no class snapshot',
      html: htmlTable(['Student', 'ID', 'Why'], snapshots.notInAnyClass.map((s) => [s.name, s.student.studentId, s.reason]), { widths: [35, 15, 50] }),
    });
  }
  return printablePage({
    title: 'Class snapshots: accommodations by class',
    subtitle: `Prepared ${presentDate(options.today)} · ${snapshots.classes.length} class${snapshots.classes.length === 1 ? '' : 'es'}`,
    sections: sections.length ? sections : [{ title: 'No classes', html: '<p>No class is named in the accommodations or checks.</p>' }],
  });
}

/**
 * The paper trail: one meeting packet (data and printable HTML) for a student with a full year of data,
 * and the coverage hand-off and class snapshots for a caseload of 60 such students, on the example
 * school calendar under Illinois rules (the materials deadline counts school days).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  classSnapshots,
  classSnapshotsHtml,
  coverageHandoff,
  coverageHandoffHtml,
  type IsoDate,
  meetingPacket,
  meetingPacketHtml,
  parseSchoolCalendar,
  Settings,
} from '../shared/index.ts';
import { fullYearCaseload } from '../shared/test-full-year.ts';
import { report, timeIt } from './lib/measure.ts';

export async function run(): Promise<void> {
  const calendar = parseSchoolCalendar(readFileSync(join(import.meta.dirname, '..', 'examples', 'school-calendar.json'), 'utf8'));
  if (!calendar.ok) throw new Error(calendar.error.message);
  const today = '2026-11-23' as IsoDate;
  const settings = Settings.parse({ calendar: calendar.value, state: 'IL' });
  const caseload = fullYearCaseload(60, { today });
  const rows = Object.values(caseload).reduce((n, t: unknown[]) => n + t.length, 0);

  let html = '';
  const packet = timeIt(() => {
    const built = meetingPacket(caseload, 'Y1030', { settings, today });
    if (!built.ok) throw new Error(built.error.message);
    html = meetingPacketHtml(built.value);
  });
  report(`meeting packet for 1 student with a full year of data, in a caseload of 60 (${rows} rows), median CPU time of 9`, packet.median, 'ms', 300);
  report('  (packet size)', html.length / 1024, 'KB');

  const handoff = timeIt(() => {
    const built = coverageHandoff(caseload, { settings, today, from: '2026-11-30' as IsoDate, to: '2026-12-11' as IsoDate });
    if (!built.ok) throw new Error(built.error.message);
    html = coverageHandoffHtml(built.value);
  });
  report('coverage hand-off for 60 students over two weeks, median CPU time of 9', handoff.median, 'ms');
  report('  (hand-off size)', html.length / 1024, 'KB');

  const snapshots = timeIt(() => {
    const built = classSnapshots(caseload);
    if (!built.ok) throw new Error(built.error.message);
    html = classSnapshotsHtml(built.value, { today });
  });
  report('class snapshots for 60 students, median CPU time of 9', snapshots.median, 'ms');
}

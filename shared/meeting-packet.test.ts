import { describe, expect, it } from 'vitest';
import { meetingPacket } from './meeting-packet.ts';
import { MEETING_PACKET_SECTIONS, meetingPacketHtml } from './meeting-packet-html.ts';
import { caseloadOf } from './caseload.ts';
import { escapeHtml } from './escape-html.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';
import { fullYearCaseload, HOSTILE, selfContainedProblems } from './test-full-year.ts';

const today = d('2026-11-23');
const settings = settingsWith({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON });
const caseload = fullYearCaseload(3, { today, hostile: true });

describe('the meeting packet', () => {
  const packet = meetingPacket(caseload, 'Y1001', { settings, today });
  if (!packet.ok) throw new Error(packet.error.message);
  const html = meetingPacketHtml(packet.value);

  it('has every section, each on its own sheet, for a student with a full year of data', () => {
    for (const s of MEETING_PACKET_SECTIONS) expect(html).toContain(`<h2>${s.title}</h2>`);
    expect(html.match(/<section/g)).toHaveLength(MEETING_PACKET_SECTIONS.length);
    expect(html).toContain('@page { size: letter');
    expect(html).toContain('break-before: page');
  });

  it('holds the facts: IL materials deadline with its basis, fidelity, open concern, attempts, checklist', () => {
    const p = packet.value;
    expect(p.meetingDate).toBe('2026-12-07');
    expect(p.deadlines.find((x) => x.kind === 'meeting-materials')?.dueDate).toBe('2026-12-02');
    expect(html).toContain('105 ILCS 5/14-8.02f(c)');
    expect(html).toContain('12/2/2026');
    expect(p.fidelity).toHaveLength(3);
    expect(p.fidelity.every((f) => f.fidelity !== null && f.fidelity > 0.7 && f.fidelity < 1)).toBe(true);
    expect(html).toMatch(/\d+% \(\d+ of \d+\)/);
    expect(p.openFollowUps.length).toBeGreaterThan(0);
    expect(p.deadlines.some((x) => x.kind === 'contact-follow-up')).toBe(true);
    expect(html).toContain('34 CFR 300.322(d)');
    expect(p.goals.every((g) => g.points.length >= 52)).toBe(true);
  });

  it('shows service delivery against the mandate with a bar chart, and each goal with its chart, data and verdict', () => {
    const p = packet.value;
    expect(p.serviceDelivery.map((r) => r.service).sort()).toEqual(['Specialized reading instruction', 'Speech-language therapy']);
    const speech = p.serviceDelivery.find((r) => r.service === 'Speech-language therapy');
    expect(speech?.requiredMinutes).toBeGreaterThan(0);
    expect(html).toContain(`${speech?.deliveredMinutes} min`);
    expect(html).toContain('Minutes delivered against the mandate');
    expect(html.match(/<svg /g)).toHaveLength(1 + p.goals.length);
    for (const { progress } of p.goals) {
      expect(html).toContain(escapeHtml(progress.reportSentence));
      expect(progress.points).toBeGreaterThanOrEqual(52);
    }
  });

  it('is self-contained: no script, no network resource', () => {
    expect(selfContainedProblems(html)).toEqual([]);
  });

  it('escapes every text: markup in names, notes, topics and services shows as written', () => {
    const hostile = meetingPacket(caseload, 'Y1000', { settings, today });
    if (!hostile.ok) throw new Error(hostile.error.message);
    const page = meetingPacketHtml(hostile.value);
    expect(selfContainedProblems(page)).toEqual([]);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(page).not.toContain(HOSTILE);
  });

  it('uses the meeting date given, and says why it cannot be built', () => {
    const other = meetingPacket(caseload, 'Y1001', { settings, today, meetingDate: d('2027-01-12') });
    expect(other.ok && other.value.checklist.meetingDate).toBe('2027-01-12');
    const missing = meetingPacket(caseload, 'NOPE', { settings, today });
    expect(missing.ok ? '' : missing.error.code).toBe('unknown-student');
    const twice = caseloadOf({ students: [{ studentId: 'D1' }, { studentId: 'D1', firstName: 'Other' }] });
    expect((r => (r.ok ? '' : r.error.code))(meetingPacket(twice, 'D1', { settings, today }))).toBe('duplicate-student');
    const none = meetingPacket(caseloadOf({ students: [{ studentId: 'N1' }] }), 'N1', { settings, today });
    expect(none.ok ? '' : none.error.code).toBe('no-meeting-date');
  });
});

describe('selfContainedProblems (the check above)', () => {
  it('finds what would run or load', () => {
    expect(selfContainedProblems('<p onclick="x()">a</p><img src="http://x.test/a.png"><link rel=stylesheet href=a.css>')).toEqual(['an event handler', 'a link element', 'an image element', 'a web address']);
    expect(selfContainedProblems('<p>&lt;script&gt; onerror=x</p>')).toEqual([]);
  });
});

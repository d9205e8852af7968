import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.ts';
import { main } from './main.ts';

const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const CASELOAD_DIR = join(EXAMPLES, 'caseload');
const CALENDAR = join(EXAMPLES, 'school-calendar.json');
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'casekeeper-paper-')), name);

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('casekeeper packet', { timeout: 30_000 }, () => {
  it('writes the meeting packet of one student for the meeting on record, every section in it', async () => {
    const file = out('packet.html');
    const r = await cli('packet', '--data', CASELOAD_DIR, '--student', 'S1041', '--today', '2026-11-23', '--state', 'IL', '--calendar', CALENDAR, '-o', file);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Hugo Prescott (meeting 12/29/2026)');
    const html = readFileSync(file, 'utf8');
    for (const title of ['Student and case manager', 'Deadlines and their basis', 'Services: delivery against the mandate', 'Goals: progress data and verdicts', 'Accommodations: implementation fidelity', 'Parent contacts and open concerns', 'Meeting checklist']) {
      expect(html).toContain(`<h2>${title}</h2>`);
    }
    expect(html).toContain('Written materials to the parent');
    expect(html).not.toMatch(/<script|https?:\/\//i);
  });

  it('takes a meeting date, and explains a student who is not there or has no meeting', async () => {
    const file = out('p.html');
    expect((await cli('packet', '--data', CASELOAD_DIR, '--student', 'S1004', '--meeting', 'Jan 12, 2027', '--today', '2026-11-23', '-o', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Meeting on <b>1/12/2027</b>');
    const none = await cli('packet', '--data', CASELOAD_DIR, '--student', 'S1004', '-o', file);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/No meeting is scheduled for Priya Dunmore/);
    const unknown = await cli('packet', '--data', CASELOAD_DIR, '--student', 'NOPE', '-o', file);
    expect(unknown.err).toMatch(/No student with ID "NOPE"/);
    expect((await cli('packet', '--data', CASELOAD_DIR, '--student', 'S1041')).err).toMatch(/-o FILE\.html/);
  });
});

describe('casekeeper handoff', { timeout: 30_000 }, () => {
  it('writes a hand-off for the students asked for over two weeks by default', async () => {
    const file = out('handoff.html');
    const r = await cli('handoff', '--data', CASELOAD_DIR, '--students', 'S1041,S1002', '--from', '2026-11-30', '--today', '2026-11-23', '-o', file);
    expect(r.code).toBe(0);
    expect(r.err).toContain('2 students, 11/30/2026 – 12/13/2026');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Hugo Prescott (S1041)');
    expect(html).toContain('Jordan Brook (S1002)');
    expect(html).not.toContain('Avery Alder');
  });

  it('says which student IDs are not on the caseload', async () => {
    const r = await cli('handoff', '--data', CASELOAD_DIR, '--students', 'S1041,ZZ9', '-o', out('h.html'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Not on this caseload: ZZ9.');
  });
});

describe('casekeeper snapshot', { timeout: 30_000 }, () => {
  it('writes one class (one sheet per school that has it), or names the classes known', async () => {
    const file = out('snap.html');
    const r = await cli('snapshot', '--data', CASELOAD_DIR, '--class', 'math', '--today', '2026-11-23', '-o', file);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<h2>[^<]*<\/h2>/g)).toEqual(['<h2>Math · Cedar Middle</h2>', '<h2>Math · Harbor High</h2>', '<h2>Math · Lincoln Elementary</h2>']);
    const bad = await cli('snapshot', '--data', CASELOAD_DIR, '--class', 'Art', '-o', file);
    expect(bad.err).toContain('Classes on record: English, Math, Science, Social Studies.');
  });
});

describe('casekeeper deadlines: the paper-trail deadlines come through the caseload sources', { timeout: 30_000 }, () => {
  it('lists open parent follow-ups, and Illinois meeting materials', async () => {
    const r = await cli('deadlines', '--data', CASELOAD_DIR, '--today', '2026-11-23', '--state', 'IL', '--calendar', CALENDAR, '--format', 'json');
    const { deadlines } = JSON.parse(r.out) as { deadlines: { kind: string; studentId: string; dueDate: string }[] };
    expect(deadlines.filter((d) => d.kind === 'contact-follow-up').length).toBeGreaterThan(5);
    expect(deadlines.find((d) => d.kind === 'meeting-materials' && d.studentId === 'S1041')?.dueDate).toBe('2026-12-15');
  });
});

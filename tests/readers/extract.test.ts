// @vitest-environment node
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { PAGES_DIR } from './load-page.ts';

async function extract(...argv: string[]) {
  const io = memoryIo();
  const code = await main(['extract', ...argv], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const page = (path: string) => join(PAGES_DIR, path);

describe('casekeeper extract', () => {
  it('prints the system, the tracker fields (dates as YYYY-MM-DD) and the issues as JSON', async () => {
    const r = await extract(page('forms/student.html'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      system: 'generic',
      fields: {
        studentId: 'S2044',
        firstName: 'Hana',
        lastName: 'Nakamura',
        dateOfBirth: '2012-09-09',
        grade: '8th',
        school: 'Willow Creek Middle',
        caseManager: 'Lindqvist, Erik',
        disability: 'Specific Learning Disability (SLD)',
        lastIepDate: '2025-01-28',
        lastEvaluationDate: '2024-01-15',
        annualReviewDue: '2026-01-27',
        reevaluationDue: '2027-01-15',
      },
      issues: [],
    });
  });

  it('uses the SEIS reader when --url is a SEIS address', async () => {
    const seis = JSON.parse((await extract(page('seis/student.html'), '--url', 'https://www.seis.org/iep/student/1001', '--json')).out);
    expect(seis.system).toBe('seis');
    expect(seis.fields).toMatchObject({ studentId: '1001', lastName: 'Rivera', firstName: 'Maya', annualReviewDue: '2026-02-05' });
    const local = JSON.parse((await extract(page('seis/student.html'), '--json')).out);
    expect(local.system).toBe('generic');
  });

  it('prints a readable two-column listing in tracker order', async () => {
    const r = await extract(page('tables/student.html'));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Read by: generic reader');
    // Labels padded to the longest one shown ("Annual Review Due"), then two spaces, then the value.
    expect(lines.slice(1, 4)).toEqual(['  Student ID         S3107', '  First Name         Chidi', '  Last Name          Okonkwo']);
    expect(lines).toContain('  Reevaluation Due   2028-09-03');
  });

  it('reads the frames a saved frameset page keeps beside it', async () => {
    const r = JSON.parse((await extract(page('frames/index.html'), '--json')).out);
    expect(r.fields).toMatchObject({ studentId: 'S4410', firstName: 'Amara', caseManager: 'Whitfield, Jordan', reevaluationDue: '2027-03-02' });
  });

  it('says when a frame was not saved with the page', async () => {
    const r = JSON.parse((await extract(page('frames/mixed.html'), '--json')).out);
    expect(r.fields).toMatchObject({ studentId: 'S4410' });
    expect(r.issues).toEqual(['A frame of this page was not saved with it, so it was not read.']);
  });

  it('says "Layout not recognised" on an unknown layout', async () => {
    const r = await extract(page('changed/student.html'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('No student details found on this page.');
    expect(r.out).toContain('Layout not recognised');
  });

  it('never runs the page\'s scripts or event handlers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casekeeper-extract-'));
    const marker = join(dir, 'ran.txt');
    const js = `try { require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x') } catch (e) {} globalThis.__extractRan = true;`;
    const file = join(dir, 'page.html');
    writeFileSync(file, `<p>Student ID: S1<script>${js}</script></p><img src="x" onerror="${js.replace(/"/g, '&quot;')}"><p>Grade: 2</p>`);
    const r = await extract(file, '--json');
    expect(JSON.parse(r.out).fields).toEqual({ studentId: 'S1', grade: '2' });
    expect(existsSync(marker)).toBe(false);
    expect((globalThis as Record<string, unknown>).__extractRan).toBeUndefined();
  });

  it('explains a missing file and exits 1', async () => {
    const r = await extract(join(tmpdir(), 'no-such-page.html'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Cannot open the page ".*no-such-page\.html": there is no such file\./);
  });

  it('explains usage mistakes', async () => {
    expect((await extract()).err).toContain('Usage: casekeeper extract <page.html>');
    const badUrl = await extract(page('forms/student.html'), '--url', 'not a url');
    expect(badUrl.code).toBe(2);
    expect(badUrl.err).toContain('is not a web address');
  });
});

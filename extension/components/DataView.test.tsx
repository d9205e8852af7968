import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { caseloadOf, unzipCaseloadFiles, zipCaseloadFiles, type Caseload, type IsoDate } from '../../shared/index.ts';
import { fromBase64 } from '../lib/encrypted-backup.ts';
import type { ImportCounts } from '../storage/table-rows.ts';
import { DataView } from './DataView.tsx';
import { clickButton, mountPerTest } from './test-dom.ts';

const dom = mountPerTest();
const click = (text: string) => clickButton(dom.host, text);
const EXAMPLES = join(import.meta.dirname, '../../examples/caseload');
const exampleFiles = () => Object.fromEntries(readdirSync(EXAMPLES).map((f) => [f, readFileSync(join(EXAMPLES, f), 'utf8')]));

const counts = (students: number): ImportCounts =>
  Object.fromEntries(
    ['students', 'services', 'sessions', 'goals', 'goalData', 'accommodations', 'checks', 'contacts'].map((t) => [t, { added: t === 'students' ? students : 0, updated: 0, unchanged: 0 }]),
  ) as ImportCounts;

function render(onImportZip = vi.fn(async (_zip: string) => ({ counts: counts(40), problems: 5 })), caseload: Caseload = caseloadOf()) {
  act(() =>
    dom.root.render(
      <DataView caseload={caseload} audit={[]} importProblems={[]} onImportZip={onImportZip} onExport={vi.fn()} onRestore={vi.fn()} onDeleteAll={vi.fn()} />,
    ),
  );
  return onImportZip;
}

/** Chooses a file in the caseload file field, as a user does. */
async function choose(name: string, bytes: Uint8Array) {
  const input = dom.host.querySelector<HTMLInputElement>('#caseload-file');
  if (!input) throw new Error('no caseload file field');
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
  });
}

const preview = () => dom.host.querySelector('[aria-label="What the file holds"]')?.textContent ?? '';
const problems = () => [...dom.host.querySelectorAll('[aria-label="Problems in the file"] li')].map((li) => li.textContent ?? '');

describe('DataView: importing a caseload', () => {
  it("keeps the good rows of the README's own students CSV on the teacher's word (issue 16), listing every problem first", async () => {
    const onImportZip = render();
    const csv = readFileSync(join(EXAMPLES, 'students.csv'));
    await choose('students.csv', csv);
    expect(onImportZip).not.toHaveBeenCalled(); // nothing written before the teacher says so
    expect(preview()).toMatch(/Students: students\.csv, 42 good rows, read as UTF-8/);
    expect(problems()).toHaveLength(5);
    expect(problems()[0]).toMatch(/^Students, row 9, Last IEP Date “next week”: .*not a date/);
    expect(dom.host.querySelector('caption')?.textContent).toBe('What importing the good rows would do');
    expect(dom.host.querySelector('tbody tr')?.textContent).toBe('Students4200');
    await click('Import the good rows');
    expect(onImportZip).toHaveBeenCalledTimes(1);
    // What goes to the worker is the same file, as the students table of a caseload zip.
    const sent = unzipCaseloadFiles(fromBase64(onImportZip.mock.calls[0]?.[0] ?? ''));
    expect(sent.ok && sent.value['students.csv']?.text).toBe(csv.toString('utf8'));
    expect(dom.host.querySelector('[role=status].message')?.textContent).toMatch(/^Imported\. Students: 40 added, 0 updated\. 5 problems are listed/);
  });

  it('previews a whole caseload zip: each file with its encoding, every problem of every table, and what would be added or updated', async () => {
    const files = exampleFiles();
    // One file as older Excel writes it (Windows-1252): "José" is read right and the encoding named.
    const contacts = Buffer.from(files['contacts.csv']?.replace('Guardian', 'José') ?? '', 'latin1');
    const zip = zipSync({ ...Object.fromEntries(Object.entries(files).map(([n, t]) => [n, new TextEncoder().encode(t)])), 'contacts.csv': new Uint8Array(contacts), 'notes.txt': new Uint8Array([65]) });
    const stored = caseloadOf({ students: [{ studentId: 'S1001' }] });
    render(undefined, stored);
    await choose('caseload.zip', zip);
    expect(preview()).toMatch(/Contacts: contacts\.csv, \d+ good rows, read as Windows-1252/);
    expect(preview()).toMatch(/Service log: sessions\.csv, 3015 good rows, read as UTF-8/);
    const listed = problems();
    expect(listed).toHaveLength(9);
    expect(listed.some((p) => /^Service log, row 6, Minutes “thirty”/.test(p))).toBe(true);
    expect(listed.some((p) => /^Goal data, row 2053, Goal ID “goal-99999”: No row of Goals/.test(p))).toBe(true);
    const rows = [...dom.host.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Students', '41', '1', '0']); // S1001 is stored, with less in it: updated
    expect(rows.map((r) => r[0])).toContain('Service log');
    expect(dom.host.textContent).toContain('Import the good rows');
  });

  it('says "Nothing was imported" and why when the worker refuses, and when the file is not a zip', async () => {
    render(
      vi.fn(async () => {
        throw new Error('Casekeeper is locked');
      }),
    );
    await choose('caseload.zip', zipCaseloadFiles({ 'students.csv': 'Student ID\nS1\n' }));
    await click('Import');
    expect(dom.host.querySelector('[role=alert]')?.textContent).toBe('Nothing was imported: Casekeeper is locked.');
    await choose('caseload.zip', new TextEncoder().encode('Student ID\nS1\n'));
    expect(dom.host.querySelector('[role=alert]')?.textContent).toMatch(/^Nothing was imported: That file is not a \.zip file/);
    expect(preview()).toBe('');
  });
});

/** A string as Windows-1252 bytes (Latin-1 range only here). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('DataView: files in other encodings, too many rows, failures (issue 17)', () => {
  it('reads a Windows-1252 export without corrupting names, and says which encoding it read', async () => {
    const onImportZip = render();
    await choose('caseload.csv', cp1252('Student ID,First Name,Last Name,Last IEP Date\r\nS1,José,Núñez,2026-02-01\r\n'));
    expect(preview()).toMatch(/read as Windows-1252/);
    await click('Import');
    const sent = unzipCaseloadFiles(fromBase64(onImportZip.mock.calls[0]?.[0] ?? ''));
    expect(sent.ok && sent.value['students.csv']?.text).toContain('José,Núñez');
  });

  it('before the teacher confirms, names the encoding and shows what the update would change in the saved record, old → new', async () => {
    const stored = caseloadOf({ students: [{ studentId: 'S1', firstName: 'José', lastName: 'Nunez', lastIepDate: '2026-02-01' as IsoDate, grade: '5' }] });
    const onImportZip = render(undefined, stored);
    await choose('caseload.csv', cp1252('Student ID,First Name,Last Name,Last IEP Date,Grade\r\nS1,José,Núñez,2026-02-03,5\r\nS2,Ana,Pérez,2026-03-01,4\r\n'));
    expect(preview()).toMatch(/caseload\.csv, 2 good rows, read as Windows-1252/);
    const changes = [...dom.host.querySelectorAll('[aria-label="What would change"] li')].map((li) => li.textContent);
    expect(changes).toEqual(['José Núñez: Last Name Nunez → Núñez; Last IEP Date 2/1/2026 → 2/3/2026']);
    expect([...dom.host.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['Students110']);
    expect(onImportZip).not.toHaveBeenCalled(); // shown, nothing written
    await click('Import');
    expect(onImportZip).toHaveBeenCalledTimes(1);
  });

  it('warns when an update would put the unreadable-character mark where the saved name has letters (a file damaged before it got here)', async () => {
    const stored = caseloadOf({ students: [{ studentId: 'S1', firstName: 'José', lastName: 'Núñez' }] });
    const onImportZip = render(undefined, stored);
    await choose('caseload.csv', new TextEncoder().encode('Student ID,First Name,Last Name\nS1,Jos\uFFFD,N\uFFFD\uFFFDez\n'));
    expect([...dom.host.querySelectorAll('[aria-label="What would change"] li')].map((li) => li.textContent)).toEqual(['Jos� N��ez: First Name José → Jos�; Last Name Núñez → N��ez']);
    expect(dom.host.querySelector('[role=note].warning')?.textContent).toMatch(/^1 update would put � \(a character that could not be read\) where the saved record has letters \(Jos� N��ez\)\. The file may have been saved in another encoding/);
    expect(onImportZip).not.toHaveBeenCalled();
  });

  it('lists the changes of updated records of every table (a service, by its student and name), none for records already the same', async () => {
    const stored = caseloadOf({
      students: [{ studentId: 'S1', firstName: 'Ana', lastName: 'Rivera' }],
      services: [{ serviceId: 'svc-1', studentId: 'S1', service: 'Speech-language therapy', mandate: '30 min 2x/week', provider: 'M. Lee' }],
    });
    render(undefined, stored);
    const zip = zipCaseloadFiles({
      'students.csv': 'Student ID,First Name,Last Name\nS1,Ana,Rivera\n',
      'services.csv': 'Service ID,Student ID,Service,Provider,Frequency and Duration\nsvc-1,S1,Speech-language therapy,,30 min 3x/week\n',
    });
    await choose('caseload.zip', zip);
    const changes = [...dom.host.querySelectorAll('[aria-label="What would change"] li')].map((li) => li.textContent);
    expect(changes).toEqual(['Ana Rivera · Services: Speech-language therapy: Provider M. Lee → (blank); Frequency and Duration 30 min 2x/week → 30 min 3x/week']);
    expect([...dom.host.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['Students001', 'Services010']);
  });

  it('over 20,000 rows: "Nothing was imported" and the reason, never a schema dump', async () => {
    const onImportZip = render();
    const rows = Array.from({ length: 20_001 }, (_, i) => `S${i},A,B,2026-02-01`).join('\n');
    await choose('caseload.csv', new TextEncoder().encode(`Student ID,First Name,Last Name,Last IEP Date\n${rows}\n`));
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toMatch(/^Nothing was imported: the file has 20,001 students/);
    expect(onImportZip).not.toHaveBeenCalled();
  }, 30_000);

  it('a failure while saving ends in "Nothing was imported" and the reason', async () => {
    render(vi.fn(async () => Promise.reject(new Error('Not saved: the browser storage for Casekeeper is full. Your earlier data is unchanged.'))));
    await choose('caseload.csv', new TextEncoder().encode('Student ID,Last IEP Date\nS1,2026-02-01\n'));
    await click('Import');
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe('Nothing was imported: the browser storage for Casekeeper is full.');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseloadFiles, unzipCaseloadFiles, zipCaseloadFiles, type Caseload } from '../../shared/index.ts';
import { launchWithExtension, openPanel, readStore, ROOT, type ExtensionBrowser } from './harness.ts';

const EXAMPLES = join(ROOT, 'examples/caseload');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Every table's records, each table sorted, for comparing two readings of a caseload. */
function canonical(caseload: Caseload): Record<string, string[]> {
  return Object.fromEntries(Object.entries(caseload).map(([table, rows]) => [table, (rows as unknown[]).map((r) => JSON.stringify(r)).sort()]));
}

function readZip(bytes: Uint8Array): Caseload {
  const unzipped = unzipCaseloadFiles(bytes);
  if (!unzipped.ok) throw new Error(unzipped.error.message);
  return readCaseloadFiles(Object.fromEntries(Object.entries(unzipped.value).map(([name, f]) => [name, f.text]))).caseload;
}

describe('the whole caseload as a zip, in the real side panel', () => {
  it('imports examples/caseload zipped: problems listed first, the good rows on the teacher\'s word; the export reads back to the same records', async () => {
    const files = Object.fromEntries(readdirSync(EXAMPLES).map((f) => [f, readFileSync(join(EXAMPLES, f), 'utf8')]));
    const zip = zipCaseloadFiles(files);
    const expected = readCaseloadFiles(files);

    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const problems = panel.getByRole('list', { name: 'Problems in the file' });
    await problems.waitFor();
    const listed = await problems.locator('li').allInnerTexts();
    expect(listed).toHaveLength(expected.problems.length);
    expect(listed.join('\n')).toMatch(/Students, row 9, Last IEP Date “next week”/);
    expect(listed.join('\n')).toMatch(/Service log, row 6, Minutes “thirty”/);
    expect(await panel.getByText(/Service log: sessions\.csv, 3015 good rows, read as UTF-8/).count()).toBe(1);
    expect(await readStore(panel, 'students')).toEqual([]); // nothing written before the teacher's word

    await panel.getByRole('button', { name: 'Import the good rows' }).click();
    await panel.getByText(/^Imported\. Students: 42 added/).waitFor({ timeout: 30_000 });
    expect(((await readStore(panel, 'students')) as unknown[]).length).toBe(expected.caseload.students.length);
    expect(await panel.getByRole('tab', { name: /Caseload/ }).innerText()).toContain(`(${expected.caseload.students.length})`);

    // The problems stay beside their students afterwards.
    await panel.getByRole('tab', { name: /Caseload/ }).click();
    await panel.getByLabel('Search').fill('S1008');
    await panel.getByText(/⚠ 1 problem from the last import/).waitFor();
    await panel.getByRole('tab', { name: 'Data' }).click();

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export whole caseload (.zip)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^casekeeper-\d{4}-\d{2}-\d{2}\.zip$/);
    const exported = readZip(new Uint8Array(readFileSync((await download.path()) as string)));
    expect(canonical(exported)).toEqual(canonical(expected.caseload));
    await panel.close();
  }, 90_000);
});

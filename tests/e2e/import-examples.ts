import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { zipCaseloadFiles } from '../../shared/index.ts';
import { ROOT } from './harness.ts';

/** What {@link importExamples} saw on the way. */
export interface ExamplesImported {
  /** The problems the Data view listed before anything was written, as the teacher read them. */
  problems: string[];
  /** The Data view's message after the good rows were imported. */
  imported: string;
}

/** `examples/caseload/` as the zip a teacher would pick (Casekeeper's export of every table). */
export function exampleCaseloadZip(): Buffer {
  const dir = join(ROOT, 'examples', 'caseload');
  const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  return Buffer.from(zipCaseloadFiles(files));
}

/**
 * Brings `examples/` into an open side panel as a teacher would, through its screens only: the school
 * calendar first (Settings → Import the district calendar → Save settings), then the caseload zip
 * (Data → Caseload), the problems read, then "Import the good rows".
 */
export async function importExamples(panel: Page): Promise<ExamplesImported> {
  await panel.getByRole('tab', { name: /^Settings/ }).click();
  await panel.getByLabel(/Import the district calendar/).setInputFiles(join(ROOT, 'examples', 'school-calendar.json'));
  await panel.getByRole('button', { name: /^Remove calendar$/ }).waitFor();
  await panel.getByRole('button', { name: 'Save settings' }).click();
  await panel.getByRole('status').filter({ hasText: /saved/i }).first().waitFor();

  await panel.getByRole('tab', { name: /^Data/ }).click();
  await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: exampleCaseloadZip() });
  const listed = panel.getByRole('list', { name: 'Problems in the file' });
  await listed.waitFor();
  const problems = await listed.locator('li').allInnerTexts();
  await panel.getByRole('button', { name: 'Import the good rows' }).click();
  const done = panel.getByText(/^Imported\./);
  await done.waitFor({ timeout: 60_000 });
  return { problems, imported: (await done.innerText()).trim() };
}

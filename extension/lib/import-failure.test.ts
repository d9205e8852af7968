import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nothingImported, tooManyRows } from './import-failure.ts';
import { ask, WORKER_STOPPED } from './panel-client.ts';

describe('import failures, in a teacher\'s words', () => {
  it('a worker stopped mid-import: "Nothing was imported" and why, never Chrome\'s "message channel closed"', async () => {
    fakeBrowser.runtime.sendMessage = () => Promise.reject(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'));
    const error = await ask({ type: 'caseload.import', students: [] }).catch((e: unknown) => e);
    expect(error).toEqual(new Error(WORKER_STOPPED));
    const said = nothingImported(error, 'imported');
    expect(said).toMatch(/^Nothing was imported: Casekeeper's background worker stopped before it finished/);
    expect(said).not.toMatch(/channel|listener/);
  });

  it('over 20,000 rows: "Nothing was imported", the count and what to do', () => {
    expect(tooManyRows(25_000)).toBe('Nothing was imported: the file has 25,000 students, and Casekeeper imports at most 20,000 at a time. Split the file into smaller ones and import each.');
  });

  it('every other failure gets the same ending, once', () => {
    expect(nothingImported(new Error('Not saved: the browser storage for Casekeeper is full. Your earlier data is unchanged.'), 'imported')).toBe(
      'Nothing was imported: the browser storage for Casekeeper is full.',
    );
    expect(nothingImported(new Error('Nothing imported: student id s2 appears twice in the file.'), 'imported')).toBe('Nothing was imported: student id s2 appears twice in the file.');
    expect(nothingImported(new Error('This backup file is damaged or cut short. Nothing was changed.'), 'restored')).toBe('Nothing was restored: this backup file is damaged or cut short.');
    expect(nothingImported(new Error('Nothing was imported: already said.'), 'imported')).toBe('Nothing was imported: already said.');
  });
});

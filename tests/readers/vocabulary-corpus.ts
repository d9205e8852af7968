import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './load-page.ts';

/** One page of the vocabulary corpus and the fields a reader must find on it (nothing more). */
export interface CorpusPage {
  file: string;
  /** States whose wording the page uses. */
  vocabulary: string[];
  /** The IEP system whose screen it imitates, if any. */
  system: string | null;
  layout: string;
  /** The address it is read at (decides which reader applies). */
  url: string;
  fields: Record<string, string>;
}

/** The corpus (tests/fixtures/pages/vocabulary/corpus.json): invented students only. */
export const CORPUS: readonly CorpusPage[] = JSON.parse(readFileSync(join(PAGES_DIR, 'vocabulary', 'corpus.json'), 'utf8')) as CorpusPage[];

/** Recall and precision of readings against the corpus: a wrong value counts against both. */
export function scoreCorpus(read: (page: CorpusPage) => Record<string, string>): { expected: number; read: number; correct: number; wrong: string[]; missed: string[] } {
  let expected = 0;
  let emitted = 0;
  let correct = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const page of CORPUS) {
    const fields = read(page);
    expected += Object.keys(page.fields).length;
    emitted += Object.keys(fields).length;
    for (const [key, value] of Object.entries(page.fields)) {
      if (fields[key] === value) correct++;
      else if (fields[key] === undefined) missed.push(`${page.file} ${key}`);
    }
    for (const [key, value] of Object.entries(fields)) if (page.fields[key] !== value) wrong.push(`${page.file} ${key}=${value}`);
  }
  return { expected, read: emitted, correct, wrong, missed };
}

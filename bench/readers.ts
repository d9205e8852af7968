/**
 * The page readers (extension/sites) in happy-dom, as `casekeeper extract` runs them:
 * - the generic reader on the demo's 1,000-row caseload table page (target ≤ 50 ms; the extension
 *   benchmark measures the same page again in Chromium);
 * - the worst case: the same table without its header row, so every cell is walked as text;
 * - teach mode reading one taught column from row 500 of that table;
 * - a one-student page of each layout;
 * - recall and precision on the vocabulary corpus (tests/fixtures/pages/vocabulary: synthetic pages in the
 *   words of many states and IEP systems). Recall = expected fields read with the right value / expected;
 *   precision = right values / all values read (a wrong value counts against both).
 * Parsing is done before timing; each figure is the median of several runs (CPU time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readPage, readTaught } from '../extension/sites/index.ts';
import { CORPUS, scoreCorpus } from '../tests/readers/vocabulary-corpus.ts';
import { report, timeIt } from './lib/measure.ts';

const PAGES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');
const URL_ANY = new URL('https://district.example/caseload');

export async function run(): Promise<void> {
  const window = new Window({ url: URL_ANY.href });
  try {
    const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const caseloadHtml = readFileSync(join(PAGES, 'caseload', '1000.html'), 'utf8');

    const caseload = parse(caseloadHtml);
    const listed = readPage(caseload, URL_ANY);
    if (!listed.issues[0]?.startsWith('This page lists 1,000 students')) throw new Error('the caseload page was not recognised as a list');
    report('generic reader, page with a 1,000-row caseload table (happy-dom)', timeIt(() => readPage(caseload, URL_ANY)).median, 'ms', 50);

    const noHeader = parse(caseloadHtml.replace(/<thead>.*<\/thead>/, ''));
    // No target of its own: the worst case, for comparison with the 50 ms of the real page above.
    report('generic reader, same table without a header row: every cell walked (happy-dom, worst case)', timeIt(() => readPage(noHeader, URL_ANY), { runs: 7 }).median, 'ms');

    const mapping = { reevaluationDue: { label: 'Tri Due', relation: 'table-column' as const, index: 499 } };
    if (readTaught(caseload, mapping).reevaluationDue !== '2027-08-14') throw new Error('teach mode read the wrong row');
    report('teach mode, one taught column from row 500 of 1,000 (happy-dom)', timeIt(() => readTaught(caseload, mapping)).median, 'ms', 50);

    const students = ['seis/student.html', 'forms/student.html', 'tables/student.html', 'text/student.html', 'hostile/student.html'].map((p) => parse(readFileSync(join(PAGES, p), 'utf8')));
    report('generic/SEIS readers, one-student pages (5 layouts incl. the 1 MB hostile page), total', timeIt(() => students.forEach((d) => readPage(d, URL_ANY))).median, 'ms');

    const score = scoreCorpus((page) => {
      const doc = parse(readFileSync(join(PAGES, 'vocabulary', page.file), 'utf8'));
      return readPage(doc, new URL(page.url)).fields as Record<string, string>;
    });
    const states = new Set(CORPUS.flatMap((p) => p.vocabulary)).size;
    console.log(`vocabulary corpus: ${CORPUS.length} pages, ${states} states, ${score.expected} expected fields, ${score.read} read`);
    report('vocabulary corpus recall (expected fields read right)', (100 * score.correct) / score.expected, '%');
    console.log('  (target ≥ 97 %' + (score.correct / score.expected >= 0.97 ? ', met)' : ', MISSED)'));
    report('vocabulary corpus precision (values read that are right)', (100 * score.correct) / Math.max(1, score.read), '%');
    console.log('  (target ≥ 99 %' + (score.correct / Math.max(1, score.read) >= 0.99 ? ', met)' : ', MISSED)'));
    for (const w of score.wrong) console.log(`  wrong: ${w}`);
    for (const m of score.missed) console.log(`  missed: ${m}`);

    const parsed = timeIt(() => parse(caseloadHtml), { runs: 3, warmup: 1 }).median;
    report('for reference, happy-dom parsing the 1,000-row page (not part of reading)', parsed, 'ms');
  } finally {
    await window.happyDOM.close();
  }
}

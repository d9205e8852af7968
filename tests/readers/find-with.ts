import { fieldForLabel } from '../../extension/sites/field-labels.ts';
import type { FieldKey } from '../../extension/sites/types.ts';
import { scanPage } from '../../extension/sites/layouts/scan-page.ts';
import type { LayoutStrategy } from '../../extension/sites/layouts/types.ts';

/** Runs one strategy over `html` (put in the test document's body) with the vocabulary: `[key, value, label]` triples. */
export function findWith(strategy: LayoutStrategy, html: string): [FieldKey, string, string][] {
  document.body.innerHTML = html;
  const scan = scanPage(document.body, fieldForLabel);
  return strategy.find(scan, fieldForLabel, {}).map((c) => [c.key, c.value.replace(/\s+/g, ' ').trim(), c.label]);
}

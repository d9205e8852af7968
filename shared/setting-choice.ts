import { CASELOAD_SETTINGS } from './caseload-settings.ts';

function normalizeChoice(text: string): string {
  return text.toLowerCase().replace(/-/g, ' ').replace(/\b(the|on)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The choice a cell's text names for a caseload setting that takes one of a few choices, by its stored
 * value or its words, old or new ("anniversary", "on the anniversary"); `undefined` when the text names
 * none of them or the setting takes no choice.
 *
 * @example settingChoice('annualReviewConvention', 'anniversary') // { value: 'anniversary', label: 'on the anniversary' }
 */
export function settingChoice(id: string, text: string): { value: string; label: string } | undefined {
  const kind = CASELOAD_SETTINGS.find((c) => c.id === id)?.value;
  if (kind?.type !== 'choice') return undefined;
  const wanted = normalizeChoice(text);
  return kind.choices.find((c) => normalizeChoice(c.value) === wanted || normalizeChoice(c.label) === wanted);
}

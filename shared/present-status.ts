import { STATUS_STYLES, type DeadlineStatus } from './deadline.ts';
import type { Verification } from './timeline-rule.ts';

/** How a status looks everywhere: its word, background and text colours (print-safe, WCAG AA). */
export interface StatusLook {
  label: string;
  background: string;
  text: string;
}

/**
 * The word and colours of a deadline status, the same in the panel, the sheet and the terminal.
 *
 * @example presentStatus('overdue').label // 'Overdue'
 */
export function presentStatus(status: DeadlineStatus): StatusLook {
  const { label, background, text } = STATUS_STYLES[status];
  return { label, background, text };
}

const VERIFICATION_LABELS: Record<Verification, string> = {
  V: 'Checked against the rule text',
  S: 'From a secondary source',
  U: 'Not verified: check with your district',
};

/**
 * What a rule's verification mark means, in words.
 *
 * @example presentVerification('U') // 'Not verified: check with your district'
 */
export function presentVerification(mark: Verification): string {
  return VERIFICATION_LABELS[mark];
}

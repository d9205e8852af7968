import type { DeadlineKind, Verification } from '../timeline-rule.ts';

/** The citation facts every rule carries. */
export interface RuleFacts {
  id: string;
  kind: DeadlineKind;
  title: string;
  citation: string;
  verification: Verification;
  explanation: string;
}

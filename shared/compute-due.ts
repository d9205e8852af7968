import type { IsoDate } from './iso-date.ts';
import { fail, ok, type Result } from './result.ts';
import { ruleContext } from './rule-context.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import type { DeadlineKind, RuleOutcome, TimelineRule } from './timeline-rule.ts';

/**
 * One kind of deadline for one student under the caseload's rules, with the rule that gave it: what
 * `casekeeper due` prints. Fails with the reason when the inputs the rule counts from are missing.
 *
 * @example computeDue('initial-evaluation', { studentId: 'x', consentDate: '2025-09-02' }, defaultSettings)
 */
export function computeDue(
  kind: DeadlineKind,
  student: StudentRecord,
  settings: Settings,
  options: { today?: IsoDate } = {},
): Result<{ rule: TimelineRule; outcome: RuleOutcome }> {
  const ctx = ruleContext(student, settings, options);
  if (!ctx.ok) return ctx;
  const rule = ctx.value.rules.get(kind);
  if (!rule) return fail('rule-not-applicable', `Casekeeper has no rule for "${kind}".`);
  const outcome = rule.compute(ctx.value);
  if (outcome === undefined && kind === 'progress-report') {
    return fail('missing-input', 'Progress reports are due on the reporting dates in the settings (such as report-card dates), for a student with an IEP.');
  }
  if (outcome === undefined) return fail('missing-input', notComputed(rule, student));
  return outcome.ok ? ok({ rule, outcome: outcome.value }) : outcome;
}

/** Rules about the IEP in effect on a date: they also need the last IEP date. */
const NEEDS_LAST_IEP: ReadonlySet<DeadlineKind> = new Set(['transition-services', 'transfer-of-rights-notice']);

/** Why a rule gave no date: the missing record date, else the rule does not apply (e.g. no transfer of rights). */
function notComputed(rule: TimelineRule, student: StudentRecord): string {
  if (!rule.trigger) return `${rule.title} needs the dates it counts from.`;
  if (!student[rule.trigger]) return `${rule.title} needs the ${describeField(rule.trigger)}.`;
  if (NEEDS_LAST_IEP.has(rule.kind)) {
    return student.lastIepDate
      ? `${rule.title} is not due yet: it falls on an IEP after the next annual review.`
      : `${rule.title} needs the ${describeField('lastIepDate')}.`;
  }
  return `${rule.title} does not apply to this student under these rules.`;
}

function describeField(key: keyof StudentRecord): string {
  return key.replace(/([A-Z])/g, ' $1').toLowerCase().replace('iep', 'IEP');
}

import { computeDue, TIMELINE_DEADLINE_KINDS, ruleContext, type DeadlineKind, type StudentRecord } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';

const USAGE =
  'Usage: casekeeper due <kind> --from DATE [--state XX] [--calendar FILE] [--dob DATE] [--absences N] [--referral DATE] [--json]\n' +
  `Kinds: ${TIMELINE_DEADLINE_KINDS.filter((k) => k !== 'progress-report').join(', ')}`;

/** What --from means for each kind: the record date the rule counts from. */
const FROM_MEANS: Partial<Record<DeadlineKind, keyof StudentRecord>> = {
  'initial-evaluation': 'consentDate',
  'initial-iep': 'eligibilityDate',
  'annual-review': 'lastIepDate',
  reevaluation: 'lastEvaluationDate',
  'transition-services': 'lastIepDate',
};

/** `casekeeper due <kind> --from DATE …`: one due date (alone on the first line) and why. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      from: { type: 'string' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      dob: { type: 'string' },
      absences: { type: 'string' },
      referral: { type: 'string' },
      json: { type: 'boolean' },
      ...SETTING_FLAGS,
    },
    USAGE,
  );
  const kind = positionals[0] as DeadlineKind | undefined;
  if (!kind || !(TIMELINE_DEADLINE_KINDS as readonly string[]).includes(kind) || kind === 'progress-report') {
    throw new UsageError(`${kind ? `"${kind}" is not a deadline kind.` : 'Name the deadline kind.'}\n${USAGE}`);
  }
  const settings = settingsFrom(values);
  const from = dateFlag(values.from, 'from');
  const dob = dateFlag(values.dob, 'dob');
  const referral = dateFlag(values.referral, 'referral');
  let absences: number | undefined;
  if (values.absences !== undefined) {
    absences = Number(values.absences);
    if (!Number.isInteger(absences) || absences < 0) throw new UsageError('--absences: give a whole number of school days, like 4.');
  }
  const student: StudentRecord = { studentId: 'cli' };
  if (dob) student.dateOfBirth = dob;
  if (referral) student.referralDate = referral;
  if (absences !== undefined) student.absences = absences;
  if (from) {
    // --from feeds the date the state's rule counts from (NC and VA count from the referral, not consent).
    const context = ruleContext(student, settings);
    const trigger = context.ok ? context.value.rules.get(kind)?.trigger : undefined;
    const key = trigger && trigger !== 'dateOfBirth' ? trigger : FROM_MEANS[kind];
    if (key) (student as Record<string, unknown>)[key] = from;
    else if (!dob) student.dateOfBirth = from;
  }
  const result = computeDue(kind, student, settings);
  if (!result.ok) throw new UsageError(`${result.error.message}\n${USAGE}`, 1);
  const { rule, outcome } = result.value;
  if (values.json) {
    io.out(
      JSON.stringify({
        kind,
        dueDate: outcome.dueDate,
        rule: rule.id,
        citation: rule.citation,
        verification: rule.verification,
        explanation: rule.explanation,
        inputs: outcome.inputs,
        notes: outcome.notes,
        ...(outcome.scheduleBy ? { scheduleBy: outcome.scheduleBy } : {}),
      }),
    );
    return 0;
  }
  io.out(outcome.dueDate);
  io.out(`${rule.title}: ${rule.summary} (${rule.citation}${rule.verification === 'V' ? '' : `, source ${rule.verification === 'S' ? 'secondary' : 'unverified'}`}).`);
  io.out(rule.explanation);
  for (const note of outcome.notes) io.out(note);
  if (outcome.scheduleBy) io.out(`Schedule by: ${outcome.scheduleBy}`);
  return 0;
}

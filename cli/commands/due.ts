import { computeDue, TIMELINE_DEADLINE_KINDS, ruleContext, type DeadlineKind, type IsoDate, type StudentRecord } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';

const USAGE =
  'Usage: casekeeper due <kind> --from DATE [--state XX] [--calendar FILE] [--dob DATE] [--absences N] [--referral DATE]\n' +
  '       [--disability TEXT] [--grade G] [--holidays DATE;DATE…] [--today DATE] [--json]\n' +
  `Kinds: ${TIMELINE_DEADLINE_KINDS.filter((k) => k !== 'progress-report').join(', ')}`;

/** What --from means for each kind: the record date the rule counts from. */
const FROM_MEANS: Partial<Record<DeadlineKind, keyof StudentRecord>> = {
  'initial-evaluation': 'consentDate',
  'initial-iep': 'eligibilityDate',
  'annual-review': 'lastIepDate',
  reevaluation: 'lastEvaluationDate',
  'transition-services': 'lastIepDate',
  'transfer-of-rights-notice': 'lastIepDate',
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
      disability: { type: 'string' },
      grade: { type: 'string' },
      holidays: { type: 'string' },
      today: { type: 'string' },
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
  if (values.holidays !== undefined) settings.holidays = holidaysFlag(values.holidays);
  const today = dateFlag(values.today, 'today') ?? localToday();
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
  if (values.disability?.trim()) student.disability = values.disability.trim();
  if (values.grade?.trim()) student.grade = values.grade.trim();
  if (from) {
    // --from feeds the date the state's rule counts from (NC and VA count from the referral, not consent).
    const context = ruleContext(student, settings);
    const trigger = context.ok ? context.value.rules.get(kind)?.trigger : undefined;
    const key = trigger && trigger !== 'dateOfBirth' ? trigger : FROM_MEANS[kind];
    if (key) (student as Record<string, unknown>)[key] = from;
    else if (!dob) student.dateOfBirth = from;
    else if (dob !== from) {
      throw new UsageError(`For ${kind}, --from is the date of birth, and --dob gives a different one: give just one.\n${USAGE}`);
    }
  }
  const result = computeDue(kind, student, settings, { today });
  if (!result.ok) throw new UsageError(`${result.error.message}\n${USAGE}`, 1);
  const { rule, outcome } = result.value;
  // A flag the rule did not use is said, never silently dropped.
  const unused: string[] = [];
  if (absences !== undefined && !('absences' in outcome.inputs)) {
    unused.push(`--absences was not used: ${rule.title} (${rule.citation}) has no absence rule${settings.state ? ` in ${settings.state}` : ''}.`);
  }
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
        ...(unused.length ? { unused } : {}),
      }),
    );
    return 0;
  }
  io.out(outcome.dueDate);
  io.out(`${rule.title}: ${rule.summary} (${rule.citation}${rule.verification === 'V' ? '' : `, source ${rule.verification === 'S' ? 'secondary' : 'unverified'}`}).`);
  io.out(rule.explanation);
  for (const note of outcome.notes) io.out(note);
  if (outcome.scheduleBy) io.out(`Schedule by: ${outcome.scheduleBy}`);
  for (const line of unused) io.out(line);
  return 0;
}

/** `--holidays`: state holidays (beyond the federal ones), separated by semicolons or commas between ISO dates. */
function holidaysFlag(value: string): IsoDate[] {
  const parts = value.includes(';') || /^\s*\d{4}-\d{2}-\d{2}\s*(,\s*\d{4}-\d{2}-\d{2}\s*)*$/.test(value) ? value.split(/[;,]/) : [value];
  return parts.filter((p) => p.trim() !== '').map((p) => dateFlag(p.trim(), 'holidays') as IsoDate);
}

import { parseServiceMandate } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { parseFlags } from '../options.ts';

const USAGE = 'Usage: casekeeper parse-service "<text>" [--json]   e.g. casekeeper parse-service "30 min 2x/week"';

const PERIOD_WORDS = { day: 'school day', week: 'week', month: 'month', 'grading-period': 'grading period', year: 'school year' } as const;

/** `casekeeper parse-service "<text>"`: how Casekeeper reads a service frequency; exit 1 with the reason when it cannot. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean', default: false } }, USAGE);
  if (positionals.length === 0) throw new UsageError(`Give the service frequency to read, in quotes.\n${USAGE}`);
  const text = positionals.join(' ');
  const result = parseServiceMandate(text);
  if (!result.ok) {
    if (values.json) io.out(JSON.stringify({ error: result.error }, null, 2));
    io.err(result.error.message);
    return 1;
  }
  const m = result.value;
  if (values.json) {
    io.out(JSON.stringify({ minutesPerSession: m.minutesPerSession, sessions: m.sessions, per: m.per, totalMinutes: m.totalMinutes, delivery: m.delivery ?? null }, null, 2));
    return 0;
  }
  const times = m.sessions === 1 ? '1 session' : `${m.sessions} sessions`;
  io.out(`${m.totalMinutes} minutes per ${PERIOD_WORDS[m.per]}: ${times} of ${m.minutesPerSession} minutes${m.delivery ? ` (${m.delivery === 'consult' ? 'consultation' : 'direct service'})` : ''}`);
  return 0;
}

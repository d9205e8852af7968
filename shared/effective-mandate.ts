import { parseServiceMandate, type ServiceMandate } from './parse-service-mandate.ts';
import { fail, ok, type Result } from './result.ts';
import type { ServiceRecord } from './service-record.ts';

/** Mandate texts read so far (a caseload repeats a few spellings over thousands of services; every view reads them). */
const PARSED = new Map<string, Result<ServiceMandate>>();
const PARSED_MAX = 5_000;

/** `parseServiceMandate`, remembered per text (the parser is pure; callers get copies, never the remembered value). */
function parsedMandate(text: string): Result<ServiceMandate> {
  let parsed = PARSED.get(text);
  if (!parsed) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    parsed = parseServiceMandate(text);
    PARSED.set(text, parsed);
  }
  return parsed;
}

/**
 * The mandate a service is counted against: its own minutes, sessions and period when the record has
 * minutes and a period (sessions default to 1), else its `mandate` text read by `parseServiceMandate`.
 * The record's delivery, when set, wins over what the text says. A service with neither gets a reason
 * (`no-mandate`, or the parser's code).
 *
 * @example effectiveMandate({ serviceId: 'V1', studentId: 'S1', service: 'Speech', mandate: '30 min 2x/week' }) // ok: 30 × 2 per week
 */
export function effectiveMandate(service: ServiceRecord): Result<ServiceMandate> {
  const delivery = service.delivery ? { delivery: service.delivery } : {};
  if (service.minutes !== undefined && service.per !== undefined) {
    const sessions = service.sessions ?? 1;
    return ok({ minutesPerSession: service.minutes, sessions, per: service.per, totalMinutes: service.minutes * sessions, ...delivery });
  }
  if (service.mandate !== undefined) {
    const parsed = parsedMandate(service.mandate);
    if (!parsed.ok) return fail(parsed.error.code, parsed.error.message);
    return ok({ ...parsed.value, ...delivery });
  }
  if (service.minutes !== undefined) {
    return fail('no-period', `${service.service}: the minutes (${service.minutes}) have no period; say per day, week, month, grading period or year.`);
  }
  return fail('no-mandate', `${service.service}: no frequency is recorded (minutes and period, or the IEP's wording such as "30 min 2x/week").`);
}

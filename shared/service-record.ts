import * as z from 'zod';
import { IsoDate } from './iso-date.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** How often a service's minutes recur: per school day, week, month, grading period or school year. */
export const ServicePeriod = z.enum(['day', 'week', 'month', 'grading-period', 'year']);
export type ServicePeriod = z.infer<typeof ServicePeriod>;

/**
 * One service on a student's IEP (34 CFR 300.320(a)(4), (a)(7)): what, by whom, how often and for how long.
 * The frequency is the mandate as the IEP system prints it (`30 min 2x/week`), or minutes, sessions and
 * period given separately; when both are present the separate numbers win.
 */
export const ServiceRecord = z.object({
  serviceId: text(64),
  studentId: text(64),
  /** The service as the IEP names it (Speech-language therapy, Specialized academic instruction …). */
  service: text(200),
  provider: text(200).optional(),
  /** Where it is delivered (resource room, general education class, …). */
  setting: text(200).optional(),
  delivery: z.enum(['direct', 'consult']).optional(),
  grouping: z.enum(['individual', 'group']).optional(),
  /** The frequency and duration as the IEP prints it, e.g. `45 min x 1 sessions = 45 min Weekly`. */
  mandate: text(200).optional(),
  minutes: z.number().min(1).max(100_000).optional(),
  sessions: z.number().min(1).max(1_000).optional(),
  per: ServicePeriod.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});
export type ServiceRecord = z.infer<typeof ServiceRecord>;

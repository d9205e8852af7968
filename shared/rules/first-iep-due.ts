import type { IsoDate } from '../iso-date.ts';
import type { RuleContext } from '../timeline-rule.ts';

/**
 * The date the first IEP is due for a student in an initial evaluation (consent or eligibility recorded,
 * no IEP yet): the state's initial-IEP date, else its evaluation date where the timeline ends in the IEP.
 * Undefined for a student who already has an IEP, is only referred, or whose first IEP cannot be placed.
 *
 * @example firstIepDue(ctx) // the initial-IEP due date of a student with consent and no IEP yet
 */
export function firstIepDue(ctx: RuleContext): IsoDate | undefined {
  const s = ctx.student;
  if (s.lastIepDate || (!s.consentDate && !s.eligibilityDate)) return undefined;
  // Two rules ask for it per student: count once per context.
  const cached = firstIepCache.get(ctx);
  if (cached !== undefined) return cached ?? undefined;
  let found: IsoDate | null = null;
  for (const kind of ['initial-iep', 'initial-evaluation'] as const) {
    const outcome = ctx.rules?.get(kind)?.compute(ctx);
    if (outcome?.ok) {
      found = outcome.value.dueDate;
      break;
    }
  }
  firstIepCache.set(ctx, found);
  return found ?? undefined;
}

const firstIepCache = new WeakMap<RuleContext, IsoDate | null>();

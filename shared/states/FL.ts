import { ok } from '../result.ts';
import type { RulePack } from '../timeline-rule.ts';
import { countFrom } from '../rules/count-from.ts';
import { outcomeOf } from '../rules/outcome-of.ts';
import { stateRule } from '../rules/state-rule.ts';

/** Florida setting ids. */
export const FL_SETTINGS = { absenceAllowance: 'FL.absenceAllowance' } as const;

/** Days from consent received to the completed evaluation (FAC 6A-6.0331(3)(g)). */
const EVALUATION_DAYS = 60;


/** Florida: 60 days not counting school holidays, breaks and summer; long absences extend it; transition at 14. */
export const FL: RulePack = {
  code: 'FL',
  name: 'Florida',
  rules: [
    stateRule({
      id: 'FL.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: 'FAC 6A-6.0331(3)(g)',
      verification: 'S',
      explanation:
        'The initial evaluation is due 60 calendar days after consent is received, not counting school holidays, Thanksgiving, winter and spring breaks, or summer vacation; if the student is absent more than 8 school days in that period, the absences beyond 8 extend it.',
      summary: '60 calendar days from consent received, not counting school holidays, breaks or summer (+ absences beyond 8)',
      trigger: 'consentDate',
      count: EVALUATION_DAYS,
      unit: 'calendar',
      compute(ctx, consent) {
        const allowance = ctx.setting<number>(FL_SETTINGS.absenceAllowance);
        const absences = ctx.student.absences ?? 0;
        const extra = Math.max(0, absences - allowance);
        const inputs: Record<string, string | number> = { consentDate: consent };
        if (ctx.student.absences !== undefined) inputs.absences = absences;
        const notes = extra > 0 ? [`Extended by ${extra} day${extra === 1 ? '' : 's'}: absent ${absences} school days, ${allowance} allowed (setting ${FL_SETTINGS.absenceAllowance}).`] : [];
        // A break is the run of days without school, from its first missed school day to its last (the weekends
        // inside it included, the ordinary weekends at its edges counted), however the district typed it.
        const counted = countFrom(ctx, consent, EVALUATION_DAYS + extra, 'calendar', { excludeSummer: true, excludeBreaksOfAtLeast: 1, countBreakEdgeWeekends: true });
        if (!counted.ok) return counted;
        return ok(outcomeOf(counted.value, inputs, notes));
      },
    }),
  ],
  settings: [
    {
      id: FL_SETTINGS.absenceAllowance,
      description: 'School days a student may be absent during the 60-day evaluation before the absences beyond it extend the timeline.',
      default: 8,
      citation: 'FAC 6A-6.0331(3)(g)',
      verification: 'S',
    }
  ],
};

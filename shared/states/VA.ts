import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';

const counted = countingRule({
  id: 'VA.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Evaluation and eligibility',
  citation: '8VAC20-81-60',
  verification: 'V',
  explanation:
    'The eligibility determination is due within 65 business days of the special education administrator receiving the referral; business days are Monday to Friday all year, summer included, except holidays (federal holidays plus the state holidays in your settings).',
  trigger: 'referralDate',
  count: 65,
  unit: 'business',
});

/** Said on every Virginia date counted without the state's own holidays. */
export const VA_HOLIDAYS_NOTE =
  "Only federal holidays were skipped: Virginia's own holidays (such as Election Day and the day after Thanksgiving) are not business days either, so the true date may be a few days later. Add them to the holidays setting (casekeeper due --holidays).";

/** Virginia: eligibility within 65 business days of the referral. */
export const VA: RulePack = {
  code: 'VA',
  name: 'Virginia',
  rules: [
    {
      ...counted,
      compute(ctx) {
        const outcome = counted.compute(ctx);
        if (!outcome?.ok || ctx.settings.holidays.length > 0) return outcome;
        return { ok: true, value: { ...outcome.value, notes: [...outcome.value.notes, VA_HOLIDAYS_NOTE] } };
      },
    },
  ],
  settings: [],
};

import type { IsoDate } from './iso-date.ts';
import { ok, type Result } from './result.ts';
import { getRulePack, resolveRules } from './rule-packs.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import type { DeadlineKind, RuleContext, RulePack, TimelineRule } from './timeline-rule.ts';

/**
 * The rule context of a student: the jurisdiction's rules resolved against the federal baseline, and rule
 * settings read from the caseload settings, else the pack's declared defaults. Fails when the state has no pack.
 *
 * @example ruleContext({ studentId: 'S1', state: 'TX' }, settings) // { ok: true, value: { pack: TX, rules, setting(id) … } }
 */
export function ruleContext(
  student: StudentRecord,
  settings: Settings,
  options: { today?: IsoDate } = {},
): Result<RuleContext & { pack: RulePack; rules: Map<DeadlineKind, TimelineRule> }> {
  const pack = getRulePack(student.state ?? settings.state);
  if (!pack.ok) return pack;
  const { rules, settings: declared } = resolveRules(pack.value);
  return ok({
    student,
    settings,
    ...(options.today ? { today: options.today } : {}),
    pack: pack.value,
    rules,
    setting<T extends number | boolean | null>(id: string): T {
      if (Object.prototype.hasOwnProperty.call(settings.ruleSettings, id)) return settings.ruleSettings[id] as T;
      const found = declared.find((s) => s.id === id);
      if (!found) throw new Error(`Unknown rule setting ${id}`);
      return found.default as T;
    },
  });
}

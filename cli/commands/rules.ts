import {
  FEDERAL_RULES,
  getRulePack,
  listRulePacks,
  resolveRules,
  type RulePack,
  type RuleSetting,
  type TimelineRule,
  type Verification,
} from '../../shared/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { parseFlags } from '../options.ts';

const USAGE = 'Usage: casekeeper rules [--state XX] [--json]';

const MARKS: Record<Verification, string> = {
  V: 'rule text read',
  S: 'secondary source only',
  U: 'not verified',
};

const UNIT_WORDS = { calendar: 'calendar days', school: 'school days', business: 'business days' } as const;

/** The kinds every jurisdiction has (transition and transfer of rights): not "own timelines" in the list. */
const BASIC_KINDS: ReadonlySet<string> = new Set(['transition-services', 'transfer-of-rights-notice', 'transfer-of-rights']);

/** The transition age a rule applies: its setting's default where it has one, else the age in its summary. */
function ageOf(rule: TimelineRule, settings: readonly RuleSetting[]): string {
  const setting = settings.find((x) => x.id === `${rule.id.split('.')[0]}.transitionAge`);
  if (setting) return String(setting.default);
  return /age (\d+(?:\.\d+)?)/.exec(rule.summary)?.[1] ?? '';
}

/** One row of a rule table: the rule plus where it comes from (the state's own pack or the federal baseline). */
interface RuleRow {
  rule: TimelineRule;
  from: string;
}

/**
 * `casekeeper rules [--state XX] [--json]`: the timeline rules of a state (its own rules plus the federal
 * ones it does not change) with citations and verification marks, its settings for facts the reference
 * could not verify, and its meeting-notice lead time. Without --state: the federal table and the states
 * covered.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { state: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  if (positionals.length > 0) throw new UsageError(`"rules" takes no file or word after it (got "${positionals[0]}").\n${USAGE}`);
  const found = getRulePack(values.state);
  if (!found.ok) throw new UsageError(`--state: ${found.error.message}`);
  const pack = found.value;
  const resolved = resolveRules(pack);
  const rows: RuleRow[] = [...resolved.rules.values()].map((rule) => ({
    rule,
    from: pack !== FEDERAL_RULES && pack.rules.includes(rule) ? pack.code : 'federal',
  }));
  const states = pack === FEDERAL_RULES ? listRulePacks().filter((p) => p !== FEDERAL_RULES) : [];
  if (values.json) {
    io.out(JSON.stringify(toJson(pack, rows, resolved.settings, states), null, 2));
    return 0;
  }
  printTable(io, pack, rows, resolved.settings, states);
  return 0;
}

function toJson(pack: RulePack, rows: RuleRow[], settings: RuleSetting[], states: readonly RulePack[]) {
  return {
    code: pack.code,
    name: pack.name,
    rules: rows.map(({ rule, from }) => ({
      id: rule.id,
      kind: rule.kind,
      title: rule.title,
      summary: rule.summary,
      citation: rule.citation,
      verification: rule.verification,
      explanation: rule.explanation,
      from,
      ...(rule.trigger ? { trigger: rule.trigger } : {}),
      ...(rule.count !== undefined ? { count: rule.count } : {}),
      ...(rule.unit ? { unit: rule.unit } : {}),
    })),
    settings: settings.map((s) => ({ id: s.id, default: s.default, description: s.description, citation: s.citation, verification: s.verification })),
    meetingNotice: pack.meetingNotice ?? null,
    ...(pack === FEDERAL_RULES
      ? {
          states: states.map((s) => {
            const resolved = resolveRules(s);
            const transition = resolved.rules.get('transition-services');
            const majority = resolved.settings.find((x) => x.id === 'US.ageOfMajority');
            return {
              code: s.code,
              name: s.name,
              rules: s.rules.length,
              transitionAge: transition ? Number(ageOf(transition, resolved.settings)) : null,
              transitionVerification: transition?.verification ?? null,
              ageOfMajority: majority?.default ?? null,
              ageOfMajorityVerification: majority?.verification ?? null,
            };
          }),
        }
      : {}),
  };
}

/** Splits text into lines of at most `width` characters at spaces (a longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  return current ? [...lines, current] : [''];
}

/** A plain-text table; cells wider than their column's limit wrap onto more lines. */
function table(header: string[], rows: string[][], limits: number[] = []): string[] {
  const wrapped = rows.map((r) => r.map((cell, i) => (limits[i] ? wrap(cell, limits[i] as number) : [cell])));
  const widths = header.map((h, i) => Math.max(h.length, ...wrapped.flatMap((r) => (r[i] ?? ['']).map((l) => l.length))));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  const out = [line(header)];
  for (const cells of wrapped) {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(cells.map((c) => c[k] ?? '')));
  }
  return out;
}

function printTable(io: CliIo, pack: RulePack, rows: RuleRow[], settings: RuleSetting[], states: readonly RulePack[]): void {
  const federal = pack === FEDERAL_RULES;
  io.out(paint(io, 'bold', federal ? `${pack.name}: timeline rules` : `${pack.name} (${pack.code}): timeline rules`));
  if (!federal) {
    io.out('Rules marked "federal" come from 34 CFR 300: Casekeeper has no rule of this state\'s own for them (the state may still set');
    io.out('one: check your state\'s regulations).');
  }
  io.out('');
  const [header, ...body] = table(
    ['Deadline', 'Rule', 'Citation', 'Mark', 'From'],
    rows.map(({ rule, from }) => [rule.title, rule.summary, rule.citation, rule.verification, from]),
    [24, 48, 30],
  );
  io.out(paint(io, 'bold', header as string));
  for (const line of body) io.out(line);

  io.out('');
  io.out(paint(io, 'bold', 'Why:'));
  for (const { rule } of rows) io.out(`- ${rule.title} (${rule.id}): ${rule.explanation}`);

  io.out('');
  const notice = pack.meetingNotice;
  io.out(
    notice
      ? `Meeting notice: ${notice.days} ${UNIT_WORDS[notice.unit]} before an IEP meeting (${notice.citation}; ${notice.verification}, ${MARKS[notice.verification]}). Change it with the ${notice.settingId ? `${notice.settingId} setting (or meetingNoticeDays for the whole caseload)` : 'meetingNoticeDays setting'}.`
      : 'Meeting notice: no day count in the rules ("early enough" for the parents to attend, 34 CFR 300.322).',
  );

  io.out('');
  if (settings.length) {
    io.out(paint(io, 'bold', 'Settings (facts the reference could not verify from the rule text, or that districts choose):'));
    const [sHeader, ...sBody] = table(
      ['Setting', 'Default', 'Mark', 'Citation', 'What it means'],
      settings.map((s) => [s.id, s.default === null ? 'null' : String(s.default), s.verification, s.citation, s.description]),
      [0, 0, 0, 30, 50],
    );
    io.out(sHeader as string);
    for (const line of sBody) io.out(line);
  } else {
    io.out('Settings: none.');
  }

  if (federal) {
    io.out('');
    io.out(paint(io, 'bold', `States covered (${states.length}); see one with --state XX:`));
    for (const line of table(
      ['State', 'Name', 'Transition', 'Age of majority', 'Own timelines'],
      states.map((s) => {
        const resolved = resolveRules(s);
        const transition = resolved.rules.get('transition-services');
        const majority = resolved.settings.find((x) => x.id === 'US.ageOfMajority');
        const own = s.rules.filter((r) => !BASIC_KINDS.has(r.kind)).map((r) => r.kind);
        return [
          s.code,
          s.name,
          transition ? `${ageOf(transition, resolved.settings)} ${transition.verification}` : '',
          majority ? `${majority.default === null ? 'no transfer' : String(majority.default)} ${majority.verification}` : '',
          own.length ? own.join(', ') : 'none known (federal)',
        ];
      }),
      [0, 0, 0, 0, 60],
    )) io.out(line);
  }
  io.out('');
  io.out(`Marks: V ${MARKS.V} · S ${MARKS.S} · U ${MARKS.U}. This is not legal advice: check the controlling text.`);
}

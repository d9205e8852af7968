import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';
import { wrap } from './rules.ts';

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('casekeeper rules', () => {
  it('without --state prints the federal table and the states covered', async () => {
    const r = await cli('rules');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Federal (IDEA, 34 CFR 300): timeline rules');
    expect(r.out).toContain('34 CFR 300.301(c)(1)');
    expect(r.out).toContain('States covered (51)');
    for (const code of ['CA', 'TX', 'FL', 'NY', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI', 'NJ', 'VA', 'WA', 'AZ', 'MA', 'WI', 'IN', 'KY', 'CO']) {
      expect(r.out).toMatch(new RegExp(`^${code}  `, 'm'));
    }
  });

  it('with --state shows the state rules, the federal ones it keeps, its settings and its notice lead time', async () => {
    const r = await cli('rules', '--state', 'tx');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Texas (TX): timeline rules');
    expect(r.out).toContain('19 TAC 89.1011(b)-(e)');
    expect(r.out).toMatch(/Annual IEP review .*34 CFR 300\.324\(b\)\(1\)\(i\) +V +federal/);
    expect(r.out).toMatch(/TX\.ardSummerRule +true +U/);
    expect(r.out).toMatch(/TX\.june30ArdSchoolDay +15 +S/);
    expect(r.out).toContain('Meeting notice: 5 school days');
    expect(r.out).not.toContain('States covered');
  });

  it('shows a state\'s own transition age with its citation and mark, never the federal rule as the state\'s (issue 15: WI)', async () => {
    const r = await cli('rules', '--state', 'WI');
    expect(r.out).toMatch(/Transition services in .*Wis\. Stat\. 115\.787\(2\)\(g\)/s);
    expect(r.out).toMatch(/WI\.transitionAge +14 +S/);
    expect(r.out).not.toContain('sets nothing different');
    const json = JSON.parse((await cli('rules', '--state', 'WI', '--json')).out);
    const transition = json.rules.find((x: { kind: string }) => x.kind === 'transition-services');
    expect(transition).toMatchObject({ id: 'WI.transition-services', from: 'WI', verification: 'S' });
  });

  it('answers for every state and DC, with at least the age of majority and transition age (unverified ones as settings)', async () => {
    const json = JSON.parse((await cli('rules', '--json')).out);
    expect(json.states).toHaveLength(51);
    for (const state of json.states) {
      expect(state.transitionAge, state.code).toBeGreaterThanOrEqual(14);
      expect(['V', 'S', 'U']).toContain(state.transitionVerification);
      expect(['V', 'S', 'U']).toContain(state.ageOfMajorityVerification);
    }
    const al = json.states.find((s: { code: string }) => s.code === 'AL');
    expect(al).toMatchObject({ ageOfMajority: 19, transitionAge: 16, transitionVerification: 'U' });
    const ak = JSON.parse((await cli('rules', '--state', 'AK', '--json')).out);
    expect(ak.settings).toContainEqual(expect.objectContaining({ id: 'AK.transitionAge', default: 16, verification: 'U' }));
    expect(ak.settings).toContainEqual(expect.objectContaining({ id: 'US.ageOfMajority', default: 18, verification: 'U' }));
  });

  it('answers in JSON with each rule, where it comes from, the settings and the notice', async () => {
    const r = await cli('rules', '--state', 'PA', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.code).toBe('PA');
    const byKind = Object.fromEntries(json.rules.map((x: { kind: string }) => [x.kind, x]));
    expect(byKind.reevaluation).toMatchObject({ id: 'PA.reevaluation', from: 'PA', verification: 'V' });
    expect(byKind['initial-evaluation']).toMatchObject({ citation: '22 Pa. Code 14.123(b)', count: 60, unit: 'calendar', trigger: 'consentDate' });
    expect(byKind['annual-review']).toMatchObject({ id: 'US.annual-review', from: 'federal' });
    expect(json.settings).toContainEqual(expect.objectContaining({ id: 'US.ageOfMajority', default: 18, verification: 'S' }));
    expect(json.meetingNotice).toMatchObject({ days: 10, verification: 'U' });
    expect(json.states).toBeUndefined();
  });

  it('lists the covered states in the federal JSON', async () => {
    const json = JSON.parse((await cli('rules', '--json')).out);
    expect(json.code).toBe('US');
    expect(json.states.map((s: { code: string }) => s.code)).toContain('NC');
    expect(json.rules.every((x: { from: string }) => x.from === 'federal')).toBe(true);
  });

  it('explains an unknown state or a stray word plainly, with a usage exit code', async () => {
    const bad = await cli('rules', '--state', 'ZZ');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('There are no rules for "ZZ" yet');
    const stray = await cli('rules', 'TX');
    expect(stray.code).toBe(2);
    expect(stray.err).toContain('Usage: casekeeper rules');
  });

  it('wraps long cells at spaces without losing words', () => {
    const text = '45 school days from consent received (+ days absent when 3 or more)';
    const lines = wrap(text, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('casekeeper due with a state', () => {
  it('answers the Texas initial evaluation on a school calendar, with absences and the citation', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-rules-')), 'calendar.json');
    // Consent Wed Sept 3: 45 school days end Nov 5; 3 absences add Nov 6, 7, 10 (Veterans Day is the 11th).
    const calendar = { name: 'Test district', schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-06-05' }], closures: [{ date: '2025-09-01', name: 'Labor Day' }] };
    writeFileSync(path, JSON.stringify(calendar));
    const r = await cli('due', 'initial-evaluation', '--state', 'TX', '--from', '2025-09-03', '--absences', '3', '--calendar', path);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('2025-11-10');
    expect(r.out).toContain('19 TAC 89.1011');
    const nc = await cli('due', 'initial-evaluation', '--state', 'NC', '--from', '2026-06-01');
    expect(nc.out.split('\n')[0]).toBe('2026-08-30');
  });
});

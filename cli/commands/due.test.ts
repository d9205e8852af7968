import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, lines: io.stdout, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('casekeeper due (issue 15 findings)', () => {
  it('gives the transfer-of-rights statement a date: --from is the last IEP date, --dob the birthday (34 CFR 300.320(c))', async () => {
    // Born 2009-03-10: rights transfer 2027-03-10, statement due in the IEP in effect on 2026-03-10.
    // The IEP of 2025-06-01 runs to 2026-05-31, so it must hold the statement by 2026-03-10.
    const r = await cli('due', 'transfer-of-rights-notice', '--dob', '2009-03-10', '--from', '2025-06-01');
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe('2026-03-10');
    expect(r.out).toContain('34 CFR 300.320(c)');
    // The IEP of 2024-12-01 runs out 2025-11-30: the next annual review is the one in effect.
    expect((await cli('due', 'transfer-of-rights-notice', '--dob', '2009-03-10', '--from', '2024-12-01')).lines[0]).toBe('2025-11-30');
  });

  it('refuses two different birthdays rather than silently ignoring --from', async () => {
    const r = await cli('due', 'transfer-of-rights', '--dob', '2009-03-10', '--from', '2010-01-01');
    expect(r.code).toBe(2);
    expect(r.err).toContain('give just one');
    expect((await cli('due', 'transfer-of-rights', '--dob', '2009-03-10', '--from', '2009-03-10')).lines[0]).toBe('2027-03-10');
  });

  it("reaches Pennsylvania's 2-year reevaluation for intellectual disability with --disability (22 Pa. Code 14.124)", async () => {
    expect((await cli('due', 'reevaluation', '--state', 'PA', '--from', '2025-03-01')).lines[0]).toBe('2028-02-29');
    expect((await cli('due', 'reevaluation', '--state', 'PA', '--from', '2025-03-01', '--disability', 'Intellectual Disability')).lines[0]).toBe('2027-02-28');
  });

  it('says when --absences is not used by the rule (no absence rule outside TX and FL)', async () => {
    const r = await cli('due', 'initial-evaluation', '--state', 'OH', '--from', '2025-10-01', '--absences', '4');
    expect(r.lines[0]).toBe('2025-11-30');
    expect(r.out).toContain('--absences was not used');
    const json = JSON.parse((await cli('due', 'initial-evaluation', '--state', 'OH', '--from', '2025-10-01', '--absences', '4', '--json')).out);
    expect(json.unused[0]).toContain('--absences was not used');
  });

  it("adds Virginia's own holidays with --holidays (8VAC20-81-60 business days)", async () => {
    const plain = await cli('due', 'initial-evaluation', '--state', 'VA', '--from', '2025-10-01');
    expect(plain.lines[0]).toBe('2026-01-07');
    expect(plain.out).toContain("Virginia's own holidays");
    const withHolidays = await cli('due', 'initial-evaluation', '--state', 'VA', '--from', '2025-10-01', '--holidays', '2025-11-04;2025-11-28');
    expect(withHolidays.lines[0]).toBe('2026-01-09');
    expect(withHolidays.out).not.toContain("Virginia's own holidays");
    const bad = await cli('due', 'initial-evaluation', '--state', 'VA', '--from', '2025-10-01', '--holidays', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--holidays');
  });

  it('uses the grade for grade-based transition rules (Indiana: grade 9 or 14, 511 IAC 7-43-4)', async () => {
    const args = ['due', 'transition-services', '--state', 'IN', '--dob', '2013-09-15', '--from', '2025-06-01', '--today', '2026-03-01'];
    expect((await cli(...args, '--grade', '8')).lines[0]).toBe('2026-05-31');
    expect((await cli(...args)).code).toBe(1);
  });
});

describe('casekeeper due initial-iep in Texas', () => {
  it('counts --from as the evaluation report date (19 TAC 89.1011(d))', async () => {
    const r = await cli('due', 'initial-iep', '--state', 'TX', '--from', '2025-10-10', '--json');
    const json = JSON.parse(r.out);
    expect(json.dueDate).toBe('2025-11-09');
    expect(json.inputs).toEqual({ evaluationReportDate: '2025-10-10' });
  });
});

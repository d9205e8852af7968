import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('casekeeper parse-service', () => {
  it('prints the reading in words', async () => {
    const r = await cli('parse-service', '45 min x 1 sessions = 45 min Weekly');
    expect(r.code).toBe(0);
    expect(r.out).toBe('45 minutes per week: 1 session of 45 minutes');
  });

  it('gives exactly the documented JSON keys', async () => {
    const r = await cli('parse-service', '15 minutes per month consult', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ minutesPerSession: 15, sessions: 1, per: 'month', totalMinutes: 15, delivery: 'consult' });
    expect(Object.keys(JSON.parse((await cli('parse-service', '30 min 2x/week', '--json')).out))).toEqual(['minutesPerSession', 'sessions', 'per', 'totalMinutes', 'delivery']);
  });

  it('exits 1 with the reason when it cannot read the text', async () => {
    const r = await cli('parse-service', '30 min');
    expect(r.code).toBe(1);
    expect(r.err).toContain('No period found in "30 min"');
    const none = await cli('parse-service', 'as needed', '--json');
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out).error.code).toBe('unsupported-period');
  });

  it('asks for the text when none is given', async () => {
    const r = await cli('parse-service');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: casekeeper parse-service');
  });
});

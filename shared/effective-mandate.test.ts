import { describe, expect, it } from 'vitest';
import { effectiveMandate } from './effective-mandate.ts';
import { ServiceRecord } from './service-record.ts';

const service = (fields: Record<string, unknown>) => ServiceRecord.parse({ serviceId: 'V1', studentId: 'S1', service: 'Speech-language therapy', ...fields });

describe('effectiveMandate', () => {
  it('uses the minutes, sessions and period fields when present, over the text', () => {
    expect(effectiveMandate(service({ minutes: 20, sessions: 3, per: 'week', mandate: '30 min 2x/week' }))).toEqual({
      ok: true,
      value: { minutesPerSession: 20, sessions: 3, per: 'week', totalMinutes: 60 },
    });
  });

  it('takes one session when only minutes and period are given', () => {
    expect(effectiveMandate(service({ minutes: 120, per: 'month' }))).toMatchObject({ ok: true, value: { sessions: 1, totalMinutes: 120 } });
  });

  it('reads the mandate text otherwise, with the record’s delivery winning', () => {
    expect(effectiveMandate(service({ mandate: '15 minutes per month consult', delivery: 'direct' }))).toEqual({
      ok: true,
      value: { minutesPerSession: 15, sessions: 1, per: 'month', totalMinutes: 15, delivery: 'direct' },
    });
  });

  it('gives each service of a caseload its own reading of a wording they share (one service\'s delivery never shows on another)', () => {
    const consult = effectiveMandate(service({ mandate: '30 min 2x/week', delivery: 'consult' }));
    const plain = effectiveMandate(service({ mandate: '30 min 2x/week' }));
    expect(consult).toMatchObject({ ok: true, value: { delivery: 'consult', totalMinutes: 60 } });
    expect(plain).toEqual({ ok: true, value: { minutesPerSession: 30, sessions: 2, per: 'week', totalMinutes: 60 } });
    const bad = effectiveMandate(service({ mandate: '30 min' }));
    if (!bad.ok) bad.error.message = 'changed by a caller';
    const again = effectiveMandate(service({ mandate: '30 min' }));
    expect(!again.ok && again.error.message).not.toBe('changed by a caller');
  });

  it('passes on the parser’s reason for unreadable text', () => {
    const r = effectiveMandate(service({ mandate: '30 min' }));
    expect(!r.ok && r.error.code).toBe('no-period');
  });

  it('gives a reason for a service with no frequency at all, or minutes without a period', () => {
    const none = effectiveMandate(service({}));
    expect(!none.ok && none.error.code).toBe('no-mandate');
    expect(!none.ok && none.error.message).toContain('Speech-language therapy');
    const noPeriod = effectiveMandate(service({ minutes: 30 }));
    expect(!noPeriod.ok && noPeriod.error.code).toBe('no-period');
  });
});

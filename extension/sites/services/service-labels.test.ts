import { describe, expect, it } from 'vitest';
import { labelsInLine, periodOfMinutesHeader, serviceFieldForLabel } from './service-labels.ts';

describe('serviceFieldForLabel: the words IEP systems print over a service\'s parts', () => {
  it('names each part whatever the spelling, case or colon', () => {
    expect(serviceFieldForLabel('Special Education Program/Services')).toBe('service');
    expect(serviceFieldForLabel('Related Service:')).toBe('service');
    expect(serviceFieldForLabel('Provider Role')).toBe('provider');
    expect(serviceFieldForLabel('LOCATION')).toBe('setting');
    expect(serviceFieldForLabel('Frequency/Duration')).toBe('mandate');
    expect(serviceFieldForLabel('Duration')).toBe('minutes');
    expect(serviceFieldForLabel('Projected Beginning/Service Date')).toBe('startDate');
    expect(serviceFieldForLabel('Projected Ending Date')).toBe('endDate');
    expect(serviceFieldForLabel('Service Delivery Recommendations')).toBe('grouping');
    expect(serviceFieldForLabel('Minutes per Week')).toBe('mandate');
  });

  it('names nothing for other labels and for long text', () => {
    expect(serviceFieldForLabel('Notes')).toBeUndefined();
    expect(serviceFieldForLabel('Student ID')).toBeUndefined();
    expect(serviceFieldForLabel(`Service ${'x'.repeat(80)}`)).toBeUndefined();
  });

  it('turns a "Minutes per …" header into the words of its period', () => {
    expect(periodOfMinutesHeader('Minutes per Week')).toBe('per week');
    expect(periodOfMinutesHeader('Min/Mo')).toBe('per month');
    expect(periodOfMinutesHeader('Duration')).toBeUndefined();
  });

  it('finds several labels on one line, each with where its value starts', () => {
    const text = 'Service: Speech Frequency: 2x weekly Begin Date: 9/2/2026';
    expect(labelsInLine(text).map((l) => [l.label, l.field, text.slice(l.end, l.end + 6)])).toEqual([
      ['Service', 'service', 'Speech'],
      ['Frequency', 'frequency', '2x wee'],
      ['Begin Date', 'startDate', '9/2/20'],
    ]);
    expect(labelsInLine('Time: 3:30 PM, Note: bring cards').map((l) => l.label)).toEqual(['Time']);
  });
});

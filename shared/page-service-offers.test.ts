import { describe, expect, it } from 'vitest';
import { pageServiceOffers, type PageServiceText } from './page-service-offers.ts';
import type { ServiceRecord } from './service-record.ts';
import { d } from './test-fixtures.ts';

const SEIS_LINE: PageServiceText = {
  service: 'Individual counseling',
  startDate: '02/06/2025',
  endDate: '02/05/2026',
  mandate: '45 min x 1 sessions = 45 min Weekly',
  shown: '#1 510 Individual counseling 02/06/2025 - 02/05/2026 45 min x 1 sessions = 45 min Weekly',
};

const saved: ServiceRecord[] = [
  { serviceId: 'svc-1', studentId: '1001', service: 'Individual Counseling', mandate: '30 min x 1 sessions = 30 min Weekly', startDate: d('2025-02-06'), provider: 'School psychologist' },
  { serviceId: 'svc-2', studentId: '1001', service: 'Speech-language therapy', mandate: '30 min 2x/week', startDate: d('2025-02-06'), endDate: d('2026-02-05'), grouping: 'group' },
  { serviceId: 'svc-9', studentId: '2002', service: 'Occupational therapy', mandate: '30 min 1x/week' },
];

describe('pageServiceOffers: services on the IEP page against the saved ones, nothing written', () => {
  it('a service the student does not have yet is new, as a checked services row with ISO dates', () => {
    const [offer] = pageServiceOffers('1002', [SEIS_LINE], saved);
    expect(offer).toEqual({
      kind: 'new',
      row: { studentId: '1002', service: 'Individual counseling', mandate: '45 min x 1 sessions = 45 min Weekly', startDate: '2025-02-06', endDate: '2026-02-05' },
      changes: [],
      problems: [],
      shown: SEIS_LINE.shown,
    });
  });

  it('a saved service of the same name is changed field by field in header words; what the page does not show is kept', () => {
    const [offer] = pageServiceOffers('1001', [SEIS_LINE], saved);
    expect(offer?.kind).toBe('changed');
    expect(offer?.changes.map((c) => `${c.header}: ${c.before} → ${c.after}`)).toEqual([
      'Frequency and Duration: 30 min x 1 sessions = 30 min Weekly → 45 min x 1 sessions = 45 min Weekly',
      'End Date: (blank) → 2/5/2026',
    ]);
    expect(offer?.kind === 'changed' && offer.row).toMatchObject({ serviceId: 'svc-1', provider: 'School psychologist' });
  });

  it('the same service as saved is the same; words pages use for grouping and delivery are read', () => {
    const offers = pageServiceOffers('1001', [{ service: 'Speech-Language Therapy', mandate: '30 min 2x/week', startDate: '2/6/2025', endDate: '2/5/2026', grouping: 'Group of 3', shown: 'row' }], saved);
    expect(offers.map((o) => o.kind)).toEqual(['same']);
    const consult = pageServiceOffers('1001', [{ service: 'Behavior consult', mandate: '60 minutes per month', delivery: 'Indirect / Consult', grouping: '1:1', shown: 'row' }], saved)[0];
    expect(consult?.kind === 'new' && consult.row).toMatchObject({ delivery: 'consult', grouping: 'individual' });
  });

  it('two services of one name pair up with the saved ones by start date', () => {
    const twice: ServiceRecord[] = [
      { serviceId: 'a', studentId: 'S1', service: 'Speech', mandate: '30 min 1x/week', startDate: d('2025-09-01') },
      { serviceId: 'b', studentId: 'S1', service: 'Speech', mandate: '30 min 2x/week', startDate: d('2026-01-05') },
    ];
    const offers = pageServiceOffers('S1', [
      { service: 'Speech', mandate: '30 min 2x/week', startDate: '01/05/2026', shown: '' },
      { service: 'Speech', mandate: '30 min 1x/week', startDate: '09/01/2025', shown: '' },
    ], twice);
    expect(offers.map((o) => [o.kind, o.kind === 'same' ? o.saved.serviceId : ''])).toEqual([['same', 'b'], ['same', 'a']]);
  });

  it('a frequency the parser cannot read comes with its reason, and a bad date is named, never guessed', () => {
    const [offer] = pageServiceOffers('S1', [{ service: 'Counseling', mandate: '30 min as needed', startDate: '13/45/2025', shown: '' }], []);
    expect(offer?.kind).toBe('new');
    expect(offer?.kind === 'new' && offer.mandateProblem).toMatch(/no fixed amount/);
    expect(offer?.problems).toEqual([expect.stringMatching(/^Start Date: "13\/45\/2025" has no month 13/)]);
    expect(offer?.kind === 'new' && offer.row.startDate).toBe(undefined);
  });

  it('when the page gives the frequency, minutes, sessions and period saved separately are cleared (they would win), and the change shows it', () => {
    const separate: ServiceRecord[] = [{ serviceId: 'c', studentId: 'S1', service: 'Reading', minutes: 30, sessions: 3, per: 'week' }];
    const [offer] = pageServiceOffers('S1', [{ service: 'Reading', mandate: '45 min 3x/week', shown: '' }], separate);
    expect(offer?.changes.map((c) => `${c.header}: ${c.before} → ${c.after}`)).toEqual([
      'Frequency and Duration: (blank) → 45 min 3x/week',
      'Minutes per Session: 30 → (blank)',
      'Sessions per Period: 3 → (blank)',
      'Period: Week → (blank)',
    ]);
  });

  it('a service the page names with no usable name is listed as unreadable with the reason', () => {
    const [offer] = pageServiceOffers('S1', [{ service: ' ', mandate: '30 min weekly', shown: '30 min weekly' }], []);
    expect(offer).toMatchObject({ kind: 'unreadable', problems: [expect.stringMatching(/^Service: The Service is missing/)] });
  });
});

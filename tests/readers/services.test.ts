import { describe, expect, it } from 'vitest';
import { readPageServices } from '../../extension/sites/read-page-services.ts';
import { pageServiceOffers } from '../../shared/index.ts';
import { attachFrame, loadPage, parseHtml } from './load-page.ts';

describe('services read from IEP pages (only what a person can see)', () => {
  it('the demo SEIS page: its service line, as SEIS prints it, becomes a services row the parser can count', () => {
    const { services, issues } = readPageServices(loadPage('seis/student.html'));
    expect(services).toEqual([
      {
        service: 'Individual counseling',
        mandate: '45 min x 1 sessions = 45 min Weekly',
        startDate: '02/06/2025',
        endDate: '02/05/2026',
        shown: '#1 510 Individual counseling 02/06/2025 - 02/05/2026 45 min x 1 sessions = 45 min Weekly',
      },
    ]);
    expect(issues).toEqual([]);
    const [offer] = pageServiceOffers('1001', services, []);
    expect(offer).toMatchObject({ kind: 'new', row: { startDate: '2025-02-06', endDate: '2026-02-05' } });
    expect(offer && 'mandateProblem' in offer).toBe(false);
  });

  it('a New York style table (frequency, period and duration in their own columns): one service per visible row', () => {
    const { services } = readPageServices(loadPage('services/ny-iep-services.html'));
    expect(services.map((s) => [s.service, s.mandate, s.grouping, s.setting, s.startDate, s.endDate])).toEqual([
      ['Consultant Teacher Services (Direct)', '40 minutes 5 times Weekly', 'Group of 8', 'General Education Classroom', '09/08/2026', '06/25/2027'],
      ['Speech/Language Therapy', '30 minutes 2 times Weekly', 'Individual', 'Separate Location', '09/08/2026', '06/25/2027'],
      ['Counseling Services', '30 minutes As needed', 'Individual', 'Counseling Office', '09/08/2026', '06/25/2027'],
    ]);
    // The row hidden by the page's style sheet (a superseded service) is not offered.
    expect(JSON.stringify(services)).not.toContain('Resource Room');
    const offers = pageServiceOffers('NY-4410', services, []);
    expect(offers.map((o) => o.kind === 'new' && [o.row.grouping, o.row.delivery, o.mandateProblem])).toEqual([
      ['group', undefined, undefined],
      ['individual', undefined, undefined],
      ['individual', undefined, expect.stringMatching(/no fixed amount/)],
    ]);
  });

  it('Texas style labelled blocks (one line or a definition list, "Minutes per Week"): each Service label starts the next', () => {
    const { services } = readPageServices(loadPage('services/esped-schedule.html'));
    expect(services).toEqual([
      {
        service: 'Reading Instruction (Special Education)',
        provider: 'Special Education Teacher',
        setting: 'Resource Room',
        mandate: '225 min per week',
        startDate: '08/18/2026',
        endDate: '05/28/2027',
        shown: 'Service: Reading Instruction (Special Education) · Provider: Special Education Teacher · Location: Resource Room · Minutes per Week: 225 · Begin Date: 08/18/2026 · End Date: 05/28/2027',
      },
      {
        service: 'Speech Therapy',
        provider: 'Speech-Language Pathologist',
        setting: 'Speech room',
        delivery: 'Direct',
        mandate: '30 min 4 sessions per month',
        startDate: '08/18/2026',
        endDate: '05/28/2027',
        shown: 'Service: Speech Therapy · Provider: Speech-Language Pathologist · Frequency: 4 sessions per month · Duration: 30 · Setting: Speech room · Delivery: Direct · Begin Date: 08/18/2026 · End Date: 05/28/2027',
      },
      { service: 'Counseling', provider: 'LSSP', mandate: '30 minutes every other week', shown: 'Service: Counseling · Provider: LSSP · Frequency: every other week · Duration: 30 minutes' },
    ]);
    const offers = pageServiceOffers('TX-2207', services, []);
    expect(offers.map((o) => (o.kind === 'new' ? o.mandateProblem ?? 'readable' : o.kind))).toEqual(['readable', 'readable', expect.stringMatching(/every other week/)]);
  });

  it('a Virginia style student page with a small services table ("150 / week" under Minutes) gives minutes the parser counts', () => {
    const { services } = readPageServices(loadPage('vocabulary/va-case-list-row.html'));
    expect(services.map((s) => [s.service, s.mandate, s.startDate, s.endDate])).toEqual([
      ['Reading', '150 min / week', '12/01/2025', '11/30/2026'],
      ['Speech', '60 min / week', '12/01/2025', '11/30/2026'],
    ]);
    expect(pageServiceOffers('VA-1', services, []).map((o) => o.kind === 'new' && !o.mandateProblem)).toEqual([true, true]);
  });

  it('ignores service lines hidden by every trick (class, visibility, opacity, off-screen, zero size, clip, no height, zero font, hidden, aria-hidden, template, script, hidden input)', () => {
    const { services } = readPageServices(loadPage('services/hidden-services.html'));
    expect(services.map((s) => s.service)).toEqual(['Individual counseling', '<img src=x onerror=alert(1)>Speech and language']);
    expect(JSON.stringify(services)).not.toMatch(/Decoy|99 min/);
    expect((globalThis as Record<string, unknown>).__casekeeperHostileRan).toBeUndefined();
  });

  it('hostile text stays literal and cleaned: markup is shown as characters, bidi overrides and zero-width marks are removed, long text is capped', () => {
    const { services } = readPageServices(loadPage('services/hidden-services.html'));
    const speech = services[1];
    expect(speech?.service).toBe('<img src=x onerror=alert(1)>Speech and language');
    expect(speech?.shown).not.toMatch(/[\u202E\u200B]/);
    const long = parseHtml(`<p>#1 ${'Very long service name '.repeat(40)} 02/06/2025 - 02/05/2026 30 min weekly</p><p>${'Speech '.repeat(60)}</p>`);
    expect(readPageServices(long).services).toEqual([]); // a 900-character "name" is not a service line
  });

  it('a free note that mentions minutes, a date range with no amount, and a goal with dates are not service lines', () => {
    const doc = parseHtml('<p>Parent asked about speech 30 min weekly over the summer.</p><p>IEP dates 02/06/2025 - 02/05/2026 reviewed</p><p>Goals 02/06/2025 - 02/05/2026: read 30 min nightly</p>');
    expect(readPageServices(doc).services).toEqual([]);
  });

  it('reads services inside a same-origin frame, and says when a frame from another site was skipped', () => {
    const outer = parseHtml('<p>Services</p><iframe src="/services"></iframe><iframe src="https://other.example/x"></iframe>');
    const inner = parseHtml('<table><tr><th>Service</th><th>Frequency and Duration</th><th>Start Date</th></tr><tr><td>Occupational therapy</td><td>30 min 1x/week</td><td>9/2/2026</td></tr></table>');
    const [same] = Array.from(outer.querySelectorAll('iframe'));
    if (!same) throw new Error('no frame');
    attachFrame(same, inner);
    const { services, issues } = readPageServices(outer);
    expect(services).toEqual([{ service: 'Occupational therapy', mandate: '30 min 1x/week', startDate: '9/2/2026', shown: 'Occupational therapy · 30 min 1x/week · 9/2/2026' }]);
    expect(issues.some((i) => i.startsWith('Skipped a frame from other.example'))).toBe(true);
  });

  it('a page with no services offers none, and never throws', () => {
    expect(readPageServices(loadPage('hidden/student.html'))).toEqual({ services: [], issues: [] });
    expect(readPageServices(parseHtml(''))).toEqual({ services: [], issues: [] });
  });
});

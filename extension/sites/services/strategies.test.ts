import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/readers/load-page.ts';
import { scanPage } from '../layouts/scan-page.ts';
import { labelledServices } from './labelled-services.ts';
import { serviceFieldForLabel } from './service-labels.ts';
import { serviceLines } from './service-lines.ts';
import { serviceTables } from './service-tables.ts';

const scan = (html: string) => {
  const doc = parseHtml(`<html><body>${html}</body></html>`);
  return scanPage(doc.body, serviceFieldForLabel);
};

describe('serviceTables', () => {
  it('reads one service per visible row under a header row, joining duration, frequency and period', () => {
    const found = serviceTables.find(
      scan(`<table><tr><th>Service</th><th>Duration</th><th>Frequency</th><th>Period</th><th>Dates</th><th>Notes</th></tr>
        <tr><td>Speech</td><td>30</td><td>2 times</td><td>weekly</td><td>9/2/2026 - 6/1/2027</td><td>bring cards</td></tr>
        <tr style="display:none"><td>Hidden</td><td>99</td><td>1</td><td>weekly</td><td></td><td></td></tr>
        <tr><td>OT</td><td>20 minutes</td><td>1x</td><td>monthly</td><td></td><td></td></tr></table>`),
    );
    expect(found.map((s) => [s.service, s.mandate, s.startDate, s.endDate])).toEqual([
      ['Speech', '30 min 2 times weekly', '9/2/2026', '6/1/2027'],
      ['OT', '20 minutes 1x monthly', undefined, undefined],
    ]);
  });

  it('leaves tables without a service column and a frequency to others', () => {
    expect(serviceTables.find(scan('<table><tr><th>Service</th><th>Provider</th></tr><tr><td>Speech</td><td>SLP</td></tr></table>'))).toEqual([]);
    expect(serviceTables.find(scan('<table><tr><th>Student ID</th><th>Grade</th></tr><tr><td>S1</td><td>4</td></tr></table>'))).toEqual([]);
  });
});

describe('serviceLines', () => {
  it('reads a SEIS line, and "Provider:" and "Location:" where the line labels them', () => {
    const [found] = serviceLines.find(scan('<p>#2 415 Language and speech Provider: Speech-Language Pathologist Location: Regular Classroom 08/20/2025 - 02/05/2026 30 min x 2 sessions = 60 min Weekly</p>'));
    expect(found).toMatchObject({ service: 'Language and speech', provider: 'Speech-Language Pathologist', setting: 'Regular Classroom', startDate: '08/20/2025', endDate: '02/05/2026', mandate: '30 min x 2 sessions = 60 min Weekly' });
  });

  it('needs a date range followed by a frequency and duration', () => {
    expect(serviceLines.find(scan('<p>Individual counseling 45 min x 1 sessions = 45 min Weekly</p><p>Goal 02/06/2025 - 02/05/2026 will read 30 min</p>'))).toEqual([]);
  });
});

describe('labelledServices', () => {
  it('each "Service" label starts a service; labels before any service are not a service', () => {
    const found = labelledServices.find(
      scan(`<p>Start Date: 01/01/2026</p><p>Service: Speech</p><p>Frequency: 2x weekly</p><p>Duration: 30</p>
        <p>Service: Counseling</p><p>Provider: LSSP</p><p>Service: Art</p><p>Provider: none</p>`),
    );
    expect(found.map((s) => [s.service, s.mandate, s.startDate, s.provider])).toEqual([
      ['Speech', '30 min 2x weekly', undefined, undefined],
    ]);
  });

  it('a label alone on its line takes the next line as its value (label and value cells)', () => {
    const found = labelledServices.find(scan('<table><tr><td>Service</td><td>Speech</td></tr><tr><td>Minutes/Frequency</td><td>30 min 2x/week</td></tr></table>'));
    expect(found).toEqual([{ service: 'Speech', mandate: '30 min 2x/week', shown: 'Service: Speech · Minutes/Frequency: 30 min 2x/week' }]);
  });
});

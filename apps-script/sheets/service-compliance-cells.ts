import { type ServiceCompliance, presentServiceStatus } from '../../shared/index.ts';
import type { ComputedTabCells } from './read-student-tables.ts';
import type { TableTab } from './table-tab.ts';

/**
 * The Services tab's compliance cells, one per data row: required, delivered and owed minutes and the
 * status word, coloured as `presentServiceStatus` colours it everywhere. A row is matched to its result by
 * student and service id; a row that could not be read gets empty cells (its notes say why), and a
 * service whose minutes cannot be computed says "Cannot compute", its reason (and anything to check)
 * going to the row's notes.
 *
 * @example serviceComplianceCells(servicesTab, computeServiceCompliance(caseload, { settings, today })).cells.serviceStatus[0] // 'Behind'
 */
export function serviceComplianceCells(tab: TableTab<'services'>, results: readonly ServiceCompliance[]): ComputedTabCells {
  const byKey = new Map<string, ServiceCompliance>();
  for (const r of results) byKey.set(`${r.studentId}\u0000${r.serviceId}`, r);
  const required: (string | number)[] = [];
  const delivered: (string | number)[] = [];
  const owed: (string | number)[] = [];
  const status: string[] = [];
  const looks: ({ background: string; text: string } | null)[] = [];
  const notes: string[] = [];
  for (const row of tab.rows) {
    const result = row.record ? byKey.get(`${row.record.studentId}\u0000${row.record.serviceId}`) : undefined;
    if (!result) {
      required.push('');
      delivered.push('');
      owed.push('');
      status.push('');
      looks.push(null);
      notes.push('');
      continue;
    }
    const look = presentServiceStatus(result.status);
    const known = result.status !== 'unknown';
    required.push(known ? result.requiredMinutes : '');
    delivered.push(result.deliveredMinutes);
    owed.push(known ? result.owedMinutes : '');
    status.push(look.label);
    looks.push({ background: look.background, text: look.text });
    notes.push([...(result.reason ? [result.reason] : []), ...result.problems].join(' '));
  }
  return {
    cells: { requiredMinutes: required, deliveredMinutes: delivered, owedMinutes: owed, serviceStatus: status },
    colour: { id: 'serviceStatus', looks },
    notes,
  };
}

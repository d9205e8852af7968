import type { PageServiceText } from '../../../shared/index.ts';
import type { PageScan } from '../layouts/types.ts';

export type { PageServiceText };

/** What a page can say about a service, by column or label: the `services` table's fields and their parts. */
export type ServiceField =
  | 'service'
  | 'provider'
  | 'setting'
  | 'mandate'
  | 'minutes'
  | 'frequency'
  | 'period'
  | 'startDate'
  | 'endDate'
  | 'dates'
  | 'grouping'
  | 'delivery';

/** One way a page lists services (a system's service lines, a table of services, labelled blocks). Isolated: one that throws is skipped. */
export interface ServiceStrategy {
  id: string;
  /** The services this layout shows on one walked document (only what a person can see). */
  find(scan: PageScan<ServiceField>): PageServiceText[];
}

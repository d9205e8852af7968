import type { StatusLook } from './present-status.ts';
import { SERVICE_STATUS_STYLES, type ServiceStatus } from './service-status.ts';

/**
 * The word and colours of a service-minutes status, the same in the panel, the sheet and the terminal.
 *
 * @example presentServiceStatus('behind').label // 'Behind'
 */
export function presentServiceStatus(status: ServiceStatus): StatusLook {
  const { label, background, text } = SERVICE_STATUS_STYLES[status];
  return { label, background, text };
}

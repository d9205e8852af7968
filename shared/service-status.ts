/** Where a service stands over its window. `unknown`: its frequency could not be read, so nothing can be said. */
export type ServiceStatus = 'behind' | 'unknown' | 'on-track' | 'ahead' | 'not-started' | 'ended';

/**
 * How each service status looks everywhere (sheet, extension, terminal), in the deadline colours, and its
 * rank for "behind first" ordering. `unknown` ranks right after `behind`: a service whose frequency cannot
 * be read must never look safe.
 */
export const SERVICE_STATUS_STYLES: Record<ServiceStatus, { label: string; background: string; text: string; rank: number }> = {
  behind: { label: 'Behind', background: '#F4C7C3', text: '#7A1010', rank: 0 },
  unknown: { label: 'Cannot compute', background: '#FCE8B2', text: '#6B3A00', rank: 1 },
  'on-track': { label: 'On track', background: '#FFFFFF', text: '#1F1F1F', rank: 2 },
  ahead: { label: 'Ahead', background: '#FFFFFF', text: '#1F1F1F', rank: 3 },
  'not-started': { label: 'Not started', background: '#E0E0E0', text: '#3C3C3C', rank: 4 },
  ended: { label: 'Ended', background: '#E0E0E0', text: '#3C3C3C', rank: 5 },
};

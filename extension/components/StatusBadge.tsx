import { presentStatus, type DeadlineStatus } from '../../shared/index.ts';

/** The status pill: its word and colours from the shared presentation module (the same as the sheet's). */
export function StatusBadge({ status }: { status: DeadlineStatus }) {
  const look = presentStatus(status);
  return (
    <span className="badge" style={{ background: look.background, color: look.text }}>
      {look.label}
    </span>
  );
}

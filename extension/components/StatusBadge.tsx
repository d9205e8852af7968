import { STATUS_STYLES, type DeadlineStatus } from '../../shared/index.ts';

/** The status pill, in the same colours as the sheet add-on. */
export function StatusBadge({ status }: { status: DeadlineStatus }) {
  const style = STATUS_STYLES[status];
  return (
    <span className="badge" style={{ background: style.background, color: style.text }}>
      {style.label}
    </span>
  );
}

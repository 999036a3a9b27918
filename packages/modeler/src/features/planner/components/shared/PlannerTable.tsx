/**
 * A scrollable, keyboard-reachable table region with its caption, as the catalogue shows tables.
 */
import { useId, type ReactNode } from 'react';

export interface PlannerTableProps {
  caption: ReactNode;
  head: ReactNode;
  children: ReactNode;
  busy?: boolean;
  testId?: string;
  className?: string;
}

export function PlannerTable({ caption, head, children, busy, testId, className }: PlannerTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`table${className ? ` ${className}` : ''}`} aria-busy={busy || undefined} data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

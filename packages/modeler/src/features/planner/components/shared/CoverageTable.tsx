/**
 * A coverage table: one row per group of processes (a department, a process group, a support level) with
 * the processes in scope, those live, the coverage and, optionally, those not applicable.
 */
import type { ReactNode } from 'react';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { PlannerTable } from './PlannerTable';

export interface CoverageTableRow {
  key: string;
  label: ReactNode;
  inScope: number;
  live: number;
  ratio: number | null;
  notApplicable?: number;
  /** Set as `data-department` on the row (tests and the report find rows by it). */
  department?: string;
}

export interface CoverageTableProps {
  caption: ReactNode;
  /** The heading of the first column (what a row stands for). */
  labelHeader: ReactNode;
  rows: readonly CoverageTableRow[];
  showNotApplicable?: boolean;
  testId?: string;
}

export function CoverageTable({ caption, labelHeader, rows, showNotApplicable, testId }: CoverageTableProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  return (
    <PlannerTable
      caption={caption}
      {...(testId ? { testId } : {})}
      head={
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="numeric">
            {t('dashboard.kpis.inScope')}
          </th>
          <th scope="col" className="numeric">
            {t('burnup.live')}
          </th>
          <th scope="col" className="numeric">
            {t('dashboard.coverageColumn')}
          </th>
          {showNotApplicable && (
            <th scope="col" className="numeric">
              {t('stages.not_applicable')}
            </th>
          )}
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.key} {...(row.department ? { 'data-department': row.department } : {})}>
          <th scope="row">{row.label}</th>
          <td className="numeric">{format.number(row.inScope)}</td>
          <td className="numeric">{format.number(row.live)}</td>
          <td className="numeric">{row.ratio === null ? t('common.none') : format.percent(row.ratio, 1)}</td>
          {showNotApplicable && <td className="numeric">{format.number(row.notApplicable ?? 0)}</td>}
        </tr>
      ))}
    </PlannerTable>
  );
}

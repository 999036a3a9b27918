/**
 * The departments' traffic lights: the latest status report of each department for the current
 * month, and which departments have not reported yet.
 */
import { Link } from 'react-router';
import type { Department } from '@efile/schemas';
import { paths } from '../../../../app/paths';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useStatusReports } from '../../api/getStatusReports';
import { usePlannerTranslation } from '../../i18n';
import { periodLabel } from '../../plannerFormat';
import { LightBadge } from '../shared/LightBadge';
import { PlannerTable } from '../shared/PlannerTable';

export interface TrafficLightsProps {
  period: string;
  department: string;
  departments: ReadonlyMap<string, Department>;
}

export function TrafficLights({ period, department, departments }: TrafficLightsProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const reports = useStatusReports(period, department ? [department] : []);
  const month = periodLabel(period, format.locale);
  if (reports.isPending) return <Loading label={t('common.loading')} />;
  if (reports.isError) return <ErrorMessage error={reports.error} onRetry={() => void reports.refetch()} />;
  const { items, missing } = reports.data;
  return (
    <>
      {items.length === 0 ? (
        <p>{t('dashboard.lightsNone', { period: month })}</p>
      ) : (
        <PlannerTable
          caption={t('dashboard.lightsCaption', { period: month })}
          testId="traffic-lights"
          head={
            <tr>
              <th scope="col">{t('dashboard.department')}</th>
              <th scope="col">{t('dashboard.light')}</th>
              <th scope="col">{t('dashboard.reportText')}</th>
              <th scope="col">{t('dashboard.updated')}</th>
            </tr>
          }
        >
          {items.map((report) => (
            <tr key={report.department}>
              <th scope="row">
                <Link to={paths.rolloutDepartment(report.department)}>
                  <span className="nowrap">{report.department}</span> {departments.get(report.department)?.shortName}
                </Link>
              </th>
              <td>
                <LightBadge light={report.light} />
              </td>
              <td className="prewrap">{report.text}</td>
              <td className="nowrap">{format.date(report.updatedAt)}</td>
            </tr>
          ))}
        </PlannerTable>
      )}
      {missing.length > 0 && (
        <p className="muted" data-testid="lights-missing">
          {t('dashboard.lightsMissing', { count: missing.length, period: month, codes: missing.join(', ') })}
        </p>
      )}
    </>
  );
}

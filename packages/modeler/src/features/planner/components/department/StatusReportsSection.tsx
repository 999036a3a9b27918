/**
 * A department's status reports (Ampel): the form for the current month (for those who may write in
 * the department), the revisions of the current month, and the latest report of each of the last six
 * months.
 */
import type { Account } from '@efile/schemas';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useStatusReport } from '../../api/getStatusReport';
import { useStatusReportMonths } from '../../api/getStatusReports';
import { usePlannerTranslation } from '../../i18n';
import { mayWriteRollout } from '../../plannerPolicy';
import { periodLabel, periodOf, recentPeriods } from '../../plannerFormat';
import { ExportLinks } from '../shared/ExportLinks';
import { LightBadge } from '../shared/LightBadge';
import { PlannerTable } from '../shared/PlannerTable';
import { StatusReportForm } from './StatusReportForm';

/** Months of history shown, the current one included. */
const MONTHS = 6;

export function StatusReportsSection({ code, account }: { code: string; account: Account }) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const period = periodOf(new Date());
  const periods = recentPeriods(period, MONTHS);
  const current = useStatusReport(code, period);
  const months = useStatusReportMonths(periods, [code]);
  const canWrite = mayWriteRollout(account, code);
  const periodText = periodLabel(period, format.locale);
  const actor = (id: string) => (id === account.id ? t('common.you') : id);

  return (
    <section className="section" aria-labelledby="reports-heading" data-testid="status-reports">
      <h2 id="reports-heading">{t('reports.title')}</h2>
      {current.isPending ? (
        <Loading label={t('common.loading')} />
      ) : current.isError ? (
        <ErrorMessage error={current.error} onRetry={() => void current.refetch()} />
      ) : (
        <>
          {canWrite ? (
            <StatusReportForm department={code} period={period} current={current.data} periodText={periodText} />
          ) : (
            <p className="muted">{t('reports.readOnly')}</p>
          )}
          {current.data && (
            <>
              <h3>{t('reports.revisionsTitle', { period: periodText })}</h3>
              <ol className="revisions" data-testid="report-revisions">
                {[...current.data.history].reverse().map((revision) => (
                  <li key={revision.revision}>
                    <p className="revisions__meta">
                      <strong>{t('reports.revision', { revision: revision.revision })}</strong>{' '}
                      <LightBadge light={revision.light} /> {format.dateTime(revision.at)}{' '}
                      {t('reports.by', { actor: actor(revision.actorId) })}
                    </p>
                    <p className="prewrap">{revision.text}</p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <PlannerTable
        caption={t('reports.caption')}
        busy={months.some((m) => m.isPending)}
        testId="report-history"
        head={
          <tr>
            <th scope="col">{t('reports.period')}</th>
            <th scope="col">{t('reports.light')}</th>
            <th scope="col">{t('reports.text')}</th>
            <th scope="col">{t('dashboard.updated')}</th>
          </tr>
        }
      >
        {periods.map((month, index) => {
          const result = months[index];
          const report = result?.data?.items.find((item) => item.department === code);
          return (
            <tr key={month}>
              <th scope="row" className="nowrap">
                {periodLabel(month, format.locale)}
              </th>
              {report ? (
                <>
                  <td>
                    <LightBadge light={report.light} />
                  </td>
                  <td className="prewrap">{report.text}</td>
                  <td className="nowrap">{format.date(report.updatedAt)}</td>
                </>
              ) : (
                <td colSpan={3} className="muted">
                  {result?.isPending ? t('common.loading') : t('reports.missing')}
                </td>
              )}
            </tr>
          );
        })}
      </PlannerTable>
      <ExportLinks table="status-reports" options={{ departments: [code], period }} />
    </section>
  );
}

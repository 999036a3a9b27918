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
import { useStatusReportHistory } from '../../api/getStatusReportHistory';
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
  // one request for the whole table, oldest month to the current one
  const history = useStatusReportHistory(code, periods.at(-1) ?? period, period);
  const byPeriod = new Map((history.data?.items ?? []).map((report) => [report.period, report]));
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
        busy={history.isPending}
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
        {periods.map((month) => {
          const report = byPeriod.get(month);
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
                  {history.isSuccess ? t('reports.missing') : history.isError ? t('common.none') : t('common.loading')}
                </td>
              )}
            </tr>
          );
        })}
      </PlannerTable>
      {history.isError && <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />}
      <ExportLinks table="status-reports" options={{ departments: [code], period }} />
    </section>
  );
}

/**
 * The council report (/rollout/report), laid out for print and PDF: title and date, the key figures
 * with their counting rules, the burn-up with its table, coverage per department, the forecast against
 * the target date, and the number of open problem reports. "Drucken" opens the browser's print dialog;
 * the print style sheet leaves out the app's header and navigation.
 */
import { usePageTitle } from '../../../../app/usePageTitle';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useDepartmentNames } from '../../../catalogue/api/getDepartments';
import { useDashboard } from '../../api/getDashboard';
import { useProblems } from '../../api/getProblems';
import { usePlannerTranslation } from '../../i18n';
import { BurnupChart } from '../shared/BurnupChart';
import { CountingRule } from '../shared/CountingRule';
import { CoverageTable } from '../shared/CoverageTable';
import { ForecastSummary } from '../shared/ForecastSummary';
import { PlannerNav } from '../shared/PlannerNav';
import { KpiTiles } from '../dashboard/KpiTiles';
import '../../planner.css';

export default function CouncilReportPage() {
  const { t, label } = usePlannerTranslation();
  usePageTitle(t('report.title'));
  const format = useFormat();
  const dashboard = useDashboard({});
  const problems = useProblems({ status: ['open'], pageSize: 1 });
  const departments = useDepartmentNames();

  let body;
  if (dashboard.isPending) body = <Loading label={t('dashboard.loading')} />;
  else if (dashboard.isError) body = <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  else {
    const d = dashboard.data;
    body = (
      <>
        <p className="report__date" data-testid="report-date">
          {t('report.date', { date: format.date(d.generatedAt) })}
        </p>
        <p className="muted">{label(d.scope)}</p>
        <section className="report__section" aria-labelledby="report-kpis">
          <h2 id="report-kpis">{t('report.kpis')}</h2>
          <KpiTiles kpis={d.kpis} baseProcesses={d.baseProcesses} />
        </section>
        <section className="report__section" aria-labelledby="report-forecast">
          <h2 id="report-forecast">{t('report.forecast')}</h2>
          <ForecastSummary forecast={d.forecast} targetDate={d.filter.targetDate} />
        </section>
        <section className="report__section" aria-labelledby="report-problems">
          <h2 id="report-problems">{t('report.problems')}</h2>
          {problems.isPending ? (
            <Loading label={t('common.loading')} />
          ) : problems.isError ? (
            <ErrorMessage error={problems.error} onRetry={() => void problems.refetch()} />
          ) : (
            <p data-testid="report-problems">
              {t('report.problemsOpen', { count: problems.data.total, formatted: format.number(problems.data.total) })}
            </p>
          )}
        </section>
        <section className="report__section report__section--break" aria-labelledby="report-burnup">
          <h2 id="report-burnup">{t('report.burnup')}</h2>
          <BurnupChart
            burnup={d.burnup}
            forecast={d.forecast}
            targetDate={d.filter.targetDate}
            today={d.today}
            caption={t('dashboard.burnupTitle')}
            tableAlwaysShown
          />
          <CountingRule rule={d.burnup.rule} />
        </section>
        <section className="report__section report__section--break" aria-labelledby="report-coverage">
          <h2 id="report-coverage">{t('report.coverage')}</h2>
          <CoverageTable
            caption={t('report.coverageCaption')}
            testId="report-coverage"
            labelHeader={t('dashboard.department')}
            showNotApplicable
            rows={d.coverage.byDepartment.rows.map((row) => ({
              key: row.department,
              department: row.department,
              label: `${row.department} ${departments.get(row.department)?.name ?? ''}`,
              inScope: row.inScope,
              live: row.live,
              ratio: row.ratio,
              notApplicable: row.notApplicable,
            }))}
          />
          <CountingRule rule={d.coverage.byDepartment.rule} />
        </section>
      </>
    );
  }

  return (
    <article className="council-report">
      <PlannerNav />
      <header className="report__header">
        <p className="report__subtitle">{t('report.subtitle')}</p>
        <h1>{t('report.title')}</h1>
        <div className="report__actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <span className="muted">{t('report.printHint')}</span>
        </div>
      </header>
      {body}
    </article>
  );
}

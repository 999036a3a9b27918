/**
 * One department's rollout (/rollout/departments/:code): its coverage and forecast, its processes by
 * stage (linking to the process pages), its status reports with this month's form, and its problem
 * reports (report one, resolve one) for those who may write in the department.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../../api/client';
import { paths } from '../../../../app/paths';
import { usePageTitle } from '../../../../app/usePageTitle';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useAccount } from '../../../auth/hooks/useAccount';
import { useRolloutDepartment } from '../../api/getRolloutDepartment';
import { usePlannerTranslation } from '../../i18n';
import { CountingRule } from '../shared/CountingRule';
import { ExportLinks } from '../shared/ExportLinks';
import { ForecastSummary } from '../shared/ForecastSummary';
import { PlannerNav } from '../shared/PlannerNav';
import { DepartmentProcesses } from './DepartmentProcesses';
import { ProblemsSection } from './ProblemsSection';
import { StatusReportsSection } from './StatusReportsSection';
import '../../planner.css';

function BackLink() {
  const { t } = usePlannerTranslation();
  return (
    <p className="back-link no-print">
      <Link to={paths.rollout()}>{t('department.back')}</Link>
    </p>
  );
}

export default function DepartmentPage({ code }: { code: string }) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const account = useAccount();
  const department = useRolloutDepartment(code);
  const d = department.data;
  const title = d ? t('common.departmentNamed', { code: d.department.code, name: d.department.name }) : undefined;
  usePageTitle(title ?? t('common.department', { code }));
  const processes = useMemo(
    () => (d?.stages ?? []).flatMap((stage) => stage.processes.map(({ key, name }) => ({ key, name }))),
    [d],
  );

  if (department.isPending) {
    return (
      <>
        <PlannerNav />
        <Loading label={t('department.loading')} />
      </>
    );
  }
  if (department.isError || !d) {
    const missing = department.error instanceof ApiError && department.error.status === 404;
    return (
      <>
        <PlannerNav />
        <BackLink />
        <h1>{missing ? t('department.notFound', { code }) : t('common.department', { code })}</h1>
        <ErrorMessage error={department.error} {...(missing ? {} : { onRetry: () => void department.refetch() })} />
      </>
    );
  }
  const { coverage } = d;
  const exportOptions = { departments: [code] };
  return (
    <>
      <PlannerNav />
      <BackLink />
      <h1>{title}</h1>
      <div className="planner-grid">
        <section className="section" aria-labelledby="state-heading" data-testid="department-state">
          <h2 id="state-heading">{t('department.statusTitle')}</h2>
          <dl className="kpis kpis--small">
            <div className="kpi kpi--wide" data-testid="kpi-coverage">
              <dt className="kpi__term">{t('dashboard.kpis.coverage')}</dt>
              <dd className="kpi__value">
                {coverage.ratio === null ? t('dashboard.kpis.noRatio') : format.percent(coverage.ratio, 1)}
              </dd>
              <dd className="kpi__note">
                {t('dashboard.kpis.coverageNote', {
                  live: format.number(coverage.live),
                  inScope: format.number(coverage.inScope),
                })}
              </dd>
            </div>
          </dl>
          <CountingRule rule={coverage.rule} />
          <ExportLinks table="coverage-departments" options={exportOptions} />
        </section>
        <section className="section" aria-labelledby="department-forecast-heading">
          <h2 id="department-forecast-heading">{t('dashboard.forecastTitle')}</h2>
          <ForecastSummary forecast={d.forecast} targetDate={d.targetDate} />
          <ExportLinks table="forecast" options={exportOptions} />
          <ExportLinks table="burnup" options={exportOptions} />
        </section>
      </div>
      <section className="section" aria-labelledby="processes-heading">
        <h2 id="processes-heading">{t('department.processesTitle')}</h2>
        <DepartmentProcesses department={d} />
      </section>
      <StatusReportsSection code={code} account={account} />
      <ProblemsSection code={code} account={account} processes={processes} />
    </>
  );
}

/**
 * The rollout dashboard (/rollout): key figures with their counting rules, the burn-up with the
 * forecast band and the target date, the forecast, departments × stages, coverage per process group,
 * the support mix, the base processes, open problems and the departments' traffic lights, filtered by
 * department and process group (kept in the URL). Each table can be downloaded as CSV or XLSX.
 */
import { useMemo, type ReactNode } from 'react';
import { useDepartments } from '../../../catalogue/api/getDepartments';
import { usePageTitle } from '../../../../app/usePageTitle';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useDashboard } from '../../api/getDashboard';
import type { ExportOptions } from '../../api/exportUrl';
import { dashboardQueryOf, useDashboardFilters } from '../../hooks/useDashboardFilters';
import { usePlannerTranslation } from '../../i18n';
import { periodOf } from '../../plannerFormat';
import { BurnupChart } from '../shared/BurnupChart';
import { CountingRule } from '../shared/CountingRule';
import { ExportLinks } from '../shared/ExportLinks';
import { ForecastSummary } from '../shared/ForecastSummary';
import { PlannerNav } from '../shared/PlannerNav';
import { BaseProcessTable, GroupCoverageTable } from './CoverageTables';
import { DashboardFilters } from './DashboardFilters';
import { KpiTiles } from './KpiTiles';
import { OpenProblems } from './OpenProblems';
import { StageHeatmap } from './StageHeatmap';
import { SupportMix } from './SupportMix';
import { TrafficLights } from './TrafficLights';
import '../../planner.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export default function DashboardPage() {
  const { t, label } = usePlannerTranslation();
  usePageTitle(t('dashboard.title'));
  const format = useFormat();
  const { filters, update, reset } = useDashboardFilters();
  const query = useMemo(() => dashboardQueryOf(filters), [filters]);
  const dashboard = useDashboard(query);
  // the process groups to choose from: those of the department filter alone (the same figures when no
  // group is chosen; otherwise one more request, usually answered from the cache)
  const ungrouped = useDashboard(dashboardQueryOf({ ...filters, group: '' }), !!filters.group);
  const departments = useDepartments();
  const departmentList = useMemo(() => departments.data?.items ?? [], [departments.data]);
  const departmentMap = useMemo(() => new Map(departmentList.map((d) => [d.code, d])), [departmentList]);
  const groupSource = filters.group ? ungrouped.data : dashboard.data;
  const groups = useMemo(
    () =>
      (groupSource?.coverage.byGroup.rows ?? [])
        .map((row) => row.group)
        .filter((group): group is string => group !== null),
    [groupSource],
  );
  const period = periodOf(new Date());
  const exportOptions: ExportOptions = filters.department ? { departments: [filters.department] } : {};

  let body: ReactNode;
  if (dashboard.isPending) body = <Loading label={t('dashboard.loading')} />;
  else if (dashboard.isError) {
    body = <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  } else {
    const d = dashboard.data;
    body = (
      <div aria-busy={dashboard.isPlaceholderData || undefined}>
        <p className="muted" data-testid="dashboard-scope">
          {label(d.scope)} {t('dashboard.generated', { date: format.dateTime(d.generatedAt) })}
        </p>
        {filters.group && <p className="notice">{t('exports.groupIgnored')}</p>}
        <Section id="kpis" title={t('dashboard.kpisTitle')}>
          <KpiTiles kpis={d.kpis} baseProcesses={d.baseProcesses} />
        </Section>
        <Section id="burnup" title={t('dashboard.burnupTitle')}>
          <BurnupChart
            burnup={d.burnup}
            forecast={d.forecast}
            targetDate={d.filter.targetDate}
            today={d.today}
            caption={t('burnup.title')}
          />
          <CountingRule rule={d.burnup.rule} />
          <ExportLinks table="burnup" options={exportOptions} />
        </Section>
        <div className="planner-grid">
          <Section id="forecast" title={t('dashboard.forecastTitle')}>
            <ForecastSummary forecast={d.forecast} targetDate={d.filter.targetDate} />
            {d.throughput.mean !== null && (
              <p>
                {t('forecast.throughput', {
                  mean: format.number(d.throughput.mean, 1),
                  window: t('common.weeks', { count: d.throughput.window }),
                })}
              </p>
            )}
            <ExportLinks table="forecast" options={exportOptions} />
          </Section>
          <Section id="problems" title={t('dashboard.problemsTitle')}>
            <OpenProblems department={filters.department} />
            <ExportLinks table="problems" options={exportOptions} />
          </Section>
        </div>
        <Section id="heatmap" title={t('dashboard.heatmapTitle')}>
          <StageHeatmap
            rows={d.coverage.byDepartment.rows}
            stages={d.stagesByDepartment}
            departments={departmentMap}
            group={filters.group}
          />
          <CountingRule rule={d.coverage.byDepartment.rule} />
          <ExportLinks table="coverage-departments" options={exportOptions} />
        </Section>
        <div className="planner-grid">
          <Section id="groups" title={t('dashboard.groupsTitle')}>
            <GroupCoverageTable byGroup={d.coverage.byGroup} />
            <ExportLinks table="coverage-groups" options={exportOptions} />
          </Section>
          <Section id="support" title={t('dashboard.supportTitle')}>
            <SupportMix mix={d.supportMix} bySupport={d.coverage.bySupport} />
            <ExportLinks table="support-mix" options={exportOptions} />
            <ExportLinks table="coverage-support" options={exportOptions} />
          </Section>
        </div>
        <Section id="base" title={t('dashboard.base.title')}>
          <BaseProcessTable base={d.baseProcesses} />
          <ExportLinks table="base-matrix" options={exportOptions} />
        </Section>
        <Section id="lights" title={t('dashboard.lightsTitle')}>
          <TrafficLights period={period} department={filters.department} departments={departmentMap} />
          <ExportLinks table="status-reports" options={{ ...exportOptions, period }} />
        </Section>
      </div>
    );
  }

  return (
    <>
      <PlannerNav />
      <h1>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.intro')}</p>
      <DashboardFilters filters={filters} update={update} reset={reset} departments={departmentList} groups={groups} />
      {body}
    </>
  );
}

/**
 * Departments × stages as a table: each cell the number of the department's processes in a stage,
 * shaded by its share of the department's processes (the number is always written; the shading only
 * helps the eye), and the department's coverage as the dashboard counts it.
 *
 * The dashboard's answer has coverage per department but no stages per department, so the stages come
 * from each department's own rollout view (one request per department, cached for its page); with a
 * process group filter, only that group's processes are counted.
 */
import { Link } from 'react-router';
import type { Department, RolloutDashboard, RolloutDepartment } from '@efile/schemas';
import { paths } from '../../../../app/paths';
import { useFormat } from '../../../../i18n/useFormat';
import { useRolloutDepartments } from '../../api/getRolloutDepartment';
import { usePlannerTranslation } from '../../i18n';
import { PlannerTable } from '../shared/PlannerTable';
import { STAGES, type Stage } from '../../stages';

type CoverageRow = RolloutDashboard['coverage']['byDepartment']['rows'][number];

/** The shading step of a share: 0 none, then below 10 %, 25 %, 50 %, and from 50 %. */
export function heatLevel(count: number, total: number): number {
  if (count === 0 || total === 0) return 0;
  const share = count / total;
  return share < 0.1 ? 1 : share < 0.25 ? 2 : share < 0.5 ? 3 : 4;
}

/** The processes per stage of a department, only those of `group` when given. */
export function stageCountsOf(department: RolloutDepartment, group: string): Map<Stage, number> {
  return new Map(
    department.stages.map((s) => [s.stage, group ? s.processes.filter((p) => p.group === group).length : s.count]),
  );
}

export interface StageHeatmapProps {
  rows: readonly CoverageRow[];
  departments: ReadonlyMap<string, Department>;
  group: string;
}

export function StageHeatmap({ rows, departments, group }: StageHeatmapProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const codes = rows.map((row) => row.department);
  const results = useRolloutDepartments(codes);
  const loaded = results.filter((r) => r.data).length;
  const pending = results.some((r) => r.isPending);
  return (
    <>
      <p className="muted">{t('dashboard.heatmapLegend')}</p>
      {group && <p className="muted">{t('dashboard.heatmapGroupNote', { group })}</p>}
      {pending && <p className="muted">{t('dashboard.heatmapLoading', { loaded, total: codes.length })}</p>}
      <PlannerTable
        caption={t('dashboard.heatmapCaption')}
        busy={pending}
        testId="heatmap"
        className="heatmap"
        head={
          <tr>
            <th scope="col">{t('dashboard.department')}</th>
            {STAGES.map((stage) => (
              <th key={stage} scope="col" className="numeric">
                {t(`stages.${stage}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('dashboard.processesColumn')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.coverageColumn')}
            </th>
          </tr>
        }
      >
        {rows.map((row, index) => {
          const result = results[index];
          const counts = result?.data ? stageCountsOf(result.data, group) : undefined;
          const total = counts ? [...counts.values()].reduce((sum, n) => sum + n, 0) : 0;
          const department = departments.get(row.department);
          return (
            <tr key={row.department} data-department={row.department}>
              <th scope="row">
                <Link to={paths.rolloutDepartment(row.department)}>
                  <span className="nowrap">{row.department}</span> {department?.shortName ?? ''}
                </Link>
              </th>
              {counts ? (
                STAGES.map((stage) => {
                  const count = counts.get(stage) ?? 0;
                  return (
                    <td key={stage} className={`numeric heat heat--${heatLevel(count, total)}`} data-stage={stage}>
                      {format.number(count)}
                    </td>
                  );
                })
              ) : (
                <td colSpan={STAGES.length} className="muted">
                  {result?.isError ? t('dashboard.heatmapFailed') : t('common.loading')}
                </td>
              )}
              <td className="numeric">{counts ? format.number(total) : t('common.none')}</td>
              <td className="numeric" data-testid="heatmap-coverage">
                {row.ratio === null ? t('common.none') : format.percent(row.ratio, 1)}
              </td>
            </tr>
          );
        })}
      </PlannerTable>
    </>
  );
}

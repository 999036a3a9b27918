/**
 * Departments × stages as a table: each cell the number of the department's processes in a stage,
 * shaded by its share of the department's processes (the number is always written; the shading only
 * helps the eye), and the department's coverage as the dashboard counts it.
 *
 * The stages per department come with the dashboard's answer (`stagesByDepartment`, counted with the
 * same filters: with a process group filter, only that group's processes).
 */
import { Link } from 'react-router';
import type { Department, RolloutDashboard } from '@efile/schemas';
import { paths } from '../../../../app/paths';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { PlannerTable } from '../shared/PlannerTable';
import { STAGES, type Stage } from '../../stages';

type CoverageRow = RolloutDashboard['coverage']['byDepartment']['rows'][number];
type DepartmentStages = RolloutDashboard['stagesByDepartment'][number];

/** The shading step of a share: 0 none, then below 10 %, 25 %, 50 %, and from 50 %. */
export function heatLevel(count: number, total: number): number {
  if (count === 0 || total === 0) return 0;
  const share = count / total;
  return share < 0.1 ? 1 : share < 0.25 ? 2 : share < 0.5 ? 3 : 4;
}

export interface StageHeatmapProps {
  rows: readonly CoverageRow[];
  /** The processes per stage of each department (the dashboard's `stagesByDepartment`). */
  stages: readonly DepartmentStages[];
  departments: ReadonlyMap<string, Department>;
  group: string;
}

export function StageHeatmap({ rows, stages, departments, group }: StageHeatmapProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const countsOf = new Map(stages.map((row) => [row.department, row.counts]));
  return (
    <>
      <p className="muted">{t('dashboard.heatmapLegend')}</p>
      {group && <p className="muted">{t('dashboard.heatmapGroupNote', { group })}</p>}
      <PlannerTable
        caption={t('dashboard.heatmapCaption')}
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
        {rows.map((row) => {
          const counts = countsOf.get(row.department);
          const total = counts ? STAGES.reduce((sum, stage: Stage) => sum + counts[stage], 0) : 0;
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
                  const count = counts[stage];
                  return (
                    <td key={stage} className={`numeric heat heat--${heatLevel(count, total)}`} data-stage={stage}>
                      {format.number(count)}
                    </td>
                  );
                })
              ) : (
                <td colSpan={STAGES.length} className="muted">
                  {t('common.none')}
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

/**
 * Coverage per process group, and the base processes across the departments (adopted, in scope, live,
 * live in at least one department next to live in every department).
 */
import type { RolloutDashboard } from '@efile/schemas';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { CountingRule } from '../shared/CountingRule';
import { CoverageTable } from '../shared/CoverageTable';
import { PlannerTable } from '../shared/PlannerTable';

export function GroupCoverageTable({ byGroup }: { byGroup: RolloutDashboard['coverage']['byGroup'] }) {
  const { t } = usePlannerTranslation();
  return (
    <>
      <CoverageTable
        caption={t('dashboard.groupsCaption')}
        testId="group-coverage"
        labelHeader={t('dashboard.group')}
        showNotApplicable
        rows={byGroup.rows.map((row) => ({
          key: row.group ?? '',
          label: row.group ?? t('dashboard.noGroup'),
          inScope: row.inScope,
          live: row.live,
          ratio: row.ratio,
          notApplicable: row.notApplicable,
        }))}
      />
      <CountingRule rule={byGroup.rule} />
    </>
  );
}

export function BaseProcessTable({ base }: { base: RolloutDashboard['baseProcesses'] }) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const yesNo = (value: boolean) => (value ? t('dashboard.base.yes') : t('dashboard.base.no'));
  return (
    <>
      <PlannerTable
        caption={t('dashboard.base.caption')}
        testId="base-processes"
        head={
          <tr>
            <th scope="col">{t('dashboard.base.baseProcess')}</th>
            <th scope="col" className="numeric">
              {t('dashboard.base.adoptedBy')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.base.inScope')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.base.liveDepartments')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.base.ratio')}
            </th>
            <th scope="col">{t('dashboard.base.atLeastOne')}</th>
            <th scope="col">{t('dashboard.base.every')}</th>
          </tr>
        }
      >
        {base.rows.map((row) => (
          <tr key={row.baseProcess}>
            <th scope="row">
              {row.name ?? row.baseProcess} <code className="muted">{row.baseProcess}</code>
            </th>
            <td className="numeric">{format.number(row.adoptedBy)}</td>
            <td className="numeric">{format.number(row.inScope)}</td>
            <td className="numeric">{format.number(row.live)}</td>
            <td className="numeric">{row.ratio === null ? t('common.none') : format.percent(row.ratio, 1)}</td>
            <td>{yesNo(row.liveInAtLeastOne)}</td>
            <td>{yesNo(row.liveInEvery)}</td>
          </tr>
        ))}
      </PlannerTable>
      <CountingRule rule={base.rule} />
    </>
  );
}

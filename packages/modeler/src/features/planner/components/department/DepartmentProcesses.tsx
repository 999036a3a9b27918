/**
 * A department's processes by stage, in rollout order: each with its group, support level, since when
 * it is in its stage and how many stage events it has, linking to the process's page.
 */
import { Link } from 'react-router';
import type { RolloutDepartment } from '@efile/schemas';
import { paths } from '../../../../app/paths';
import { useFormat } from '../../../../i18n/useFormat';
import { usePlannerTranslation } from '../../i18n';
import { PlannerTable } from '../shared/PlannerTable';

export function DepartmentProcesses({ department }: { department: RolloutDepartment }) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  if (department.processes === 0) return <p>{t('department.noProcesses')}</p>;
  return (
    <>
      <ul className="stage-counts" aria-label={t('department.stageCounts')} data-testid="stage-counts">
        {department.stages.map((stage) => (
          <li key={stage.stage} data-stage={stage.stage}>
            <span className="stage-counts__label">{t(`stages.${stage.stage}`)}</span>{' '}
            <span className="stage-counts__value">{format.number(stage.count)}</span>
          </li>
        ))}
      </ul>
      <PlannerTable
        caption={t('department.processesCaption')}
        testId="department-processes"
        head={
          <tr>
            <th scope="col">{t('timeline.current')}</th>
            <th scope="col">{t('department.process')}</th>
            <th scope="col">{t('department.group')}</th>
            <th scope="col">{t('department.support')}</th>
            <th scope="col">{t('department.since')}</th>
            <th scope="col" className="numeric">
              {t('department.events')}
            </th>
          </tr>
        }
      >
        {department.stages.flatMap((stage) =>
          stage.processes.map((process) => (
            <tr key={process.key} data-process={process.key}>
              <td className="nowrap">{t(`stages.${stage.stage}`)}</td>
              <th scope="row">
                <Link to={paths.process(process.key)}>{process.name}</Link> <code className="muted">{process.key}</code>
              </th>
              <td>{process.group ?? t('common.none')}</td>
              <td>{process.support ? t(`support.${process.support}`) : t('common.none')}</td>
              <td className="nowrap">{process.since ? format.date(process.since) : t('common.none')}</td>
              <td className="numeric">{format.number(process.events)}</td>
            </tr>
          )),
        )}
      </PlannerTable>
    </>
  );
}

/**
 * The open problem reports, most severe first, each linking to its department's page where it can be
 * worked on; the number of all open reports above the list.
 */
import { Link } from 'react-router';
import type { ProblemReportListQuery } from '@efile/schemas';
import { paths } from '../../../../app/paths';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useProblems } from '../../api/getProblems';
import { usePlannerTranslation } from '../../i18n';

/** How many open reports the dashboard lists. */
const SHOWN = 10;

export function openProblemsQuery(department: string): ProblemReportListQuery {
  return {
    status: ['open'],
    sort: '-severity',
    pageSize: SHOWN,
    ...(department ? { department: [department] } : {}),
  };
}

export function OpenProblems({ department }: { department: string }) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const problems = useProblems(openProblemsQuery(department));
  if (problems.isPending) return <Loading label={t('common.loading')} />;
  if (problems.isError) return <ErrorMessage error={problems.error} onRetry={() => void problems.refetch()} />;
  const { items, total } = problems.data;
  if (total === 0) return <p data-testid="open-problems-count">{t('dashboard.problemsNone')}</p>;
  return (
    <>
      <p data-testid="open-problems-count">
        <strong>{t('dashboard.problemsCount', { count: total, formatted: format.number(total) })}</strong>
        {total > items.length && <> {t('dashboard.problemsMore', { shown: items.length })}</>}
      </p>
      <ul className="problem-list" data-testid="open-problems">
        {items.map((problem) => (
          <li key={problem.id} className="problem-list__item">
            <Link to={`${paths.rolloutDepartment(problem.department)}#problem-${problem.id}`}>{problem.title}</Link>
            <span className={`severity severity--${problem.severity}`}>{t(`severity.${problem.severity}`)}</span>
            <span className="muted">
              {t('common.department', { code: problem.department })}
              {problem.processKey ? ` · ${problem.processKey}` : ''} ·{' '}
              {t('dashboard.problemAge', { count: problem.ageDays })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

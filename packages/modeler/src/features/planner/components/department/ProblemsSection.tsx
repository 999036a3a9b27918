/**
 * A department's problem reports, open ones first: each with its severity, status, process, age and
 * owner; reporting a new problem and resolving one with a resolution text, for those who may write in
 * the department. A link from the dashboard (#problem-<id>) scrolls to its report.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Account, ProblemReport } from '@efile/schemas';
import { paths } from '../../../../app/paths';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useProblems } from '../../api/getProblems';
import { usePlannerTranslation } from '../../i18n';
import { mayWriteRollout } from '../../plannerPolicy';
import { ExportLinks } from '../shared/ExportLinks';
import { ProblemForm } from './ProblemForm';
import { ResolveProblemForm } from './ResolveProblemForm';

const STATUS_ORDER: Readonly<Record<ProblemReport['status'], number>> = { open: 0, in_progress: 1, resolved: 2 };

export interface ProblemsSectionProps {
  code: string;
  account: Account;
  processes: ReadonlyArray<{ key: string; name: string }>;
}

export function ProblemsSection({ code, account, processes }: ProblemsSectionProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const location = useLocation();
  const problems = useProblems({ department: [code], sort: '-createdAt', pageSize: 200 });
  const canWrite = mayWriteRollout(account, code);
  const [creating, setCreating] = useState(false);
  const [resolving, setResolving] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const createButton = useRef<HTMLButtonElement>(null);
  const owner = (id: string) => (id === account.id ? t('common.you') : id);

  const items = [...(problems.data?.items ?? [])].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const loaded = problems.isSuccess;
  useEffect(() => {
    if (!loaded || !location.hash.startsWith('#problem-')) return;
    document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [loaded, location.hash]);

  const focusProblem = (id: string) =>
    setTimeout(() => document.getElementById(`problem-${id}`)?.querySelector<HTMLElement>('h3')?.focus(), 0);

  return (
    <section className="section" aria-labelledby="problems-heading" data-testid="problems">
      <div className="section__header">
        <h2 id="problems-heading">{t('problems.title')}</h2>
        {canWrite && !creating && (
          <button
            ref={createButton}
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice(undefined);
              setCreating(true);
            }}
          >
            {t('problems.create')}
          </button>
        )}
      </div>
      <p className="muted">{t('problems.intro')}</p>
      {!canWrite && <p className="muted">{t('problems.readOnly')}</p>}
      <div role="status">{notice && <p className="notice notice--success">{notice}</p>}</div>
      {creating && (
        <ProblemForm
          department={code}
          account={account}
          processes={processes}
          onCreated={(problem) => {
            setCreating(false);
            setNotice(t('problems.createdDone', { title: problem.title }));
            focusProblem(problem.id);
          }}
          onCancel={() => {
            setCreating(false);
            setTimeout(() => createButton.current?.focus(), 0);
          }}
        />
      )}
      {problems.isPending ? (
        <Loading label={t('common.loading')} />
      ) : problems.isError ? (
        <ErrorMessage error={problems.error} onRetry={() => void problems.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('problems.none')}</p>
      ) : (
        <ul className="problem-cards" aria-label={t('problems.caption')}>
          {items.map((problem) => (
            <li key={problem.id} id={`problem-${problem.id}`} className="problem-card" data-problem={problem.id}>
              <h3 tabIndex={-1}>{problem.title}</h3>
              <p className="problem-card__flags">
                <span className={`severity severity--${problem.severity}`}>
                  {t('problems.severityField')}: {t(`severity.${problem.severity}`)}
                </span>
                <span className={`problem-status problem-status--${problem.status}`} data-testid="problem-status">
                  {t(`problemStatus.${problem.status}`)}
                </span>
              </p>
              <dl className="metadata metadata--compact">
                {problem.processKey && (
                  <div className="metadata__row">
                    <dt>{t('problems.process')}</dt>
                    <dd>
                      <Link to={paths.process(problem.processKey)}>{problem.processKey}</Link>
                    </dd>
                  </div>
                )}
                <div className="metadata__row">
                  <dt>{t('problems.created')}</dt>
                  <dd>
                    {format.dateTime(problem.createdAt)} ({t('dashboard.problemAge', { count: problem.ageDays })})
                  </dd>
                </div>
                <div className="metadata__row">
                  <dt>{t('problems.owner')}</dt>
                  <dd>{owner(problem.ownerId)}</dd>
                </div>
                <div className="metadata__row">
                  <dt>{t('problems.description')}</dt>
                  <dd className="prewrap">{problem.description}</dd>
                </div>
                {problem.resolution && (
                  <div className="metadata__row">
                    <dt>{t('problems.resolution')}</dt>
                    <dd className="prewrap" data-testid="problem-resolution">
                      {problem.resolution}
                      {problem.resolvedAt && <> ({format.dateTime(problem.resolvedAt)})</>}
                    </dd>
                  </div>
                )}
              </dl>
              {canWrite && problem.status !== 'resolved' && resolving !== problem.id && (
                <p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('problems.resolveTitle', { title: problem.title })}
                    onClick={() => {
                      setNotice(undefined);
                      setResolving(problem.id);
                    }}
                  >
                    {t('problems.resolve')}
                  </button>
                </p>
              )}
              {resolving === problem.id && (
                <ResolveProblemForm
                  problem={problem}
                  onResolved={(resolved) => {
                    setResolving(undefined);
                    setNotice(t('problems.resolvedDone', { title: resolved.title }));
                    focusProblem(resolved.id);
                  }}
                  onCancel={() => {
                    setResolving(undefined);
                    focusProblem(problem.id);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ExportLinks table="problems" options={{ departments: [code] }} />
    </section>
  );
}

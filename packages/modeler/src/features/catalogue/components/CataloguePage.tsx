/**
 * The process catalogue: thousands of processes, searched, filtered, sorted and paged by the API.
 * Everything the user chose is in the URL; the number of matches is announced when it changes.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useFormat } from '../../../i18n/useFormat';
import { useDepartments } from '../api/getDepartments';
import { useBaseProcesses, useProcesses } from '../api/getProcesses';
import { listQueryOf, sortParts, useCatalogueFilters } from '../hooks/useCatalogueFilters';
import { CatalogueFilterPanel } from './CatalogueFilterPanel';
import { Pagination } from './Pagination';
import { ProcessTable } from './ProcessTable';

export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.title'));
  const format = useFormat();
  const { filters, update, reset } = useCatalogueFilters();
  const query = useMemo(() => listQueryOf(filters), [filters]);
  const processes = useProcesses(query);
  const departments = useDepartments();
  const baseProcesses = useBaseProcesses();

  const departmentList = useMemo(() => departments.data?.items ?? [], [departments.data]);
  const departmentMap = useMemo(() => new Map(departmentList.map((d) => [d.code, d])), [departmentList]);
  const items = useMemo(() => processes.data?.items ?? [], [processes.data]);
  const groups = useMemo(
    () =>
      [...new Set([...items.map((p) => p.group), filters.group].filter((g): g is string => !!g))].sort((a, b) =>
        a.localeCompare(b, 'de'),
      ),
    [items, filters.group],
  );
  const total = processes.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));
  const { field, descending } = sortParts(filters.sort);
  const sortLabel = t('catalogue.sortedBy', {
    field: t(`process.fields.${field}`),
    direction: t(descending ? 'catalogue.descending' : 'catalogue.ascending'),
  });

  let status = '';
  if (processes.isError) status = t('catalogue.loadFailed');
  else if (processes.data && !processes.isPlaceholderData) {
    status = t('catalogue.found', { count: total, formatted: format.number(total) });
  }

  return (
    <>
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      <CatalogueFilterPanel
        filters={filters}
        update={update}
        reset={reset}
        departments={departmentList}
        baseProcesses={baseProcesses.data?.items ?? []}
        groupSuggestions={groups}
      />
      <p className="result-count" role="status" data-testid="result-count">
        {status}
      </p>
      {processes.isError ? (
        <ErrorMessage error={processes.error} onRetry={() => void processes.refetch()} />
      ) : processes.isPending ? (
        <Loading label={t('catalogue.loading')} />
      ) : items.length === 0 && total > 0 ? (
        <div className="empty">
          <h2>{t('catalogue.beyondTitle')}</h2>
          <p>{t('catalogue.beyondText', { pages: format.number(pages) })}</p>
          <button type="button" className="button button--secondary" onClick={() => update({ page: pages })}>
            {t('catalogue.lastPage')}
          </button>
        </div>
      ) : items.length === 0 ? (
        <div className="empty" data-testid="empty-result">
          <h2>{t('catalogue.emptyTitle')}</h2>
          <p>{t('catalogue.emptyText')}</p>
          <button type="button" className="button button--secondary" onClick={reset}>
            {t('catalogue.resetFilters')}
          </button>
        </div>
      ) : (
        <>
          <ProcessTable
            items={items}
            departments={departmentMap}
            sort={filters.sort}
            onSort={(sort) => update({ sort })}
            busy={processes.isFetching}
            caption={t('catalogue.caption', {
              sort: sortLabel,
              page: format.number(Math.min(filters.page, pages)),
              pages: format.number(pages),
            })}
          />
          <Pagination filters={filters} total={total} onPageSize={(pageSize) => update({ pageSize })} />
        </>
      )}
    </>
  );
}

/**
 * One page of processes as an accessible table: a caption, column headers with scope, and sort
 * buttons in the sortable headers whose state the header announces (aria-sort).
 */
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Department, Process } from '@efile/schemas';
import { useFormat } from '../../../i18n/useFormat';
import { paths } from '../../../app/paths';
import { sortParts, type Sort, type SortField } from '../hooks/useCatalogueFilters';
import { ProcessKindLabel } from './ProcessKindLabel';

export interface ProcessTableProps {
  items: readonly Process[];
  departments: ReadonlyMap<string, Department>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  caption: string;
  busy: boolean;
}

function SortHeader({
  field,
  label,
  sort,
  onSort,
  numeric,
}: {
  field: SortField;
  label: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const current = sortParts(sort);
  const active = current.field === field;
  const next: Sort = active && !current.descending ? (`-${field}` as Sort) : field;
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={active ? (current.descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (current.descending ? '▼' : '▲') : '↕'}
        </span>
        <span className="visually-hidden">
          {active && !current.descending ? t('catalogue.sortDescending') : t('catalogue.sortAscending')}
        </span>
      </button>
    </th>
  );
}

export function ProcessTable({ items, departments, sort, onSort, caption, busy }: ProcessTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const header = (field: SortField, label: string, numeric?: boolean) => (
    <SortHeader field={field} label={label} sort={sort} onSort={onSort} numeric={numeric ?? false} />
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="catalogue-caption" tabIndex={0}>
      <table className="table" aria-busy={busy}>
        <caption id="catalogue-caption">{caption}</caption>
        <thead>
          <tr>
            {header('key', t('process.fields.key'))}
            {header('name', t('process.fields.name'))}
            {header('department', t('process.fields.department'))}
            <th scope="col">{t('process.fields.kind')}</th>
            <th scope="col">{t('process.fields.group')}</th>
            <th scope="col">{t('process.fields.tags')}</th>
            {header('annualCaseVolume', t('process.fields.annualCaseVolume'), true)}
            {header('updatedAt', t('process.fields.updatedAt'))}
          </tr>
        </thead>
        <tbody>
          {items.map((process) => {
            const department = departments.get(process.department);
            return (
              <tr key={process.key}>
                <td className="nowrap">
                  <code>{process.key}</code>
                </td>
                <th scope="row">
                  <Link to={paths.process(process.key)} state={{ from: location.pathname + location.search }}>
                    {process.name}
                  </Link>
                  {process.archived && <span className="badge badge--muted">{t('process.archived')}</span>}
                </th>
                <td>
                  <span className="nowrap">{process.department}</span>{' '}
                  {department && <span className="muted">{department.shortName}</span>}
                </td>
                <td>
                  <ProcessKindLabel process={process} />
                </td>
                <td>{process.group ?? '–'}</td>
                <td>
                  {process.tags.length > 0 ? (
                    <ul className="tags">
                      {process.tags.map((tag) => (
                        <li key={tag} className="tag">
                          {tag}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                </td>
                <td className="numeric">
                  {process.annualCaseVolume !== undefined ? format.number(process.annualCaseVolume) : '–'}
                </td>
                <td className="nowrap">{format.date(process.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

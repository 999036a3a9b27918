/**
 * Moving between pages of the catalogue and choosing how many processes a page shows.
 * Previous/next are links: each page has its own URL.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { PAGE_SIZES, searchFromFilters, type CatalogueFilters } from '../hooks/useCatalogueFilters';

export interface PaginationProps {
  filters: CatalogueFilters;
  total: number;
  onPageSize: (pageSize: number) => void;
}

export function Pagination({ filters, total, onPageSize }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));
  const page = Math.min(filters.page, pages);
  const to = (target: number) => ({ search: searchFromFilters({ ...filters, page: target }).toString() });
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link className="button button--secondary" to={to(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span className="button button--secondary button--disabled" aria-disabled="true">
          {t('pagination.previous')}
        </span>
      )}
      <span className="pagination__position">
        {t('pagination.position', { page: format.number(page), pages: format.number(pages) })}
      </span>
      {page < pages ? (
        <Link className="button button--secondary" to={to(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span className="button button--secondary button--disabled" aria-disabled="true">
          {t('pagination.next')}
        </span>
      )}
      <span className="pagination__size">
        <label htmlFor={`${id}-size`}>{t('pagination.pageSize')}</label>
        <select id={`${id}-size`} value={filters.pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </span>
    </nav>
  );
}

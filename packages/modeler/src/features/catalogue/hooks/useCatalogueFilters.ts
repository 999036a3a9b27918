/**
 * The catalogue's filters, search, sort and page live in the URL (`/processes?q=…&department=32&…`),
 * so every view can be shared, bookmarked and reloaded. The parameter names are the API's.
 * Values the API would refuse (an unknown sort, a page size above 200) are left out rather than sent.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ProcessListQuery } from '@efile/schemas';

export type Sort = NonNullable<ProcessListQuery['sort']>;
export type SortField = 'key' | 'name' | 'department' | 'updatedAt' | 'annualCaseVolume';
export type Kind = NonNullable<ProcessListQuery['kind']>;
export type Archived = NonNullable<ProcessListQuery['archived']>;

export interface CatalogueFilters {
  q: string;
  department: string[];
  kind: Kind | undefined;
  group: string;
  baseProcess: string;
  tag: string[];
  archived: Archived;
  sort: Sort;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_FILTERS: CatalogueFilters = {
  q: '',
  department: [],
  kind: undefined,
  group: '',
  baseProcess: '',
  tag: [],
  archived: 'false',
  sort: 'key',
  page: 1,
  pageSize: 50,
};

const SORTS: readonly Sort[] = [
  'key',
  '-key',
  'name',
  '-name',
  'department',
  '-department',
  'updatedAt',
  '-updatedAt',
  'annualCaseVolume',
  '-annualCaseVolume',
];
const DEPARTMENT_CODE = /^[0-9]{1,3}([.-][0-9]{1,2})?$/;
const PROCESS_KEY = /^[A-Z][A-Z0-9]{0,9}(-[A-Z0-9]{1,16}){1,4}$/;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Reads the filters from a query string, dropping what the API would refuse. */
export function filtersFromSearch(search: URLSearchParams): CatalogueFilters {
  const text = (name: string, max: number) => (search.get(name) ?? '').slice(0, max);
  const kind = search.get('kind');
  const archived = search.get('archived');
  const sort = search.get('sort') as Sort | null;
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  const baseProcess = search.get('baseProcess') ?? '';
  return {
    q: text('q', 200),
    department: unique(search.getAll('department').filter((code) => DEPARTMENT_CODE.test(code))).slice(0, 100),
    kind: kind === 'base' || kind === 'department' ? kind : undefined,
    group: text('group', 100).trim(),
    baseProcess: PROCESS_KEY.test(baseProcess) ? baseProcess : '',
    tag: unique(search.getAll('tag').map((tag) => tag.trim().slice(0, 50)))
      .filter(Boolean)
      .slice(0, 30),
    archived: archived === 'true' || archived === 'all' ? archived : 'false',
    sort: sort && SORTS.includes(sort) ? sort : DEFAULT_FILTERS.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_FILTERS.pageSize,
  };
}

/** Writes the filters as a query string, leaving out the defaults (short, readable URLs). */
export function searchFromFilters(filters: CatalogueFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q.trim()) search.set('q', filters.q);
  for (const code of filters.department) search.append('department', code);
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.group) search.set('group', filters.group);
  if (filters.baseProcess) search.set('baseProcess', filters.baseProcess);
  for (const tag of filters.tag) search.append('tag', tag);
  if (filters.archived !== 'false') search.set('archived', filters.archived);
  if (filters.sort !== DEFAULT_FILTERS.sort) search.set('sort', filters.sort);
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_FILTERS.pageSize) search.set('pageSize', String(filters.pageSize));
  return search;
}

/** The API query for the filters. */
export function listQueryOf(filters: CatalogueFilters): ProcessListQuery {
  const [firstDepartment, ...otherDepartments] = filters.department;
  const [firstTag, ...otherTags] = filters.tag;
  return {
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(firstDepartment !== undefined ? { department: [firstDepartment, ...otherDepartments] } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.group ? { group: filters.group } : {}),
    ...(filters.baseProcess ? { baseProcess: filters.baseProcess } : {}),
    ...(firstTag !== undefined ? { tag: [firstTag, ...otherTags] } : {}),
    ...(filters.archived !== 'false' ? { archived: filters.archived } : {}),
    sort: filters.sort,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** The sort field and direction of a sort value ("-name" → name, descending). */
export function sortParts(sort: Sort): { field: SortField; descending: boolean } {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as SortField, descending: true }
    : { field: sort as SortField, descending: false };
}

export interface CatalogueFiltersApi {
  filters: CatalogueFilters;
  /** Changes filters; any change but the page itself goes back to page 1. */
  update(change: Partial<CatalogueFilters>, options?: { replace?: boolean }): void;
  reset(): void;
}

export function useCatalogueFilters(): CatalogueFiltersApi {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // the query string is the identity of the filters: the same string gives the same object
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(key)), [key]);
  const update = useCallback(
    (change: Partial<CatalogueFilters>, options?: { replace?: boolean }) => {
      const next = { ...filters, ...change };
      if (!('page' in change)) next.page = 1;
      // flushSync: a controlled checkbox or select shows its new state at once, not after a transition
      setSearch(searchFromFilters(next), { replace: options?.replace ?? false, flushSync: true });
    },
    [filters, setSearch],
  );
  const reset = useCallback(() => setSearch(new URLSearchParams()), [setSearch]);
  return { filters, update, reset };
}

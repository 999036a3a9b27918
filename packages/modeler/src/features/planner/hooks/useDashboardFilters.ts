/**
 * The dashboard's filters live in the URL (`/rollout?department=32&group=Finanzen`), so a filtered
 * view can be shared and reloaded. Values the API would refuse are left out rather than sent.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { RolloutDashboardQuery } from '@efile/schemas';

export interface DashboardFilters {
  department: string;
  group: string;
}

const DEPARTMENT_CODE = /^[0-9]{1,3}([.-][0-9]{1,2})?$/;

/** Reads the filters from a query string. */
export function filtersFromSearch(search: URLSearchParams): DashboardFilters {
  const department = search.get('department') ?? '';
  return {
    department: DEPARTMENT_CODE.test(department) ? department : '',
    group: (search.get('group') ?? '').trim().slice(0, 100),
  };
}

/** Writes the filters as a query string, leaving out empty ones. */
export function searchFromFilters(filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.department) search.set('department', filters.department);
  if (filters.group) search.set('group', filters.group);
  return search;
}

/** The API query of the filters. */
export function dashboardQueryOf(filters: DashboardFilters): RolloutDashboardQuery {
  return {
    ...(filters.department ? { department: filters.department } : {}),
    ...(filters.group ? { group: filters.group } : {}),
  };
}

export function useDashboardFilters() {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(key)), [key]);
  const update = useCallback(
    (change: Partial<DashboardFilters>) => setSearch(searchFromFilters({ ...filters, ...change }), { flushSync: true }),
    [filters, setSearch],
  );
  const reset = useCallback(() => setSearch(new URLSearchParams()), [setSearch]);
  return { filters, update, reset };
}

/**
 * GET /api/v1/departments: every department (Amt), ordered by code. Rarely changes: cached for long.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Department, DepartmentList } from '@efile/schemas';
import { api } from '../../../api/client';
import { departmentKeys } from '../../../api/queryKeys';

export function getDepartments(signal?: AbortSignal): Promise<DepartmentList> {
  return api<DepartmentList>('/departments', { signal });
}

export const departmentsQueryOptions = queryOptions({
  queryKey: departmentKeys.all,
  queryFn: ({ signal }) => getDepartments(signal),
  staleTime: 10 * 60_000,
});

export function useDepartments() {
  return useQuery(departmentsQueryOptions);
}

/** The departments by code, for showing names next to codes. */
export function useDepartmentNames(): ReadonlyMap<string, Department> {
  const { data } = useDepartments();
  return new Map((data?.items ?? []).map((department) => [department.code, department]));
}

/**
 * GET /api/v1/rollout/departments/{code}: one department's processes by stage, its coverage and its
 * forecast.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RolloutDepartment } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getRolloutDepartment(code: string, signal?: AbortSignal): Promise<RolloutDepartment> {
  return api<RolloutDepartment>(`/rollout/departments/${encodeURIComponent(code)}`, { signal });
}

export function rolloutDepartmentQueryOptions(code: string) {
  return queryOptions({
    queryKey: plannerKeys.department(code),
    queryFn: ({ signal }) => getRolloutDepartment(code, signal),
  });
}

export function useRolloutDepartment(code: string) {
  return useQuery(rolloutDepartmentQueryOptions(code));
}

/**
 * GET /api/v1/rollout/dashboard: KPIs, coverage, support mix, burn-up, forecast and base processes,
 * filtered by department and process group. While a new filter loads, the previous figures stay.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RolloutDashboard, RolloutDashboardQuery } from '@efile/schemas';
import { api, type QueryValue } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getDashboard(query: RolloutDashboardQuery, signal?: AbortSignal): Promise<RolloutDashboard> {
  return api<RolloutDashboard>('/rollout/dashboard', { query: query as Record<string, QueryValue>, signal });
}

export function dashboardQueryOptions(query: RolloutDashboardQuery) {
  return queryOptions({
    queryKey: plannerKeys.dashboard(query),
    queryFn: ({ signal }) => getDashboard(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(query: RolloutDashboardQuery, enabled = true) {
  return useQuery({ ...dashboardQueryOptions(query), enabled });
}

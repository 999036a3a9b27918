/**
 * GET /api/v1/rollout/effort-table: the effort table the waves count with (person-days of central IT
 * per process, support level × complexity), with its version (0 while the default applies).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EffortTableSetting } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getEffortTable(signal?: AbortSignal): Promise<EffortTableSetting> {
  return api<EffortTableSetting>('/rollout/effort-table', { signal });
}

export const effortTableQueryOptions = queryOptions({
  queryKey: plannerKeys.effortTable(),
  queryFn: ({ signal }) => getEffortTable(signal),
});

export function useEffortTable() {
  return useQuery(effortTableQueryOptions);
}

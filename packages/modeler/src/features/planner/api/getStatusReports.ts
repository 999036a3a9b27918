/**
 * GET /api/v1/rollout/reports?period=YYYY-MM: the latest status report (Ampel) of each department for
 * a month, and the departments that have not reported.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StatusReportList } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getStatusReports(
  period: string,
  departments: readonly string[],
  signal?: AbortSignal,
): Promise<StatusReportList> {
  return api<StatusReportList>('/rollout/reports', { query: { period, department: departments }, signal });
}

/** `departments` empty: every department the caller may see. */
export function statusReportsQueryOptions(period: string, departments: readonly string[] = []) {
  return queryOptions({
    queryKey: plannerKeys.reportList(period, departments),
    queryFn: ({ signal }) => getStatusReports(period, departments, signal),
  });
}

export function useStatusReports(period: string, departments: readonly string[] = []) {
  return useQuery(statusReportsQueryOptions(period, departments));
}

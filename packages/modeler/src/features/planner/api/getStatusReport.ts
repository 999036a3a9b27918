/**
 * GET /api/v1/rollout/reports/{department}/{period}: a department's report for a month with every
 * revision; null when the month has none yet (404).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StatusReport } from '@efile/schemas';
import { api, ApiError } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export async function getStatusReport(
  department: string,
  period: string,
  signal?: AbortSignal,
): Promise<StatusReport | null> {
  try {
    return await api<StatusReport>(`/rollout/reports/${encodeURIComponent(department)}/${period}`, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function statusReportQueryOptions(department: string, period: string) {
  return queryOptions({
    queryKey: plannerKeys.report(department, period),
    queryFn: ({ signal }) => getStatusReport(department, period, signal),
  });
}

export function useStatusReport(department: string, period: string) {
  return useQuery(statusReportQueryOptions(department, period));
}

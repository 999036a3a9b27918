/**
 * GET /api/v1/rollout/reports/{department}?from=YYYY-MM&to=YYYY-MM: a department's latest status
 * report (Ampel) of each month in the range, newest first, and the months without one — one request
 * for the whole history.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StatusReportHistory } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function getStatusReportHistory(
  department: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<StatusReportHistory> {
  return api<StatusReportHistory>(`/rollout/reports/${encodeURIComponent(department)}`, {
    query: { from, to },
    signal,
  });
}

export function statusReportHistoryQueryOptions(department: string, from: string, to: string) {
  return queryOptions({
    queryKey: plannerKeys.reportHistory(department, from, to),
    queryFn: ({ signal }) => getStatusReportHistory(department, from, to, signal),
  });
}

/** The months `from` to `to` (both included) of `department`'s status reports. */
export function useStatusReportHistory(department: string, from: string, to: string) {
  return useQuery(statusReportHistoryQueryOptions(department, from, to));
}

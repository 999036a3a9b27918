/**
 * PUT /api/v1/rollout/reports/{department}/{period}: a new revision of a department's status report.
 * The month's first report goes without If-Match; later ones name the revision they revise.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatusReport, StatusReportUpdate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface PutStatusReportInput {
  department: string;
  period: string;
  /** The revision the change is based on; undefined for the month's first report. */
  version: number | undefined;
  report: StatusReportUpdate;
}

export function putStatusReport({ department, period, version, report }: PutStatusReportInput): Promise<StatusReport> {
  return api<StatusReport>(`/rollout/reports/${encodeURIComponent(department)}/${period}`, {
    method: 'PUT',
    json: report,
    ...(version !== undefined ? { ifMatch: version } : {}),
  });
}

export function usePutStatusReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putStatusReport,
    onSettled: () => queryClient.invalidateQueries({ queryKey: plannerKeys.reports() }),
  });
}

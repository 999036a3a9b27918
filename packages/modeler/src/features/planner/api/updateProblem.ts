/**
 * PATCH /api/v1/rollout/problems/{id}: changes a problem report (e.g. resolves it with a resolution),
 * naming the version it is based on (If-Match; 412 when someone changed it in between).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProblemReport, ProblemReportUpdate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface UpdateProblemInput {
  id: string;
  version: number;
  change: ProblemReportUpdate;
}

export function updateProblem({ id, version, change }: UpdateProblemInput): Promise<ProblemReport> {
  return api<ProblemReport>(`/rollout/problems/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    json: change,
    ifMatch: version,
  });
}

/**
 * Refreshes the problem lists whatever the outcome (a 412 means the list is outdated too); the
 * caller's callbacks run once they are refreshed.
 */
export function useUpdateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProblem,
    onSettled: () => queryClient.invalidateQueries({ queryKey: plannerKeys.problems() }),
  });
}

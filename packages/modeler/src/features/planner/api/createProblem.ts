/**
 * POST /api/v1/rollout/problems: reports a problem against a department or one of its processes.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProblemReport, ProblemReportCreate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function createProblem(problem: ProblemReportCreate): Promise<ProblemReport> {
  return api<ProblemReport>('/rollout/problems', { method: 'POST', json: problem });
}

export function useCreateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProblem,
    // the caller's onSuccess runs once the lists show the new report
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plannerKeys.problems() }),
  });
}

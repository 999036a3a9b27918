/**
 * POST /api/v1/processes/{base}/adoptions: a department adopts a base process; the answer is the
 * department's new variant (with a copy of the base's released diagram as its version 1).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdoptionCreate, Process } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export interface AdoptBaseProcessInput {
  baseKey: string;
  adoption: AdoptionCreate;
}

export function adoptBaseProcess({ baseKey, adoption }: AdoptBaseProcessInput): Promise<Process> {
  return api<Process>(`/processes/${encodeURIComponent(baseKey)}/adoptions`, { method: 'POST', json: adoption });
}

export function useAdoptBaseProcess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptBaseProcess,
    onSuccess: (variant, { baseKey }) => {
      queryClient.setQueryData(processKeys.detail(variant.key), variant);
      void queryClient.invalidateQueries({ queryKey: processKeys.adoptions(baseKey) });
      void queryClient.invalidateQueries({ queryKey: processKeys.lists() });
    },
  });
}

/**
 * PATCH /api/v1/processes/{key}: changes metadata, naming the version it is based on (If-Match).
 * A 412 means someone else changed the process in between; the caller decides what to do.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Process, ProcessUpdate } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export interface UpdateProcessInput {
  key: string;
  /** The version the change is based on. */
  version: number;
  patch: ProcessUpdate;
}

export function updateProcess({ key, version, patch }: UpdateProcessInput): Promise<Process> {
  return api<Process>(`/processes/${encodeURIComponent(key)}`, { method: 'PATCH', json: patch, ifMatch: version });
}

export function useUpdateProcess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProcess,
    onSuccess: (process) => {
      queryClient.setQueryData(processKeys.detail(process.key), process);
      void queryClient.invalidateQueries({ queryKey: processKeys.lists() });
    },
  });
}

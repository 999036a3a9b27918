/**
 * DELETE /api/v1/rollout/waves/{id}: deletes an empty wave (admins), naming its version (If-Match; 412
 * when it changed in between). A wave that still lists departments or processes is refused (409).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface DeleteWaveInput {
  waveId: string;
  /** The version of the wave the user saw. */
  version: number;
}

export function deleteWave({ waveId, version }: DeleteWaveInput): Promise<void> {
  return api<void>(`/rollout/waves/${encodeURIComponent(waveId)}`, { method: 'DELETE', ifMatch: version });
}

/** The waves are read again whatever the outcome (after a 409 or 412 the board shows what the wave holds now). */
export function useDeleteWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWave,
    onSettled: () => queryClient.invalidateQueries({ queryKey: plannerKeys.waves() }),
  });
}
